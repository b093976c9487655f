// The player panel and the waveform with real widgets and the real multimedia backend: a WAV and an
// MP3 rendered by the emulator's synthesiser are decoded to peaks (and cached), played to the end,
// seeked by clicking the waveform, looped, toggled with Space; the volume survives a restart.
// Set AIGC_PLAYER_SHOW_MS=<ms> to keep the panel on screen that long (for screenshots under Xvfb).
#include "app/player/PlayerPanel.h"
#include "app/player/WaveformAccumulator.h"
#include "app/player/WaveformLoader.h"
#include "app/player/WaveformPeaks.h"
#include "app/player/WaveformWidget.h"
#include "emulator/synth/AudioSynth.h"

#include <QAction>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class TestPlayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void peaksRoundTrip();
    void peaksRejectGarbage();
    void accumulatorBinsAndDuration();
    void waveformEmptyState();
    void waveformColours_data();
    void waveformColours();
    void waveformClickDragAndHover();

    void loaderDecodesWav();
    void loaderDecodesMp3();
    void loaderCachesOnDisk();
    void loaderReplacesPreviousLoad();
    void loaderFailsOnNonAudio();

    void panelStartsEmpty();
    void playsToEndOfMedia();
    void waveformClickSeeksPlayer();
    void loopRestartsPlayback();
    void volumePersists();
    void spaceTogglesPlayback();
    void outputDeviceCombo();
    void streamingHasNoWaveform();
    void show();

private:
    std::unique_ptr<PlayerPanel> makePanel();
    QString writeAudio(const QString& name, const QString& format, int seconds, const QString& prompt);
    static void verifyPlausible(const WaveformPeaks& peaks, qint64 expectedMs, qint64 toleranceMs);

    QTemporaryDir m_dir;
    QString m_wav;
    QString m_mp3;
    QString m_cacheDir;
};

