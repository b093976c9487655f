// Local reference files and Permanent outputs in the studio, with real widgets offscreen and the
// embedded emulator: a WAV added to the form uploads at once (progress, FileId), Generate sends it
// as a File reference, a Generate before the upload is done waits for it, a failed or cancelled upload
// sends nothing, an unsupported file is refused, an interrupted upload resumes after a restart; a
// Permanent output is found with DescribeMediaInfos, saved and played, an unknown FileId is reported.
#include "app/AppController.h"
#include "app/MainWindow.h"
#include "app/form/GenerationForm.h"
#include "app/form/UploadItemWidget.h"
#include "app/player/PlayerPanel.h"
#include "app/tasks/TaskTableModel.h"
#include "core/api/VodClient.h"
#include "core/support/SystemClock.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/TaskRecord.h"
#include "core/tasks/TaskService.h"
#include "core/uploads/UploadQueue.h"
#include "emulator/http/FaultConfig.h"
#include "emulator/server/EmulatorServer.h"
#include "emulator/storage/EmulatedTask.h"
#include "emulator/storage/TaskStore.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QtEndian>
#include <QtMath>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestUploads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void uploadThenGenerateSendsTheFileId();
    void generateBeforeTheUploadIsDoneWaits();
    void failedUploadSendsNothing();
    void cancelAnUpload();
    void unsupportedFileIsRefused();
    void uploadResumesAfterRestart();
    void permanentOutputIsFoundSavedAndPlayed();
    void unknownFileIdIsReported();

private:
    void startApp();
    void stopApp();
    void typePrompt(const QString& text);
    QString writeWav(const QString& name, int seconds = 1);
    // Adds local files to the reference audio list through its "Add file…" button.
    void addAudioFiles(const QStringList& paths);
    QListWidget* audioList() const { return child<QListWidget>(u"audioRefsList"_s); }
    UploadItemWidget* uploadRow(int row) const;
    qint64 uploadIdOfRow(int row) const;
    void setFaults(const QStringList& actions, int latencyMs, double faultRate = 0.0);
    int handledIndex(const QString& what, int from = 0) const;
    template<class T>
    T* child(const QString& name) const
    {
        T* w = m_window->findChild<T*>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_handled; // what the emulator answered, in order
    QStringList m_informed; // what the form told the user
};

void TestUploads::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AigcAudioStudioTests"_s);
    QCoreApplication::setApplicationName(u"tst_uploads"_s);
}

void TestUploads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    QSettings().clear();
    startApp();
}

void TestUploads::cleanup()
{
    stopApp();
    m_dir.reset();
}

void TestUploads::startApp()
{
    AppController::Paths p;
    p.configDir = m_dir->filePath(u"config"_s);
    p.dataDir = m_dir->filePath(u"data"_s);
    p.libraryDir = m_dir->filePath(u"library"_s);
    m_app = std::make_unique<AppController>(p, SystemClock::instance());
    MediaUploader::Config config;
    config.maxAttempts = 1; // a failed request fails the upload at once
    config.retryBaseDelayMs = 10;
    m_app->uploads()->setConfig(config);
    QString error;
    QVERIFY2(m_app->start(&error), qPrintable(error));
    QVERIFY(m_app->emulator());
    m_app->emulator()->setTaskSeconds(1.5);
    m_handled.clear();
    connect(m_app->emulator(), &EmulatorServer::requestHandled, this,
        [this](const QString& what, const QString&, qint64) { m_handled.append(what); });
    m_window = std::make_unique<MainWindow>(m_app.get());
    m_informed.clear();
    m_window->form()->inform = [this](const QString& text) { m_informed.append(text); };
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->isConnected(), 10000);
}

void TestUploads::stopApp()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_app.reset();
}

void TestUploads::typePrompt(const QString& text)
{
    auto* prompt = child<QPlainTextEdit>(u"promptEdit"_s);
    prompt->clear();
    QTest::keyClicks(prompt, text);
    child<QSpinBox>(u"durationSpin"_s)->setValue(2);
    auto* format = child<QComboBox>(u"formatCombo"_s);
    format->setCurrentIndex(format->findData(u"wav"_s));
}

