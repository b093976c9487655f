#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>
#include <memory>

class QAction;
class QAudioOutput;
class QMediaDevices;
class QMediaPlayer;
class WaveformLoader;
class WaveformWidget;
struct WaveformPeaks;

namespace Ui {
class PlayerPanel;
}

// The player: title, waveform, play/pause, position slider with "0:03 / 0:06", loop, volume
// (remembered in QSettings "player/volume"), mute and the output device. Plays a local file when it
// is given (and draws its waveform, cached on disk), otherwise streams the URL; the caller decides.
// Space toggles playback while the panel or one of its children has focus (playPauseAction()).
class PlayerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerPanel(QWidget* parent = nullptr);
    ~PlayerPanel() override;

    // localPathForWaveform: the downloaded file, played and drawn; empty to stream `url` (no waveform).
    void setSource(const QUrl& url, const QString& title, const QString& localPathForWaveform);
    // Stops and returns to the empty state.
    void clear();
    // Plays when paused or stopped, pauses when playing. Returns true when playback was started.
    bool togglePlayPause();

    QMediaPlayer* player() const { return m_player; }
    QAudioOutput* audioOutput() const { return m_audioOutput; }
    WaveformWidget* waveform() const;
    WaveformLoader* waveformLoader() const { return m_loader; }
    // "Play/Pause", shortcut Space, Qt::WidgetWithChildrenShortcut; add it to a menu as well.
    QAction* playPauseAction() const { return m_playPauseAction; }

    // Where waveform peaks are cached (default: <CacheLocation>/waveforms).
    void setWaveformCacheDirectory(const QString& directory);
    QString waveformCacheDirectory() const;

    static constexpr int kDefaultVolume = 80;

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updatePlayButton();
    void updatePosition(qint64 ms);
    void updateDuration(qint64 ms);
    void updateTimeLabel(qint64 positionMs);
    void updateTitle();
    void updateMuteButton();
    void seek(qint64 ms);
    void setVolume(int percent);
    void setControlsEnabled(bool enabled);
    void showStatus(const QString& message);
    void refreshOutputDevices();
    void applyOutputDevice();
    void onMediaStatusChanged();
    void onWaveformReady(const QString& path, const WaveformPeaks& peaks);
    void onWaveformFailed(const QString& path, const QString& reason);
    void retranslate();

    std::unique_ptr<Ui::PlayerPanel> m_ui;
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_audioOutput = nullptr;
    QMediaDevices* m_mediaDevices = nullptr;
    WaveformLoader* m_loader = nullptr;
    QAction* m_playPauseAction = nullptr;
    QString m_title;
    QString m_waveformPath;
    QString m_waveformState; // placeholder text set for the current source (translated)
    qint64 m_durationMs = 0;
};