QString TestPlayer::writeAudio(const QString& name, const QString& format, int seconds, const QString& prompt)
{
    SynthRequest request;
    request.prompt = prompt;
    request.scene = u"sfx"_s;
    request.seed = 7;
    request.durationSeconds = seconds;
    request.format = format;
    QString error;
    const QByteArray bytes = AudioSynth::render(request, &error);
    if (bytes.isEmpty())
        qWarning() << "synth failed:" << error;
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestPlayer::verifyPlausible(const WaveformPeaks& peaks, qint64 expectedMs, qint64 toleranceMs)
{
    QVERIFY2(peaks.binCount() > 500, qPrintable(QString::number(peaks.binCount())));
    QVERIFY(peaks.binCount() <= WaveformLoader::kDefaultBinCount);
    QVERIFY2(
        qAbs(peaks.durationMs - expectedMs) <= toleranceMs, qPrintable(QString::number(peaks.durationMs)));
    float lowest = 0;
    float highest = 0;
    int loudBins = 0;
    for (const WaveformPeaks::Bin& bin : peaks.bins) {
        QVERIFY(bin.min <= bin.max);
        QVERIFY(bin.min >= -1.0f && bin.max <= 1.0f);
        lowest = std::min(lowest, bin.min);
        highest = std::max(highest, bin.max);
        if (bin.max - bin.min > 0.02f)
            ++loudBins;
    }
    QVERIFY2(highest > 0.05f && lowest < -0.05f, qPrintable(u"%1 %2"_s.arg(lowest).arg(highest)));
    QVERIFY2(loudBins > peaks.binCount() / 4, qPrintable(QString::number(loudBins))); // not silent
}

std::unique_ptr<PlayerPanel> TestPlayer::makePanel()
{
    auto panel = std::make_unique<PlayerPanel>();
    panel->setWaveformCacheDirectory(m_cacheDir);
    panel->resize(720, 240);
    panel->show();
    return panel;
}

void TestPlayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AigcAudioStudioTest"_s);
    QCoreApplication::setApplicationName(u"tst_player"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    m_cacheDir = m_dir.filePath(u"cache"_s);
    m_wav = writeAudio(u"rain.wav"_s, u"wav"_s, 2, u"gentle rain on a tin roof"_s);
    m_mp3 = writeAudio(u"fireworks.mp3"_s, u"mp3"_s, 2, u"fireworks"_s);
    QVERIFY(!m_wav.isEmpty());
    QVERIFY(!m_mp3.isEmpty());
}

void TestPlayer::init()
{
    QSettings().clear();
}

void TestPlayer::peaksRoundTrip()
{
    WaveformPeaks peaks;
    peaks.durationMs = 1234;
    for (int i = 0; i < 300; ++i)
        peaks.bins.append({ -float(i) / 300.0f, float(i) / 600.0f });
    const WaveformPeaks back = WaveformPeaks::deserialize(peaks.serialize());
    QCOMPARE(back, peaks);
    QCOMPARE(WaveformPeaks::deserialize(WaveformPeaks().serialize()), WaveformPeaks());
}

void TestPlayer::peaksRejectGarbage()
{
    WaveformPeaks peaks;
    peaks.durationMs = 10;
    peaks.bins = { { -0.5f, 0.5f }, { -0.25f, 0.25f } };
    const QByteArray good = peaks.serialize();
    QVERIFY(WaveformPeaks::deserialize(QByteArray()).isEmpty());
    QVERIFY(WaveformPeaks::deserialize("not a waveform at all"_ba).isEmpty());
    QVERIFY(WaveformPeaks::deserialize(good.left(good.size() - 1)).isEmpty());
    QVERIFY(WaveformPeaks::deserialize(good + "x"_ba).isEmpty());
}

void TestPlayer::accumulatorBinsAndDuration()
{
    WaveformAccumulator accumulator;
    // 10 s at 1 kHz: a ramp, so bin i's max grows with i; more chunks than kMaxChunks forces merging.
    const int frames = WaveformAccumulator::kInitialFramesPerChunk * WaveformAccumulator::kMaxChunks * 2 + 5;
    for (int i = 0; i < frames; ++i)
        accumulator.addFrame(float(i) / float(frames) * 2.0f - 1.0f);
    accumulator.addDurationMicroseconds(10'000'000);
    const WaveformPeaks peaks = accumulator.finish(100);
    QCOMPARE(peaks.binCount(), 100);
    QCOMPARE(peaks.durationMs, 10000);
    QVERIFY(qAbs(peaks.bins.first().min + 1.0f) < 0.01f);
    QVERIFY(qAbs(peaks.bins.last().max - 1.0f) < 0.01f);
    for (int i = 1; i < peaks.binCount(); ++i)
        QVERIFY(peaks.bins.at(i).max > peaks.bins.at(i - 1).max);

    // Fewer chunks than bins: one bin per chunk.
    accumulator.reset();
    for (int i = 0; i < 100; ++i)
        accumulator.addFrame(0.5f);
    QCOMPARE(accumulator.finish(2048).binCount(), 4); // 3 full chunks of 32 + a partial one
}

void TestPlayer::waveformEmptyState()
{
    WaveformWidget widget;
    widget.resize(300, 80);
    QVERIFY(!widget.hasPeaks());
    QCOMPARE(widget.placeholderText(), u"Select a finished task to see its waveform"_s);
    QVERIFY(!widget.accessibleName().isEmpty());
    QVERIFY(!widget.accessibleDescription().isEmpty());
    QSignalSpy seeks(&widget, &WaveformWidget::seekRequested);
    QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(150, 40));
    QCOMPARE(seeks.count(), 0); // nothing to seek in
    QVERIFY(!widget.grab().isNull());
    QCOMPARE(WaveformWidget::formatTime(3500), u"0:03"_s);
    QCOMPARE(WaveformWidget::formatTime(61000), u"1:01"_s);
    QCOMPARE(WaveformWidget::formatTime(3723000), u"1:02:03"_s);
}

void TestPlayer::waveformColours_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(255, 255, 255) << QColor(0, 0, 0);
    QTest::newRow("dark") << QColor(30, 30, 30) << QColor(230, 230, 230);
}

void TestPlayer::waveformColours()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    const QColor highlight(0, 120, 215);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Highlight, highlight);

    WaveformWidget widget;
    widget.setPalette(palette);
    widget.resize(200, 80);
    WaveformPeaks peaks;
    peaks.durationMs = 1000;
    peaks.bins.fill({ -0.8f, 0.8f }, 400);
    widget.setPeaks(peaks);
    widget.setPositionMs(500);
    QCOMPARE(widget.durationMs(), 1000);

    const QImage image = widget.grab().toImage();
    const int y = image.height() / 2 + 5; // not on the centre line
    const QColor playedPixel = image.pixelColor(image.width() / 4, y);
    const QColor restPixel = image.pixelColor(image.width() * 3 / 4, y);
    const QColor background = image.pixelColor(image.width() * 3 / 4, 3);
    QCOMPARE(playedPixel, highlight);
    QCOMPARE(background, base);
    QVERIFY(restPixel != highlight);
    // Readable: the unplayed part differs clearly from the background in both palettes.
    QVERIFY2(qAbs(qGray(restPixel.rgb()) - qGray(background.rgb())) > 60,
        qPrintable(restPixel.name() % u" on "_s % background.name()));
}