QString TestUploads::writeWav(const QString& name, int seconds)
{
    // 16-bit mono PCM at 8 kHz: a 440 Hz tone.
    constexpr int rate = 8000;
    const int samples = rate * seconds;
    QByteArray data;
    data.resize(samples * 2);
    for (int i = 0; i < samples; ++i)
        qToLittleEndian<qint16>(qint16(8000 * qSin(2 * M_PI * 440 * i / rate)), data.data() + 2 * i);
    QByteArray wav;
    auto u32 = [&wav](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    auto u16 = [&wav](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    wav.append("RIFF");
    u32(36 + quint32(data.size()));
    wav.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    wav.append("data");
    u32(quint32(data.size()));
    wav.append(data);
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(wav) != wav.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestUploads::addAudioFiles(const QStringList& paths)
{
    m_window->form()->askOpenFiles = [paths](const QString&, const QString& filter) {
        // The dialog offers the supported audio types.
        if (!filter.contains(u"*.wav"_s) || !filter.contains(u"*.mp3"_s))
            qFatal("unexpected filter %s", qPrintable(filter));
        return paths;
    };
    QTest::mouseClick(child<QToolButton>(u"audioRefsAddLocalButton"_s), Qt::LeftButton);
}

UploadItemWidget* TestUploads::uploadRow(int row) const
{
    QListWidgetItem* item = audioList()->item(row);
    return item ? qobject_cast<UploadItemWidget*>(audioList()->itemWidget(item)) : nullptr;
}

qint64 TestUploads::uploadIdOfRow(int row) const
{
    UploadItemWidget* w = uploadRow(row);
    return w ? w->property("uploadId").toLongLong() : 0;
}

void TestUploads::setFaults(const QStringList& actions, int latencyMs, double faultRate)
{
    FaultConfig faults;
    faults.actions = actions;
    faults.latencyMs = latencyMs;
    faults.faultRate = faultRate;
    faults.seed = 1;
    m_app->emulator()->setFaults(faults);
}

int TestUploads::handledIndex(const QString& what, int from) const
{
    for (int i = from; i < m_handled.size(); ++i) {
        if (m_handled.at(i).startsWith(what))
            return i;
    }
    return -1;
}

void TestUploads::uploadThenGenerateSendsTheFileId()
{
    typePrompt(u"footsteps like the reference"_s);
    QList<UploadProgress> progress;
    connect(m_app->uploads(), &UploadQueue::progressChanged, this,
        [&progress](qint64, const UploadProgress& p) { progress.append(p); });
    const QString wav = writeWav(u"steps.wav"_s, 2);
    addAudioFiles({ wav });
    QCOMPARE(audioList()->count(), 1);
    UploadItemWidget* row = uploadRow(0);
    QVERIFY(row);
    QCOMPARE(row->fileName(), u"steps.wav"_s);
    const qint64 uploadId = uploadIdOfRow(0);
    QVERIFY(uploadId > 0);

    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->uploads()->entry(uploadId) && m_app->uploads()->entry(uploadId)->isDone(), 15000);
    const QString fileId = m_app->uploads()->entry(uploadId)->fileId;
    QVERIFY(!fileId.isEmpty());
    QTRY_VERIFY(row->detailText().contains(fileId));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().bytesSent, QFileInfo(wav).size());
    QCOMPARE(progress.last().totalBytes, QFileInfo(wav).size());
    QVERIFY(!row->findChild<QToolButton*>(u"uploadCancelButton"_s)->isVisible());
    QCOMPARE(
        handledIndex(u"ApplyUpload"_s) >= 0 && handledIndex(u"PutObject"_s) > handledIndex(u"ApplyUpload"_s),
        true);

    auto* generate = child<QPushButton>(u"generateButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    TaskTableModel* model = m_window->taskModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!model->recordAt(0)->taskId.isEmpty(), 10000);
    const TaskRecord rec = *model->recordAt(0);
    const EmulatedTask* task = m_app->emulator()->taskStore()->find(rec.taskId);
    QVERIFY(task);
    const QJsonArray audio = task->input.value("AudioInfos"_L1).toArray();
    QCOMPARE(audio.size(), 1);
    QCOMPARE(audio.at(0).toObject().value("Type"_L1).toString(), u"File"_s);
    QCOMPARE(audio.at(0).toObject().value("FileId"_L1).toString(), fileId);
    // The history keeps the exact body that was sent.
    QVERIFY(rec.requestJson.contains(fileId.toUtf8()));
    QVERIFY(!rec.requestJson.contains("UploadId"));
}

void TestUploads::generateBeforeTheUploadIsDoneWaits()
{
    typePrompt(u"a door creaks, as in the file"_s);
    setFaults({ u"PutObject"_s }, 1500); // the object storage takes its time
    addAudioFiles({ writeWav(u"door.wav"_s) });
    const qint64 uploadId = uploadIdOfRow(0);
    QVERIFY(uploadId > 0);
    QVERIFY(m_app->uploads()->isRunning(uploadId));
    QVERIFY(child<QProgressBar>(u"uploadProgressBar"_s)->isVisible());

    auto* generate = child<QPushButton>(u"generateButton"_s);
    QVERIFY(generate->isEnabled()); // an upload under way is no error
    QVERIFY(child<QLabel>(u"uploadsWaitLabel"_s)->isVisible());
    QTest::mouseClick(generate, Qt::LeftButton);

    TaskTableModel* model = m_window->taskModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->recordAt(0)->state, TaskRecord::State::AwaitingUploads);
    QCOMPARE(model->data(model->index(0, TaskTableModel::StatusColumn)).toString(),
        TaskRecord::stateLabel(TaskRecord::State::AwaitingUploads));
    QCOMPARE(handledIndex(u"CreateAigcAudioTask"_s), -1);

    QTRY_VERIFY_WITH_TIMEOUT(!model->recordAt(0)->taskId.isEmpty(), 15000);
    const int commit = handledIndex(u"CommitUpload"_s);
    const int create = handledIndex(u"CreateAigcAudioTask"_s);
    QVERIFY(commit >= 0);
    QVERIFY2(create > commit, qPrintable(m_handled.join(u", "_s)));
    QCOMPARE(handledIndex(u"CreateAigcAudioTask"_s, create + 1), -1); // sent once
    const QString fileId = m_app->uploads()->entry(uploadId)->fileId;
    const EmulatedTask* task = m_app->emulator()->taskStore()->find(model->recordAt(0)->taskId);
    QVERIFY(task);
    QCOMPARE(
        task->input.value("AudioInfos"_L1).toArray().at(0).toObject().value("FileId"_L1).toString(), fileId);
    QTRY_VERIFY_WITH_TIMEOUT(model->recordAt(0)->state == TaskRecord::State::Finished, 20000);
}

void TestUploads::failedUploadSendsNothing()
{
    typePrompt(u"glass breaking like the sample"_s);
    // Every PutObject fails (after a delay that leaves time to press Generate).
    setFaults({ u"PutObject"_s }, 800, 1.0);
    addAudioFiles({ writeWav(u"glass.wav"_s) });
    const qint64 uploadId = uploadIdOfRow(0);
    QTest::mouseClick(child<QPushButton>(u"generateButton"_s), Qt::LeftButton);
    TaskTableModel* model = m_window->taskModel();
    QTRY_COMPARE(model->rowCount(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(0)->state, TaskRecord::State::SubmitFailed, 15000);
    const TaskRecord rec = *model->recordAt(0);
    QVERIFY2(rec.errorMessage.contains(u"glass.wav"_s), qPrintable(rec.errorMessage));
    QVERIFY2(rec.errorMessage.contains(u"InternalError"_s), qPrintable(rec.errorMessage));
    QCOMPARE(handledIndex(u"CreateAigcAudioTask"_s), -1);
    QVERIFY(rec.taskId.isEmpty());

    // The row says why and offers a retry; Generate is blocked while the file is not uploaded.
    UploadItemWidget* row = uploadRow(0);
    QVERIFY(row->isFailed());
    QVERIFY2(row->detailText().contains(u"InternalError"_s), qPrintable(row->detailText()));
    auto* retry = row->findChild<QToolButton*>(u"uploadRetryButton"_s);
    QVERIFY(retry->isVisible());
    QVERIFY(!child<QPushButton>(u"generateButton"_s)->isEnabled());

    m_app->emulator()->setFaults({});
    QTest::mouseClick(retry, Qt::LeftButton);
    const qint64 again = uploadIdOfRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->uploads()->entry(again) && m_app->uploads()->entry(again)->isDone(), 15000);
    QTRY_VERIFY(uploadRow(0)->detailText().contains(m_app->uploads()->entry(again)->fileId));
    QTRY_VERIFY(child<QPushButton>(u"generateButton"_s)->isEnabled());
    Q_UNUSED(uploadId);
}

void TestUploads::cancelAnUpload()
{
    typePrompt(u"thunder as in the recording"_s);
    setFaults({ u"PutObject"_s }, 5000);
    addAudioFiles({ writeWav(u"thunder.wav"_s) });
    const qint64 uploadId = uploadIdOfRow(0);
    QVERIFY(m_app->uploads()->isRunning(uploadId));
    auto* cancel = uploadRow(0)->findChild<QToolButton*>(u"uploadCancelButton"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!m_app->uploads()->isRunning(uploadId));
    const auto entry = m_app->uploads()->entry(uploadId);
    QVERIFY(entry && entry->isFailed());
    QCOMPARE(entry->state, UploadRecord::State::Cancelled);
    QVERIFY(uploadRow(0)->isFailed());
    QVERIFY2(uploadRow(0)->detailText().contains(u"cancelled"_s), qPrintable(uploadRow(0)->detailText()));
    QVERIFY(!child<QPushButton>(u"generateButton"_s)->isEnabled());
    // Removing the row gives the form back its Generate.
    audioList()->setCurrentRow(0);
    QTest::mouseClick(child<QToolButton>(u"audioRefsRemoveButton"_s), Qt::LeftButton);
    QCOMPARE(audioList()->count(), 0);
    QTRY_VERIFY(child<QPushButton>(u"generateButton"_s)->isEnabled());
}

void TestUploads::unsupportedFileIsRefused()
{
    typePrompt(u"keep this prompt"_s);
    const QString text = m_dir->filePath(u"notes.txt"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not audio");
    f.close();
    addAudioFiles({ text, m_dir->filePath(u"missing.wav"_s) });
    QCOMPARE(audioList()->count(), 0);
    QCOMPARE(m_informed.size(), 1);
    QVERIFY2(m_informed.first().contains(u"AudioInfos[0]"_s), qPrintable(m_informed.first()));
    QVERIFY2(m_informed.first().contains(u"notes.txt"_s), qPrintable(m_informed.first()));
    QVERIFY2(m_informed.first().contains(u"missing.wav"_s), qPrintable(m_informed.first()));
    QCOMPARE(child<QPlainTextEdit>(u"promptEdit"_s)->toPlainText(), u"keep this prompt"_s);
    QCOMPARE(handledIndex(u"ApplyUpload"_s), -1);
    QVERIFY(child<QPushButton>(u"generateButton"_s)->isEnabled());
}

void TestUploads::uploadResumesAfterRestart()
{
    typePrompt(u"waves like these"_s);
    setFaults({ u"PutObject"_s }, 4000);
    const QString wav = writeWav(u"waves.wav"_s);
    addAudioFiles({ wav });
    const qint64 uploadId = uploadIdOfRow(0);
    QTRY_VERIFY(m_app->uploads()->entry(uploadId)->state == UploadRecord::State::Uploading);
    stopApp(); // quit while the object storage has not answered

    startApp(); // a new emulator (same data), without the delay
    QCOMPARE(audioList()->count(), 1);
    QCOMPARE(uploadIdOfRow(0), uploadId);
    QCOMPARE(uploadRow(0)->fileName(), u"waves.wav"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->uploads()->entry(uploadId) && m_app->uploads()->entry(uploadId)->isDone(), 15000);
    const QString fileId = m_app->uploads()->entry(uploadId)->fileId;
    QTRY_VERIFY(uploadRow(0)->detailText().contains(fileId));
    QCOMPARE(handledIndex(u"ApplyUpload"_s), -1); // resumed, not started over
    QCOMPARE(m_window->form()->request().audioInfos.value(0).fileId, fileId);

    // And the FileId stays in the draft across one more restart.
    stopApp();
    startApp();
    QCOMPARE(m_window->form()->request().audioInfos.value(0).fileId, fileId);
    QVERIFY(uploadRow(0)->detailText().contains(fileId));
}

void TestUploads::permanentOutputIsFoundSavedAndPlayed()
{
    typePrompt(u"a bell in a cathedral"_s);
    auto* storage = child<QComboBox>(u"storageCombo"_s);
    storage->setCurrentIndex(storage->findData(u"Permanent"_s));
    auto* generate = child<QPushButton>(u"generateButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);

    TaskTableModel* model = m_window->taskModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(model->recordAt(0)->state == TaskRecord::State::Finished
            && model->recordAt(0)->downloadState == TaskRecord::DownloadState::Done,
        30000);
    const TaskRecord rec = *model->recordAt(0);
    QCOMPARE(rec.storageMode, u"Permanent"_s);
    QVERIFY(!rec.fileId.isEmpty());
    QVERIFY2(handledIndex(u"DescribeMediaInfos"_s) >= 0, qPrintable(m_handled.join(u", "_s)));
    QVERIFY(QFile::exists(rec.localPath));
    QVERIFY(rec.localPath.startsWith(m_dir->filePath(u"library"_s)));

    m_window->selectRecord(rec.id);
    PlayerPanel* player = m_window->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->player()->mediaStatus() == QMediaPlayer::LoadedMedia
            || player->player()->mediaStatus() == QMediaPlayer::BufferedMedia,
        15000);
    QCOMPARE(player->player()->source(), QUrl::fromLocalFile(rec.localPath));
    QVERIFY(player->togglePlayPause());
    QTRY_COMPARE_WITH_TIMEOUT(player->player()->mediaStatus(), QMediaPlayer::EndOfMedia, 20000);
}

void TestUploads::unknownFileIdIsReported()
{
    TaskRecord r;
    r.taskId = u"251441341-AigcAudioTask-0123456789abcdef0123456789abcdeft"_s;
    r.profileName = m_app->activeProfileName();
    r.prompt = u"an output VOD deleted"_s;
    r.state = TaskRecord::State::Finished;
    r.storageMode = u"Permanent"_s;
    r.fileId = u"5285890799999999999"_s;
    r.fileType = u"wav"_s;
    r.downloadState = TaskRecord::DownloadState::Pending;
    r.submittedAt = QDateTime::currentDateTimeUtc();
    const qint64 id = m_app->history()->insertRecord(r);
    QVERIFY(id > 0);
    m_app->tasks()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_app->history()->record(id)->downloadState, TaskRecord::DownloadState::Failed, 10000);
    const QString error = m_app->history()->record(id)->downloadError;
    QVERIFY2(error.contains(u"does not know FileId 5285890799999999999"_s), qPrintable(error));
    m_window->selectRecord(id);
    QTRY_VERIFY(child<QTextBrowser>(u"detailsView"_s)->toPlainText().contains(u"5285890799999999999"_s));
}

QTEST_MAIN(TestUploads)
#include "tst_uploads.moc"
