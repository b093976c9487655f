// The studio end to end, with real widgets offscreen and the embedded emulator: type a prompt,
// Generate, watch the row reach FINISH, play the saved file to its end; invalid fields block sending;
// abort; quit with unfinished tasks and see polling resume on the next start.
#include "TestPaths.h"
#include "app/AppController.h"
#include "app/MainWindow.h"
#include "app/dialogs/ExportDialog.h"
#include "app/form/GenerationForm.h"
#include "app/player/PlayerPanel.h"
#include "app/tasks/TaskTableModel.h"
#include "core/audio/ExportFormat.h"
#include "core/support/SystemClock.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/TaskRecord.h"
#include "emulator/server/EmulatorServer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunUsesTheOfflineDemo();
    void generateFinishSaveAndPlay();
    void invalidFieldsBlockSending();
    void abortWhileWaiting();
    void failureExplained();
    void auditionWithKeys();
    void listFitsAt1280x720();
    void marksAndSearch();
    void exportSelected();
    void seesWhatTheCliWrites();
    void pollingResumesAfterRestart();
    void draftSurvivesRestart();

private:
    void startApp();
    void stopApp();
    void typePrompt(const QString& text, int seconds = 2);
    // Generates `takes` variations of prompt and waits until each is saved in the library.
    void generateTakes(const QString& prompt, int takes, int seconds);
    template<class T>
    T* child(const QString& name) const
    {
        T* w = m_window->findChild<T*>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    QAction* action(const QString& name) const { return child<QAction>(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AigcAudioStudioTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    QSettings().clear();
    startApp();
}

void TestMainWindow::cleanup()
{
    stopApp();
    m_dir.reset();
}

void TestMainWindow::startApp()
{
    AppController::Paths p;
    p.configDir = m_dir->filePath(u"config"_s);
    p.dataDir = m_dir->filePath(u"data"_s);
    p.libraryDir = m_dir->filePath(u"library"_s);
    m_app = std::make_unique<AppController>(p, SystemClock::instance());
    QString error;
    QVERIFY2(m_app->start(&error), qPrintable(error));
    QVERIFY(m_app->emulator());
    m_app->emulator()->setTaskSeconds(1.5);
    m_window = std::make_unique<MainWindow>(m_app.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->isConnected(), 10000);
}

void TestMainWindow::stopApp()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_app.reset();
}

void TestMainWindow::typePrompt(const QString& text, int seconds)
{
    auto* prompt = child<QPlainTextEdit>(u"promptEdit"_s);
    prompt->clear();
    QTest::keyClicks(prompt, text);
    child<QSpinBox>(u"durationSpin"_s)->setValue(seconds);
    auto* format = child<QComboBox>(u"formatCombo"_s);
    format->setCurrentIndex(format->findData(u"wav"_s));
}

void TestMainWindow::generateTakes(const QString& prompt, int takes, int seconds)
{
    typePrompt(prompt, seconds);
    child<QSpinBox>(u"variationsSpin"_s)->setValue(takes);
    m_window->form()->generate();
    TaskTableModel* model = m_window->taskModel();
    auto allSaved = [model, takes] {
        if (model->rowCount() != takes)
            return false;
        for (int row = 0; row < takes; ++row) {
            if (model->recordAt(row)->downloadState != TaskRecord::DownloadState::Done)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allSaved(), 30000);
}

void TestMainWindow::firstRunUsesTheOfflineDemo()
{
    QVERIFY(m_app->activeProfile().emulator);
    QVERIFY(m_window->windowTitle().contains(u"Local emulator (offline demo)"_s));
    auto* label = m_window->findChild<QLabel*>(u"profileStatusLabel"_s);
    QVERIFY(label && label->text().contains(u"offline demo"_s));
}

void TestMainWindow::generateFinishSaveAndPlay()
{
    typePrompt(u"rain on a tin roof"_s);
    auto* generate = child<QPushButton>(u"generateButton"_s);
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);

    TaskTableModel* model = m_window->taskModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(model->recordAt(0)->state == TaskRecord::State::Finished
            && model->recordAt(0)->downloadState == TaskRecord::DownloadState::Done,
        30000);
    const TaskRecord rec = *model->recordAt(0);
    QVERIFY(QFile::exists(rec.localPath));
    QVERIFY(rec.localPath.startsWith(m_dir->filePath(u"library"_s)));
    QCOMPARE(model->data(model->index(0, TaskTableModel::StatusColumn)).toString(),
        TaskRecord::stateLabel(TaskRecord::State::Finished));

    m_window->selectRecord(rec.id);
    // Save As over a file already there: replaced whole, through a copy beside it (nothing left over).
    const QString existing = m_dir->filePath(u"saved-before.wav"_s);
    {
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file");
    }
    m_window->askSavePath = [existing](const QString&) { return existing; };
    auto* saveAs = m_window->findChild<QAction*>(u"actionSaveAs"_s);
    QVERIFY(saveAs);
    QTRY_VERIFY(saveAs->isEnabled());
    saveAs->trigger();
    QFile saved(existing), original(rec.localPath);
    QVERIFY(saved.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), original.readAll());
    QVERIFY(!QFile::exists(existing + u".saving"_s));
    // Another extension converts: the bytes are what the name says (FLAC here, not WAV bytes).
    const QString flac = m_dir->filePath(u"converted.flac"_s);
    m_window->askSavePath = [flac](const QString&) { return flac; };
    saveAs->trigger();
    QFile converted(flac);
    QVERIFY(converted.open(QIODevice::ReadOnly));
    QCOMPARE(converted.read(4), QByteArray("fLaC"));
    // No extension: the sound's own format.
    const QString bare = m_dir->filePath(u"bare"_s);
    m_window->askSavePath = [bare](const QString&) { return bare; };
    saveAs->trigger();
    QVERIFY(QFile::exists(bare + u'.' + QFileInfo(rec.localPath).suffix()));

    PlayerPanel* player = m_window->player();
    QTRY_VERIFY_WITH_TIMEOUT(player->player()->mediaStatus() == QMediaPlayer::LoadedMedia
            || player->player()->mediaStatus() == QMediaPlayer::BufferedMedia,
        15000);
    QVERIFY(player->togglePlayPause());
    QTRY_COMPARE_WITH_TIMEOUT(player->player()->mediaStatus(), QMediaPlayer::EndOfMedia, 20000);
}