void TestPlayer::waveformClickDragAndHover()
{
    WaveformWidget widget;
    widget.resize(402, 80); // 400 px of waveform between the 1 px frame
    widget.setDurationMs(4000);
    QSignalSpy seeks(&widget, &WaveformWidget::seekRequested);

    QTest::mouseClick(&widget, Qt::LeftButton, {}, QPoint(201, 40));
    QCOMPARE(seeks.count(), 1);
    QVERIFY(qAbs(seeks.last().at(0).toLongLong() - 2000) <= 20);
    QCOMPARE(widget.positionMs(), seeks.last().at(0).toLongLong());

    // Drag from a quarter to three quarters: every move while pressed seeks.
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(101, 40), widget.mapToGlobal(QPointF(101, 40)),
        Qt::LeftButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(&widget, &press);
    QMouseEvent move(QEvent::MouseMove, QPointF(301, 40), widget.mapToGlobal(QPointF(301, 40)), Qt::NoButton,
        Qt::LeftButton, {});
    QCoreApplication::sendEvent(&widget, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(301, 40), widget.mapToGlobal(QPointF(301, 40)),
        Qt::LeftButton, Qt::NoButton, {});
    QCoreApplication::sendEvent(&widget, &release);
    QCOMPARE(seeks.count(), 3);
    QVERIFY(qAbs(seeks.at(1).at(0).toLongLong() - 1000) <= 20);
    QVERIFY(qAbs(seeks.at(2).at(0).toLongLong() - 3000) <= 20);

    // Hover without buttons shows the time there and does not seek.
    QMouseEvent hover(QEvent::MouseMove, QPointF(51, 40), widget.mapToGlobal(QPointF(51, 40)), Qt::NoButton,
        Qt::NoButton, {});
    QCoreApplication::sendEvent(&widget, &hover);
    QCOMPARE(seeks.count(), 3);
    QVERIFY(qAbs(widget.hoverPositionMs() - 500) <= 20);
    QVERIFY(!widget.grab().isNull()); // paints the hover label

    // Keyboard: Right skips five seconds (clamped to the end), Home goes to the start.
    widget.setPositionMs(0);
    QTest::keyClick(&widget, Qt::Key_Right);
    QCOMPARE(seeks.last().at(0).toLongLong(), 4000);
    QTest::keyClick(&widget, Qt::Key_Home);
    QCOMPARE(seeks.last().at(0).toLongLong(), 0);

    widget.clear();
    QVERIFY(!widget.hasPeaks());
    QCOMPARE(widget.durationMs(), 0);
    QCOMPARE(widget.placeholderText(), WaveformWidget::defaultPlaceholderText());
}

void TestPlayer::loaderDecodesWav()
{
    WaveformLoader loader { QString() }; // no cache
    QSignalSpy ready(&loader, &WaveformLoader::ready);
    QSignalSpy failed(&loader, &WaveformLoader::failed);
    loader.load(m_wav);
    QVERIFY(loader.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count() + failed.count(), 1, 15000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.first().at(0).toString(), m_wav);
    verifyPlausible(ready.first().at(1).value<WaveformPeaks>(), 2000, 50);
    QVERIFY(!loader.isLoading());
}

void TestPlayer::loaderDecodesMp3()
{
    WaveformLoader loader { QString() };
    QSignalSpy ready(&loader, &WaveformLoader::ready);
    QSignalSpy failed(&loader, &WaveformLoader::failed);
    loader.load(m_mp3);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count() + failed.count(), 1, 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    verifyPlausible(ready.first().at(1).value<WaveformPeaks>(), 2000, 150); // MP3 adds encoder padding
}

