#pragma once

#include "app/player/WaveformPeaks.h"

#include <QString>
#include <QWidget>

// Draws a waveform from WaveformPeaks: the part already played in the palette's Highlight colour,
// the rest in a colour halfway between Text and Base (readable on light and dark palettes), a
// play-position line, and the time under the mouse while hovering. Clicking or dragging asks for a
// seek through seekRequested(); the widget never talks to a player itself.
// Without peaks it shows a short hint; with a duration but no peaks (streaming) a flat line that
// still shows progress and seeks. Painting is done in device pixels, so lines stay sharp on HiDPI.
class WaveformWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WaveformWidget(QWidget* parent = nullptr);

    void setPeaks(const WaveformPeaks& peaks);
    const WaveformPeaks& peaks() const { return m_peaks; }
    bool hasPeaks() const { return !m_peaks.isEmpty(); }
    // The authoritative duration (e.g. the player's); defaults to the peaks' duration.
    void setDurationMs(qint64 ms);
    qint64 durationMs() const { return m_durationMs; }
    void setPositionMs(qint64 ms);
    qint64 positionMs() const { return m_positionMs; }
    // Back to the empty state: no peaks, no duration, default hint.
    void clear();

    // The text shown when there are no peaks; empty restores the default hint.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const;
    static QString defaultPlaceholderText();

    // Hover state, for tests: -1 when the mouse is not over the widget.
    qint64 hoverPositionMs() const { return m_hoverMs; }
    // "m:ss", or "h:mm:ss" from an hour on.
    static QString formatTime(qint64 ms);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRect waveRect() const;
    qint64 msAtX(qreal x) const;
    void requestSeek(qint64 ms);

    WaveformPeaks m_peaks;
    float m_displayScale = 1.0f;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    qint64 m_hoverMs = -1;
    qreal m_hoverX = -1;
    bool m_dragging = false;
    QString m_placeholder;
};