void TestMainWindow::invalidFieldsBlockSending()
{
    auto* generate = child<QPushButton>(u"generateButton"_s);
    const int before = m_app->history()->count();
    // No prompt and no reference.
    child<QPlainTextEdit>(u"promptEdit"_s)->clear();
    QTRY_VERIFY(!generate->isEnabled());
    QVERIFY(child<QLabel>(u"issuesLabel"_s)->text().contains(u"Prompt"_s));
    // A prompt, but AdditionalParameters that are not a JSON object.
    typePrompt(u"wind"_s);
    QTest::keyClicks(child<QPlainTextEdit>(u"additionalEdit"_s), u"{lyrics"_s);
    QTRY_VERIFY(!generate->isEnabled());
    QVERIFY(child<QLabel>(u"issuesLabel"_s)->text().contains(u"AdditionalParameters"_s));
    QVERIFY(child<QPlainTextEdit>(u"additionalEdit"_s)->property("invalid").toBool());
    child<QPlainTextEdit>(u"additionalEdit"_s)->clear();
    // A media name over 64 characters.
    QTest::keyClicks(child<QLineEdit>(u"mediaNameEdit"_s), QString(65, u'x'));
    QTRY_VERIFY(!generate->isEnabled());
    QVERIFY(child<QLineEdit>(u"mediaNameEdit"_s)->toolTip().contains(u"64"_s));
    // A SubAppId that is not a number.
    child<QLineEdit>(u"mediaNameEdit"_s)->clear();
    QTest::keyClicks(child<QLineEdit>(u"subAppIdEdit"_s), u"12a"_s);
    QTRY_VERIFY(!generate->isEnabled());
    // Ctrl+Enter and the action do nothing while invalid.
    action(u"actionGenerate"_s)->trigger();
    m_window->form()->generate();
    QTest::qWait(200);
    QCOMPARE(m_app->history()->count(), before);
    child<QLineEdit>(u"subAppIdEdit"_s)->clear();
    QTRY_VERIFY(generate->isEnabled());
}

void TestMainWindow::abortWhileWaiting()
{
    typePrompt(u"distant thunder #slow"_s);
    m_window->form()->generate();
    TaskTableModel* model = m_window->taskModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && !model->recordAt(0)->taskId.isEmpty(), 10000);
    m_window->selectRecord(model->recordAt(0)->id);
    QTRY_VERIFY_WITH_TIMEOUT(model->recordAt(0)->state == TaskRecord::State::Waiting, 10000);
    QTRY_VERIFY(action(u"actionAbort"_s)->isEnabled());
    action(u"actionAbort"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->recordAt(0)->state, TaskRecord::State::Aborted, 15000);
    QCOMPARE(model->recordAt(0)->errCodeExt, u"OperationCanceled"_s);
}