void TestPlayer::loaderCachesOnDisk()
{
    const QString cacheDir = m_dir.filePath(u"loader-cache"_s);
    const QString copy = m_dir.filePath(u"cached.wav"_s);
    QVERIFY(QFile::copy(m_wav, copy));

    WaveformPeaks first;
    {
        WaveformLoader loader(cacheDir);
        QSignalSpy started(&loader, &WaveformLoader::decodeStarted);
        QSignalSpy ready(&loader, &WaveformLoader::ready);
        loader.load(copy);
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
        first = ready.first().at(1).value<WaveformPeaks>();
        QVERIFY(QFile::exists(loader.cacheFilePath(copy)));
    }

    // A fresh loader (as after a restart) finds it on disk: no decoder, and at once.
    WaveformLoader loader(cacheDir);
    QSignalSpy started(&loader, &WaveformLoader::decodeStarted);
    QSignalSpy ready(&loader, &WaveformLoader::ready);
    QElapsedTimer timer;
    timer.start();
    loader.load(copy);
    QVERIFY(!loader.isDecoding());
    QVERIFY(ready.wait(1000));
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(started.count(), 0);
    QCOMPARE(ready.first().at(0).toString(), copy);
    QCOMPARE(ready.first().at(1).value<WaveformPeaks>(), first);

    // The key includes size and mtime: a changed file is decoded again.
    const QString oldCacheFile = loader.cacheFilePath(copy);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime));
    file.close();
    QVERIFY(loader.cacheFilePath(copy) != oldCacheFile);
    loader.load(copy);
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 15000);
}

void TestPlayer::loaderReplacesPreviousLoad()
{
    WaveformLoader loader { QString() };
    QSignalSpy ready(&loader, &WaveformLoader::ready);
    QSignalSpy failed(&loader, &WaveformLoader::failed);
    loader.load(m_wav);
    loader.load(m_mp3); // replaces the WAV: only the MP3 answers
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 15000);
    QTest::qWait(500);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.first().at(0).toString(), m_mp3);

    loader.load(m_wav);
    loader.cancel();
    QTest::qWait(500);
    QCOMPARE(ready.count(), 1);
    QVERIFY(!loader.isLoading());
}

void TestPlayer::loaderFailsOnNonAudio()
{
    const QString bogus = m_dir.filePath(u"bogus.wav"_s);
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'z'));
    file.close();

    WaveformLoader loader(m_dir.filePath(u"bogus-cache"_s));
    QSignalSpy ready(&loader, &WaveformLoader::ready);
    QSignalSpy failed(&loader, &WaveformLoader::failed);
    loader.load(bogus);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.first().at(0).toString(), bogus);
    QVERIFY(!failed.first().at(1).toString().isEmpty());

    loader.load(m_dir.filePath(u"missing.wav"_s));
    QTRY_COMPARE(failed.count(), 2);
}

