#include "app/player/PlayerPanel.h"

#include "app/GlyphIcon.h"
#include "app/player/WaveformLoader.h"
#include "app/player/WaveformPeaks.h"
#include "app/player/WaveformWidget.h"
#include "ui_PlayerPanel.h"

#include <QAction>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStyle>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kVolumeKey = u"player/volume"_s;
const QString kOutputDeviceKey = u"player/outputDevice"_s;

QString defaultCacheDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(u"waveforms"_s);
}
} // namespace

PlayerPanel::PlayerPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlayerPanel>())
    , m_player(new QMediaPlayer(this))
    , m_audioOutput(new QAudioOutput(this))
    , m_mediaDevices(new QMediaDevices(this))
    , m_loader(new WaveformLoader(defaultCacheDirectory(), this))
{
    m_ui->setupUi(this);
    m_player->setAudioOutput(m_audioOutput);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->loopButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    m_playPauseAction = new QAction(this);
    m_playPauseAction->setObjectName(u"playPauseAction"_s);
    m_playPauseAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_playPauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_playPauseAction);
    connect(m_playPauseAction, &QAction::triggered, this, [this] { togglePlayPause(); });
    connect(m_ui->playButton, &QToolButton::clicked, this, [this] { togglePlayPause(); });

    // Position: the slider follows the player unless the user holds it; releasing (or clicking the
    // groove, or the keyboard) seeks.
    connect(m_ui->positionSlider, &QSlider::valueChanged, this, [this](int value) {
        if (m_ui->positionSlider->isSliderDown())
            updateTimeLabel(value);
        else
            seek(value);
    });
    connect(m_ui->positionSlider, &QSlider::sliderReleased, this,
        [this] { seek(m_ui->positionSlider->value()); });
    connect(m_ui->waveform, &WaveformWidget::seekRequested, this, &PlayerPanel::seek);

    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PlayerPanel::updatePlayButton);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlayerPanel::updatePosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PlayerPanel::updateDuration);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlayerPanel::onMediaStatusChanged);
    connect(
        m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& message) {
            const QString text = message.isEmpty() ? tr("The audio cannot be played.") : message;
            showStatus(text);
            emit errorOccurred(text);
        });

    connect(m_ui->loopButton, &QToolButton::toggled, this,
        [this](bool on) { m_player->setLoops(on ? QMediaPlayer::Infinite : QMediaPlayer::Once); });

    QSettings settings;
    const int volume = std::clamp(settings.value(kVolumeKey, kDefaultVolume).toInt(), 0, 100);
    m_ui->volumeSlider->setValue(volume);
    setVolume(volume);
    connect(m_ui->volumeSlider, &QSlider::valueChanged, this, [this](int value) {
        setVolume(value);
        QSettings().setValue(kVolumeKey, value);
    });
    connect(m_ui->muteButton, &QToolButton::toggled, this, [this](bool muted) {
        m_audioOutput->setMuted(muted);
        updateMuteButton();
    });

    connect(m_mediaDevices, &QMediaDevices::audioOutputsChanged, this, &PlayerPanel::refreshOutputDevices);
    connect(m_ui->outputDeviceCombo, &QComboBox::activated, this, [this] {
        QSettings().setValue(kOutputDeviceKey, m_ui->outputDeviceCombo->currentData().toByteArray());
        applyOutputDevice();
    });
    refreshOutputDevices();

    connect(m_loader, &WaveformLoader::ready, this, &PlayerPanel::onWaveformReady);
    connect(m_loader, &WaveformLoader::failed, this, &PlayerPanel::onWaveformFailed);

    retranslate();
    clear();
}

PlayerPanel::~PlayerPanel() = default;

WaveformWidget* PlayerPanel::waveform() const
{
    return m_ui->waveform;
}

void PlayerPanel::setWaveformCacheDirectory(const QString& directory)
{
    m_loader->setCacheDirectory(directory);
}

QString PlayerPanel::waveformCacheDirectory() const
{
    return m_loader->cacheDirectory();
}