void TestMainWindow::failureExplained()
{
    m_app->emulator()->setTaskSeconds(0.5);
    typePrompt(u"a door creaks #fail-format"_s);
    m_window->form()->generate();
    TaskTableModel* model = m_window->taskModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowCount() == 1 && model->recordAt(0)->state == TaskRecord::State::Failed, 15000);
    m_window->selectRecord(model->recordAt(0)->id);
    const TaskFailure expected = TaskFailure::describe(u"InvalidParameter.MediaFormat"_s);
    // The details say what happened and what to do; Retry says that the same request fails again.
    QTRY_VERIFY(child<QTextBrowser>(u"detailsView"_s)->toPlainText().contains(expected.explanation));
    QVERIFY(child<QTextBrowser>(u"detailsView"_s)->toPlainText().contains(expected.action));
    // The code once, not "Code Code: message".
    QCOMPARE(
        child<QTextBrowser>(u"detailsView"_s)->toPlainText().count(u"InvalidParameter.MediaFormat"_s), 1);
    QVERIFY(action(u"actionRetry"_s)
                ->toolTip()
                .contains(TaskFailure::remedyLabel(TaskFailure::Remedy::ChangeInput)));
}

void TestMainWindow::auditionWithKeys()
{
    // Two takes of one prompt, long enough to be playing while the test looks.
    generateTakes(u"rain on a tent"_s, 2, 20);
    if (QTest::currentTestFailed())
        return;
    TaskTableModel* model = m_window->taskModel();
    QVERIFY(action(u"actionAutoPlay"_s)->isChecked()); // on by default
    QMediaPlayer* player = m_window->player()->player();
    auto* list = child<QTableView>(u"taskView"_s);
    QApplication::setActiveWindow(m_window.get());
    list->setFocus();

    // Selecting a row plays it at once; Down auditions the next take.
    m_window->selectRecord(model->recordAt(0)->id);
    QTRY_COMPARE(player->playbackState(), QMediaPlayer::PlayingState);
    QCOMPARE(player->source(), QUrl::fromLocalFile(model->recordAt(0)->localPath));
    QTest::keyClick(list, Qt::Key_Down);
    QTRY_COMPARE(player->source(), QUrl::fromLocalFile(model->recordAt(1)->localPath));
    QTRY_COMPARE(player->playbackState(), QMediaPlayer::PlayingState);
    // Space in the list pauses and plays again.
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_COMPARE(player->playbackState(), QMediaPlayer::PausedState);
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_COMPARE(player->playbackState(), QMediaPlayer::PlayingState);

    // Generate selects the new task but does not stop or replace what is playing.
    const QUrl playing = player->source();
    typePrompt(u"thunder far away"_s, 2);
    child<QSpinBox>(u"variationsSpin"_s)->setValue(1);
    m_window->form()->generate();
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->history()->unfinished().isEmpty(), 15000);
    QCOMPARE(player->source(), playing);
    QCOMPARE(player->playbackState(), QMediaPlayer::PlayingState);
}

void TestMainWindow::listFitsAt1280x720()
{
    m_window->resize(1280, 720);
    typePrompt(u"Fireworks during Spring Festival celebrations, crackling and booming over the river"_s);
    m_window->form()->generate();
    TaskTableModel* model = m_window->taskModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowCount() == 1 && model->recordAt(0)->state == TaskRecord::State::Finished, 15000);
    auto* list = child<QTableView>(u"taskView"_s);
    QTRY_COMPARE(list->horizontalScrollBar()->maximum(), 0); // no horizontal scroll bar
    // The prompt has room and two lines; Finished and Error start hidden, a header menu brings them.
    QVERIFY(list->columnWidth(TaskTableModel::PromptColumn) >= 200);
    QVERIFY(list->rowHeight(0) >= 2 * list->fontMetrics().lineSpacing());
    QVERIFY(list->isColumnHidden(TaskTableModel::ErrorColumn));
    QVERIFY(!list->isColumnHidden(TaskTableModel::StatusColumn));
}

void TestMainWindow::marksAndSearch()
{
    typePrompt(u"rain on a tin roof"_s);
    child<QSpinBox>(u"variationsSpin"_s)->setValue(2);
    m_window->form()->generate();
    TaskTableModel* model = m_window->taskModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 2 && m_app->history()->unfinished().isEmpty(), 15000);
    const qint64 best = model->recordAt(0)->id;
    QVERIFY(m_app->history()->setRating(best, 4));
    QVERIFY(m_app->history()->setFavourite(best, true));
    QVERIFY(m_app->history()->setTags(best, { u"Rain"_s, u"roof"_s }));
    // The list shows the marks before the prompt; the details show them in full.
    QTRY_VERIFY(model->data(model->index(model->rowOf(best), TaskTableModel::PromptColumn))
                    .toString()
                    .contains(u"\u2665 \u26054 rain on a tin roof"_s));
    m_window->selectRecord(best);
    QTRY_VERIFY(
        child<QTextBrowser>(u"detailsView"_s)->toPlainText().contains(u"\u2605\u2605\u2605\u2605\u2606"_s));
    QVERIFY(child<QTextBrowser>(u"detailsView"_s)->toPlainText().contains(u"rain, roof"_s));
    // The search box's syntax narrows the list.
    auto* search = child<QLineEdit>(u"searchEdit"_s);
    for (const QString& query : { u"rating>=4"_s, u"fav"_s, u"tag:roof"_s, u"tin tag:rain"_s }) {
        search->setText(query);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->recordAt(0)->id, best);
    }
    search->setText(u"tag:metal"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    search->clear();
    QTRY_COMPARE(model->rowCount(), 2);
}

