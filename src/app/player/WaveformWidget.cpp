#include "app/player/WaveformWidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QVector>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int kVerticalMargin = 6; // logical pixels between the frame and the loudest peak
constexpr qint64 kKeyboardStepMs = 5000;

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

WaveformWidget::WaveformWidget(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Waveform"));
    setAccessibleDescription(
        tr("Waveform of the selected audio. Click or drag to seek; the Left and Right arrow keys skip "
           "five seconds."));
}

void WaveformWidget::setPeaks(const WaveformPeaks& peaks)
{
    m_peaks = peaks;
    // Quiet files are scaled up for display, but noise is never blown up to full height.
    m_displayScale = 1.0f / std::max(0.1f, m_peaks.peakAmplitude());
    if (m_durationMs <= 0)
        m_durationMs = m_peaks.durationMs;
    update();
}

void WaveformWidget::setDurationMs(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    if (ms == m_durationMs)
        return;
    m_durationMs = ms;
    update();
}

void WaveformWidget::setPositionMs(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    if (ms == m_positionMs)
        return;
    m_positionMs = ms;
    update();
}

void WaveformWidget::clear()
{
    m_peaks = {};
    m_displayScale = 1.0f;
    m_durationMs = 0;
    m_positionMs = 0;
    m_dragging = false;
    m_placeholder.clear();
    update();
}

QString WaveformWidget::defaultPlaceholderText()
{
    return tr("Select a finished task to see its waveform");
}

void WaveformWidget::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

QString WaveformWidget::placeholderText() const
{
    return m_placeholder.isEmpty() ? defaultPlaceholderText() : m_placeholder;
}

QString WaveformWidget::formatTime(qint64 ms)
{
    const qint64 totalSeconds = std::max<qint64>(0, ms) / 1000;
    const int hours = int(totalSeconds / 3600);
    const int minutes = int((totalSeconds / 60) % 60);
    const int seconds = int(totalSeconds % 60);
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, '0'_L1).arg(seconds, 2, 10, '0'_L1);
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, '0'_L1);
}

QSize WaveformWidget::sizeHint() const
{
    return { 480, 96 };
}

QSize WaveformWidget::minimumSizeHint() const
{
    return { 120, 48 };
}

QRect WaveformWidget::waveRect() const
{
    return rect().adjusted(1, 1, -1, -1);
}

qint64 WaveformWidget::msAtX(qreal x) const
{
    const QRect area = waveRect();
    if (m_durationMs <= 0 || area.width() <= 0)
        return 0;
    const qreal fraction = std::clamp((x - area.left()) / qreal(area.width()), 0.0, 1.0);
    return qint64(std::llround(fraction * qreal(m_durationMs)));
}

void WaveformWidget::requestSeek(qint64 ms)
{
    if (m_durationMs <= 0)
        return;
    ms = std::clamp<qint64>(ms, 0, m_durationMs);
    setPositionMs(ms); // follow the mouse at once; the player confirms with its own position later
    emit seekRequested(ms);
}

void WaveformWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor played = pal.color(QPalette::Highlight);
    const QColor unplayed = mix(base, text, 0.45);
    // A focus frame only for keyboard focus, as styles do; a click on the waveform just seeks.
    const bool keyboardFocus = hasFocus() && window()->testAttribute(Qt::WA_KeyboardFocusChange);
    const QColor border = keyboardFocus ? played : mix(base, text, 0.25);

    // Everything geometric is drawn in device pixels with integer rectangles and no antialiasing,
    // so bars and lines are exactly one (or dpr) physical pixels wide at any scale factor.
    const qreal dpr = devicePixelRatioF();
    const int lineWidth = std::max(1, int(std::lround(dpr)));
    const QRect device(0, 0, int(std::lround(width() * dpr)), int(std::lround(height() * dpr)));
    painter.save();
    painter.scale(1.0 / dpr, 1.0 / dpr);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(device, base);
    painter.fillRect(QRect(device.left(), device.top(), device.width(), lineWidth), border);
    painter.fillRect(
        QRect(device.left(), device.bottom() - lineWidth + 1, device.width(), lineWidth), border);
    painter.fillRect(QRect(device.left(), device.top(), lineWidth, device.height()), border);
    painter.fillRect(QRect(device.right() - lineWidth + 1, device.top(), lineWidth, device.height()), border);

    const QRect area = device.adjusted(lineWidth, lineWidth + int(kVerticalMargin * dpr), -lineWidth,
        -lineWidth - int(kVerticalMargin * dpr));
    const int columns = area.width();
    const int mid = area.top() + area.height() / 2;
    const qreal half = area.height() / 2.0;
    const int playedColumns = m_durationMs > 0 && columns > 0
        ? int(std::clamp<qint64>(m_positionMs * columns / m_durationMs, 0, columns))
        : 0;

    if (!m_peaks.isEmpty() && columns > 0 && area.height() > 0) {
        QVector<QRect> playedBars;
        QVector<QRect> restBars;
        playedBars.reserve(playedColumns);
        restBars.reserve(columns - playedColumns);
        const qsizetype n = m_peaks.bins.size();
        for (int c = 0; c < columns; ++c) {
            const qsizetype begin = qsizetype(c) * n / columns;
            const qsizetype end = std::max(begin + 1, qsizetype(c + 1) * n / columns);
            float lo = m_peaks.bins.at(begin).min;
            float hi = m_peaks.bins.at(begin).max;
            for (qsizetype i = begin + 1; i < end; ++i) {
                lo = std::min(lo, m_peaks.bins.at(i).min);
                hi = std::max(hi, m_peaks.bins.at(i).max);
            }
            lo = std::clamp(lo * m_displayScale, -1.0f, 1.0f);
            hi = std::clamp(hi * m_displayScale, -1.0f, 1.0f);
            const int top = mid - int(std::lround(hi * half));
            const int bottom = mid - int(std::lround(lo * half));
            const QRect bar(
                area.left() + c, std::min(top, mid), 1, std::max(1, bottom - std::min(top, mid) + 1));
            (c < playedColumns ? playedBars : restBars).append(bar);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(played);
        painter.drawRects(playedBars);
        painter.setBrush(unplayed);
        painter.drawRects(restBars);
    } else if (m_durationMs > 0 && columns > 0) {
        // No peaks (streaming, or still decoding): a progress line along the middle.
        painter.fillRect(QRect(area.left(), mid - lineWidth / 2, columns, lineWidth), unplayed);
        painter.fillRect(QRect(area.left(), mid - lineWidth, playedColumns, 2 * lineWidth), played);
    }

    if (m_durationMs > 0 && columns > 0) {
        const int x = std::min(area.left() + playedColumns, area.right() - lineWidth + 1);
        painter.fillRect(
            QRect(x, device.top() + lineWidth, lineWidth, device.height() - 2 * lineWidth), text);
    }
    if (m_hoverMs >= 0 && m_durationMs > 0) {
        QColor hoverColor = text;
        hoverColor.setAlphaF(0.45f);
        const int x = std::clamp(int(std::lround(m_hoverX * dpr)), area.left(), area.right());
        painter.fillRect(
            QRect(x, device.top() + lineWidth, lineWidth, device.height() - 2 * lineWidth), hoverColor);
    }
    painter.restore();

    // Text in logical coordinates, so it uses the normal (hinted, HiDPI) text rendering.
    if (m_peaks.isEmpty()) {
        const QString hint = placeholderText();
        const QRect textArea = rect().adjusted(8, 4, -8, -4);
        QRect bounds = fontMetrics().boundingRect(textArea, Qt::AlignCenter | Qt::TextWordWrap, hint);
        if (m_durationMs > 0)
            painter.fillRect(bounds.adjusted(-6, -1, 6, 1), base); // keep it readable over the line
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(textArea, Qt::AlignCenter | Qt::TextWordWrap, hint);
    }
    if (m_hoverMs >= 0 && m_durationMs > 0) {
        QFont small = font();
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.9);
        painter.setFont(small);
        const QFontMetrics fm(small);
        // Short clips get tenths of a second, which is what one aims for in a two-second effect.
        const QString label = m_durationMs < 60000
            ? formatTime(m_hoverMs) % u'.' % QString::number((m_hoverMs % 1000) / 100)
            : formatTime(m_hoverMs);
        const QSize box(fm.horizontalAdvance(label) + 8, fm.height() + 2);
        int left = int(m_hoverX) + 4;
        if (left + box.width() > width() - 2)
            left = int(m_hoverX) - 4 - box.width();
        const QRect labelRect(QPoint(std::max(2, left), 3), box);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::ToolTipBase));
        painter.drawRoundedRect(labelRect, 3, 3);
        painter.setPen(pal.color(QPalette::ToolTipText));
        painter.drawText(labelRect, Qt::AlignCenter, label);
    }
}

void WaveformWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_durationMs <= 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    requestSeek(msAtX(event->position().x()));
    event->accept();
}

void WaveformWidget::mouseMoveEvent(QMouseEvent* event)
{
    const qreal x = event->position().x();
    if (m_durationMs > 0) {
        m_hoverX = std::clamp<qreal>(x, 0, width() - 1);
        m_hoverMs = msAtX(x);
        update();
    }
    if (m_dragging && (event->buttons() & Qt::LeftButton))
        requestSeek(msAtX(x));
    event->accept();
}

void WaveformWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    event->accept();
}

void WaveformWidget::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        requestSeek(m_positionMs - kKeyboardStepMs);
        break;
    case Qt::Key_Right:
        requestSeek(m_positionMs + kKeyboardStepMs);
        break;
    case Qt::Key_Home:
        requestSeek(0);
        break;
    case Qt::Key_End:
        requestSeek(m_durationMs);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void WaveformWidget::leaveEvent(QEvent* event)
{
    m_hoverMs = -1;
    m_hoverX = -1;
    update();
    QWidget::leaveEvent(event);
}

void WaveformWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::EnabledChange)
        update();
    QWidget::changeEvent(event);
}