void PlayerPanel::setSource(const QUrl& url, const QString& title, const QString& localPathForWaveform)
{
    m_player->stop();
    m_ui->statusLabel->hide();
    m_ui->waveform->clear();
    m_durationMs = 0;
    m_waveformPath = localPathForWaveform;

    const QUrl source = localPathForWaveform.isEmpty()
        ? url
        : QUrl::fromLocalFile(QFileInfo(localPathForWaveform).absoluteFilePath());
    m_title = title.isEmpty() ? source.fileName() : title;
    updateTitle();
    m_player->setSource(source);

    if (!localPathForWaveform.isEmpty()) {
        m_waveformState = tr("Drawing the waveform…");
        m_loader->load(localPathForWaveform);
    } else {
        m_loader->cancel();
        m_waveformState = source.isEmpty()
            ? QString()
            : tr("Streaming: the waveform appears once the file is downloaded");
    }
    m_ui->waveform->setPlaceholderText(m_waveformState);
    updateDuration(0);
    updatePosition(0);
    setControlsEnabled(!source.isEmpty());
}

void PlayerPanel::clear()
{
    m_player->stop();
    m_player->setSource(QUrl());
    m_loader->cancel();
    m_waveformPath.clear();
    m_waveformState.clear();
    m_title.clear();
    m_durationMs = 0;
    m_ui->waveform->clear();
    m_ui->statusLabel->hide();
    updateTitle();
    updateDuration(0);
    updatePosition(0);
    setControlsEnabled(false);
}

bool PlayerPanel::togglePlayPause()
{
    if (m_player->source().isEmpty())
        return false;
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return false;
    }
    m_ui->statusLabel->hide();
    m_player->play();
    return true;
}

void PlayerPanel::seek(qint64 ms)
{
    if (m_player->source().isEmpty())
        return;
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(0, m_durationMs));
    m_player->setPosition(ms);
    m_ui->waveform->setPositionMs(ms);
    updateTimeLabel(ms);
}

void PlayerPanel::updatePosition(qint64 ms)
{
    if (!m_ui->positionSlider->isSliderDown()) {
        const QSignalBlocker blocker(m_ui->positionSlider);
        m_ui->positionSlider->setValue(int(std::min<qint64>(ms, INT_MAX)));
        updateTimeLabel(ms);
    }
    m_ui->waveform->setPositionMs(ms);
}

void PlayerPanel::updateDuration(qint64 ms)
{
    if (ms <= 0 && m_ui->waveform->hasPeaks())
        ms = m_ui->waveform->peaks().durationMs;
    m_durationMs = std::max<qint64>(0, ms);
    {
        const QSignalBlocker blocker(m_ui->positionSlider);
        m_ui->positionSlider->setRange(0, int(std::min<qint64>(m_durationMs, INT_MAX)));
    }
    if (m_durationMs > 0)
        m_ui->waveform->setDurationMs(m_durationMs);

    // Reserve room for the widest time of this length, so the slider does not jitter while playing.
    QString widest
        = WaveformWidget::formatTime(m_durationMs) % u" / "_s % WaveformWidget::formatTime(m_durationMs);
    for (QChar& c : widest) {
        if (c.isDigit())
            c = u'0';
    }
    m_ui->timeLabel->setMinimumWidth(m_ui->timeLabel->fontMetrics().horizontalAdvance(widest) + 2);
    updateTimeLabel(m_player->position());
}

void PlayerPanel::updateTimeLabel(qint64 positionMs)
{
    //: Elapsed / total playback time, e.g. "0:03 / 0:06"
    m_ui->timeLabel->setText(
        tr("%1 / %2").arg(WaveformWidget::formatTime(positionMs), WaveformWidget::formatTime(m_durationMs)));
}

void PlayerPanel::updateTitle()
{
    const QString full = m_title.isEmpty() ? tr("No audio selected") : m_title;
    const int available = std::max(40, m_ui->titleLabel->width());
    m_ui->titleLabel->setText(m_ui->titleLabel->fontMetrics().elidedText(full, Qt::ElideMiddle, available));
    m_ui->titleLabel->setToolTip(m_title);
}