void TestMainWindow::exportSelected()
{
    generateTakes(u"glass shatters"_s, 2, 2);
    if (QTest::currentTestFailed())
        return;
    auto* list = child<QTableView>(u"taskView"_s);
    list->selectAll();
    ExportDialog* dialog = m_window->exportSelected();
    QVERIFY(dialog);
    auto* format = dialog->findChild<QComboBox*>(u"formatCombo"_s);
    format->setCurrentIndex(format->findData(int(ExportFormat::Container::Flac)));
    auto* rate = dialog->findChild<QComboBox*>(u"rateCombo"_s);
    rate->setCurrentIndex(rate->findData(48000));
    const QString folder = m_dir->filePath(u"exports"_s);
    dialog->findChild<QLineEdit*>(u"folderEdit"_s)->setText(folder);
    // A broken template is named, and nothing is written.
    dialog->findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"{prompt"_s);
    QVERIFY(!dialog->startExport());
    QVERIFY2(dialog->issuesText().contains(u"{"_s), qPrintable(dialog->issuesText()));
    QVERIFY(!QDir(folder).exists() || QDir(folder).isEmpty());
    dialog->findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"{prompt}_{variation}"_s);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QVERIFY(dialog->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().at(0).toInt(), 2); // written
    const QStringList files = QDir(folder).entryList({ u"*.flac"_s }, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    for (const QString& f : files) {
        const QByteArray head = TestPaths::readFile(QDir(folder).filePath(f)).left(21);
        QCOMPARE(head.left(4), QByteArray("fLaC"));
        const auto b = [&](int i) { return static_cast<unsigned char>(head.at(i)); };
        QCOMPARE((b(18) << 12) | (b(19) << 4) | (b(20) >> 4), 48000); // STREAMINFO's sample rate
    }
}

void TestMainWindow::seesWhatTheCliWrites()
{
    // Another connection to the same history (as `aigc-audio` has) adds a task and rates one: the
    // list shows both within a few seconds, without a restart.
    generateTakes(u"door slam"_s, 1, 2);
    if (QTest::currentTestFailed())
        return;
    TaskTableModel* model = m_window->taskModel();
    const qint64 id = model->recordAt(0)->id;
    HistoryStore cli(SystemClock::instance());
    QVERIFY(cli.open(m_dir->filePath(u"data/history.sqlite"_s)));
    QVERIFY(cli.setRating(id, 5));
    TaskRecord other;
    other.prompt = u"made by the CLI"_s;
    QVERIFY(cli.addSubmission(other) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 8000);
    const int row = model->rowOf(id);
    QVERIFY(
        model->data(model->index(row, TaskTableModel::PromptColumn)).toString().startsWith(u"\u26055 "_s));
}

void TestMainWindow::pollingResumesAfterRestart()
{
    m_app->emulator()->setTaskSeconds(4.0);
    typePrompt(u"footsteps on gravel"_s);
    child<QSpinBox>(u"variationsSpin"_s)->setValue(2);
    m_window->form()->generate();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->history()->unfinished().size() == 2
            && !m_app->history()->unfinished().first().taskId.isEmpty()
            && !m_app->history()->unfinished().last().taskId.isEmpty(),
        10000);
    stopApp(); // quit while both are unfinished
    startApp();
    QCOMPARE(m_window->taskModel()->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->history()->unfinished().isEmpty(), 30000);
    for (const TaskRecord& r : m_app->history()->list())
        QCOMPARE(r.state, TaskRecord::State::Finished);
}

void TestMainWindow::draftSurvivesRestart()
{
    typePrompt(u"a temple bell, once"_s, 9);
    m_window->form()->saveDraft();
    stopApp();
    startApp();
    QCOMPARE(child<QPlainTextEdit>(u"promptEdit"_s)->toPlainText(), u"a temple bell, once"_s);
    QCOMPARE(child<QSpinBox>(u"durationSpin"_s)->value(), 9);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