void TestPlayer::panelStartsEmpty()
{
    auto panel = makePanel();
    QVERIFY(panel->waveform());
    QCOMPARE(panel->waveform()->objectName(), u"waveform"_s);
    for (const char* name : { "playButton", "positionSlider", "timeLabel", "loopButton", "volumeSlider",
             "muteButton", "outputDeviceCombo", "titleLabel" }) {
        auto* widget = panel->findChild<QWidget*>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QVERIFY(!panel->findChild<QToolButton*>(u"playButton"_s)->isEnabled());
    QVERIFY(!panel->playPauseAction()->isEnabled());
    QCOMPARE(panel->playPauseAction()->text(), u"Play/Pause"_s);
    QCOMPARE(panel->playPauseAction()->shortcut(), QKeySequence(Qt::Key_Space));
    QCOMPARE(panel->playPauseAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
    QVERIFY(!panel->togglePlayPause());
    QCOMPARE(panel->findChild<QLabel*>(u"timeLabel"_s)->text(), u"0:00 / 0:00"_s);
    QCOMPARE(panel->findChild<QLabel*>(u"titleLabel"_s)->text(), u"No audio selected"_s);
}

void TestPlayer::playsToEndOfMedia()
{
    auto panel = makePanel();
    panel->setSource(QUrl::fromLocalFile(m_wav), u"Gentle rain"_s, m_wav);
    QCOMPARE(panel->findChild<QLabel*>(u"titleLabel"_s)->text(), u"Gentle rain"_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel->waveform()->hasPeaks(), 15000);
    verifyPlausible(panel->waveform()->peaks(), 2000, 50);

    auto* play = panel->findChild<QToolButton*>(u"playButton"_s);
    QVERIFY(play->isEnabled());
    QTest::mouseClick(play, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->player()->playbackState(), QMediaPlayer::PlayingState, 5000);
    QCOMPARE(play->accessibleName(), u"Pause"_s);
    QTRY_COMPARE_WITH_TIMEOUT(panel->player()->mediaStatus(), QMediaPlayer::EndOfMedia, 15000);
    QCOMPARE(panel->findChild<QLabel*>(u"timeLabel"_s)->text(), u"0:02 / 0:02"_s);
    QTRY_COMPARE(play->accessibleName(), u"Play"_s);
}

void TestPlayer::waveformClickSeeksPlayer()
{
    auto panel = makePanel();
    panel->setSource(QUrl::fromLocalFile(m_wav), u"Gentle rain"_s, m_wav);
    QTRY_VERIFY_WITH_TIMEOUT(panel->player()->duration() > 0 && panel->waveform()->hasPeaks(), 15000);
    QVERIFY(panel->togglePlayPause());
    QTRY_COMPARE_WITH_TIMEOUT(panel->player()->playbackState(), QMediaPlayer::PlayingState, 5000);
    QVERIFY(!panel->togglePlayPause()); // pauses
    QCOMPARE(panel->player()->playbackState(), QMediaPlayer::PausedState);

    WaveformWidget* waveform = panel->waveform();
    QTest::mouseClick(waveform, Qt::LeftButton, {}, waveform->rect().center());
    const qint64 duration = panel->player()->duration();
    QTRY_VERIFY2_WITH_TIMEOUT(qAbs(panel->player()->position() - duration / 2) <= duration * 15 / 100,
        qPrintable(QString::number(panel->player()->position())), 5000);
    auto* slider = panel->findChild<QSlider*>(u"positionSlider"_s);
    QTRY_VERIFY(qAbs(slider->value() - duration / 2) <= duration * 15 / 100);

    // The slider seeks too (keyboard/page steps act like a click on the groove).
    slider->setValue(int(duration / 4));
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(panel->player()->position() - duration / 4) <= duration * 15 / 100, 5000);
}

void TestPlayer::loopRestartsPlayback()
{
    auto panel = makePanel();
    panel->setSource(QUrl::fromLocalFile(m_wav), u"Loop me"_s, m_wav);
    auto* loop = panel->findChild<QToolButton*>(u"loopButton"_s);
    QTest::mouseClick(loop, Qt::LeftButton);
    QVERIFY(loop->isChecked());
    QCOMPARE(panel->player()->loops(), int(QMediaPlayer::Infinite));
    QSignalSpy statuses(panel->player(), &QMediaPlayer::mediaStatusChanged);
    QTest::mouseClick(panel->findChild<QToolButton*>(u"playButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->player()->position() > 1500, 10000);
    // After the end it starts over instead of stopping.
    QTRY_VERIFY_WITH_TIMEOUT(panel->player()->position() > 0 && panel->player()->position() < 1000, 10000);
    QCOMPARE(panel->player()->playbackState(), QMediaPlayer::PlayingState);
    const bool sawEnd = std::any_of(statuses.cbegin(), statuses.cend(), [](const QList<QVariant>& args) {
        return args.at(0).value<QMediaPlayer::MediaStatus>() == QMediaPlayer::EndOfMedia;
    });
    qInfo() << (sawEnd ? "looped by the panel's EndOfMedia fallback" : "looped by the backend (setLoops)");
    panel->player()->stop();

    QTest::mouseClick(loop, Qt::LeftButton);
    QCOMPARE(panel->player()->loops(), int(QMediaPlayer::Once));
}

void TestPlayer::volumePersists()
{
    {
        auto panel = makePanel();
        auto* volume = panel->findChild<QSlider*>(u"volumeSlider"_s);
        QCOMPARE(volume->value(), PlayerPanel::kDefaultVolume);
        volume->setValue(37);
        QCOMPARE(QSettings().value(u"player/volume"_s).toInt(), 37);
        const float expected
            = QAudio::convertVolume(0.37f, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
        QVERIFY(qAbs(panel->audioOutput()->volume() - expected) < 0.01f);
    }
    auto panel = makePanel();
    QCOMPARE(panel->findChild<QSlider*>(u"volumeSlider"_s)->value(), 37);

    auto* mute = panel->findChild<QToolButton*>(u"muteButton"_s);
    QTest::mouseClick(mute, Qt::LeftButton);
    QVERIFY(panel->audioOutput()->isMuted());
}

void TestPlayer::spaceTogglesPlayback()
{
    auto panel = makePanel();
    panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    panel->setSource(QUrl::fromLocalFile(m_wav), u"Space"_s, m_wav);
    QTRY_VERIFY_WITH_TIMEOUT(panel->player()->duration() > 0, 10000);

    auto* slider = panel->findChild<QSlider*>(u"positionSlider"_s);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(panel->player()->playbackState(), QMediaPlayer::PlayingState, 5000);
    QTest::keyClick(slider, Qt::Key_Space);
    QCOMPARE(panel->player()->playbackState(), QMediaPlayer::PausedState);

    // On the play button itself Space toggles once, not twice (shortcut and click).
    auto* play = panel->findChild<QToolButton*>(u"playButton"_s);
    play->setFocus();
    QTest::keyClick(play, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(panel->player()->playbackState(), QMediaPlayer::PlayingState, 5000);
    QTest::qWait(100);
    QCOMPARE(panel->player()->playbackState(), QMediaPlayer::PlayingState);
    panel->player()->stop();
}

void TestPlayer::outputDeviceCombo()
{
    auto panel = makePanel();
    auto* combo = panel->findChild<QComboBox*>(u"outputDeviceCombo"_s);
    QVERIFY(combo->count() >= 1);
    const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
    if (outputs.isEmpty()) {
        QCOMPARE(combo->count(), 1);
        QVERIFY(combo->itemText(0).contains(u"No audio output"_s));
        QVERIFY(!combo->isEnabled());
    } else {
        QCOMPARE(combo->count(), int(outputs.size()) + 1);
        QCOMPARE(combo->itemText(0), u"System default"_s);
        QVERIFY(combo->isEnabled());
    }
    // Playing keeps working either way.
    panel->setSource(QUrl::fromLocalFile(m_wav), u"Device"_s, m_wav);
    QVERIFY(panel->togglePlayPause());
    QTRY_COMPARE_WITH_TIMEOUT(panel->player()->playbackState(), QMediaPlayer::PlayingState, 5000);
    panel->player()->stop();
}

void TestPlayer::streamingHasNoWaveform()
{
    auto panel = makePanel();
    // An http URL is handed to the player as is; without a local file nothing is decoded.
    QSignalSpy started(panel->waveformLoader(), &WaveformLoader::decodeStarted);
    panel->setSource(QUrl(u"http://127.0.0.1:9/never.wav"_s), u"Streamed"_s, QString());
    QCOMPARE(panel->player()->source(), QUrl(u"http://127.0.0.1:9/never.wav"_s));
    QCOMPARE(started.count(), 0);
    QVERIFY(!panel->waveform()->hasPeaks());
    QVERIFY(panel->waveform()->placeholderText() != WaveformWidget::defaultPlaceholderText());
    QVERIFY(panel->findChild<QToolButton*>(u"playButton"_s)->isEnabled());

    panel->clear();
    QVERIFY(panel->player()->source().isEmpty());
    QCOMPARE(panel->waveform()->placeholderText(), WaveformWidget::defaultPlaceholderText());
    QVERIFY(!panel->findChild<QToolButton*>(u"playButton"_s)->isEnabled());
}

void TestPlayer::show()
{
    const int showMs = qEnvironmentVariableIntValue("AIGC_PLAYER_SHOW_MS");
    if (showMs <= 0)
        QSKIP("Set AIGC_PLAYER_SHOW_MS to look at the panel");
    // Light palette with a waveform and the mouse over it; dark palette; the empty state.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    std::vector<std::unique_ptr<PlayerPanel>> panels;
    for (int i = 0; i < 3; ++i) {
        panels.push_back(makePanel());
        PlayerPanel* panel = panels.back().get();
        panel->move(0, i * 265);
        if (i == 1)
            panel->setPalette(dark);
        if (i == 2)
            continue;
        panel->setSource(QUrl::fromLocalFile(i == 0 ? m_wav : m_mp3),
            i == 0 ? u"Gentle rain on a tin roof \u2014 2 s, WAV"_s : u"Fireworks (MP3)"_s,
            i == 0 ? m_wav : m_mp3);
        QTRY_VERIFY_WITH_TIMEOUT(panel->waveform()->hasPeaks() && panel->player()->duration() > 0, 15000);
        panel->player()->setPosition(i == 0 ? 800 : 1300);
        WaveformWidget* waveform = panel->waveform();
        const QPointF at(waveform->width() * 0.7, 30);
        QMouseEvent hover(QEvent::MouseMove, at, waveform->mapToGlobal(at), Qt::NoButton, Qt::NoButton, {});
        QCoreApplication::sendEvent(waveform, &hover);
    }
    QTest::qWait(showMs);
}

QTEST_MAIN(TestPlayer)
#include "tst_player.moc"