void PlayerPanel::updatePlayButton()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_ui->playButton->setIcon(
        GlyphIcon::make(playing ? GlyphIcon::Shape::Pause : GlyphIcon::Shape::Play, this));
    m_ui->playButton->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_ui->playButton->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void PlayerPanel::updateMuteButton()
{
    const bool muted = m_audioOutput->isMuted();
    m_ui->muteButton->setIcon(
        style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_ui->muteButton->setToolTip(muted ? tr("Unmute") : tr("Mute"));
}

void PlayerPanel::setVolume(int percent)
{
    const float linear = QAudio::convertVolume(
        float(percent) / 100.0f, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
    m_audioOutput->setVolume(linear);
    //: Tooltip of the volume slider; %1 is 0..100
    m_ui->volumeSlider->setToolTip(tr("Volume: %1%").arg(percent));
}

void PlayerPanel::setControlsEnabled(bool enabled)
{
    m_ui->playButton->setEnabled(enabled);
    m_ui->positionSlider->setEnabled(enabled);
    m_playPauseAction->setEnabled(enabled);
}

void PlayerPanel::showStatus(const QString& message)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setVisible(!message.isEmpty());
}

void PlayerPanel::refreshOutputDevices()
{
    QComboBox* combo = m_ui->outputDeviceCombo;
    const QSignalBlocker blocker(combo);
    const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
    combo->clear();
    if (outputs.isEmpty()) {
        // Playback still runs (the backend decides where the sound goes, possibly nowhere).
        combo->addItem(tr("No audio output device found"));
        combo->setEnabled(false);
        combo->setToolTip(tr("No audio output device was found. Connect one; the list updates by itself."));
        return;
    }
    combo->setEnabled(true);
    combo->setToolTip(tr("Audio output device"));
    combo->addItem(tr("System default"), QByteArray());
    for (const QAudioDevice& device : outputs)
        combo->addItem(device.description(), device.id());
    const QByteArray wanted = QSettings().value(kOutputDeviceKey).toByteArray();
    const int index = wanted.isEmpty() ? 0 : combo->findData(wanted);
    combo->setCurrentIndex(std::max(0, index));
    applyOutputDevice();
}

void PlayerPanel::applyOutputDevice()
{
    const QByteArray id = m_ui->outputDeviceCombo->currentData().toByteArray();
    QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (!id.isEmpty()) {
        const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
        const auto it = std::find_if(outputs.cbegin(), outputs.cend(),
            [&id](const QAudioDevice& candidate) { return candidate.id() == id; });
        if (it != outputs.cend())
            device = *it;
    }
    if (!device.isNull() && device != m_audioOutput->device())
        m_audioOutput->setDevice(device);
}

void PlayerPanel::onMediaStatusChanged()
{
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (status == QMediaPlayer::EndOfMedia) {
        updatePosition(m_durationMs);
        // Backends without native looping end the media; restart it by hand.
        if (m_ui->loopButton->isChecked()) {
            m_player->setPosition(0);
            m_player->play();
        }
    } else if (status == QMediaPlayer::InvalidMedia && m_ui->statusLabel->isHidden()) {
        showStatus(tr("This audio cannot be played."));
    }
}

void PlayerPanel::onWaveformReady(const QString& path, const WaveformPeaks& peaks)
{
    if (path != m_waveformPath)
        return;
    m_ui->waveform->setPeaks(peaks);
    if (m_durationMs <= 0)
        updateDuration(peaks.durationMs);
}

void PlayerPanel::onWaveformFailed(const QString& path, const QString& reason)
{
    if (path != m_waveformPath)
        return;
    m_waveformState = tr("No waveform: %1").arg(reason);
    m_ui->waveform->setPlaceholderText(m_waveformState);
}

void PlayerPanel::retranslate()
{
    m_playPauseAction->setText(tr("Play/Pause"));
    m_playPauseAction->setToolTip(tr("Play or pause the selected audio"));
    updatePlayButton();
    updateMuteButton();
    updateTitle();
    updateTimeLabel(m_player->position());
    setVolume(m_ui->volumeSlider->value());
}

void PlayerPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refreshOutputDevices();
    } else if (event->type() == QEvent::StyleChange) {
        m_ui->loopButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
        updatePlayButton();
        updateMuteButton();
    }
    QWidget::changeEvent(event);
}

void PlayerPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateTitle();
}
