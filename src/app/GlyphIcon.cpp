#include "app/GlyphIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QWidget>

QIcon GlyphIcon::make(Shape shape, const QWidget* widget)
{
    QIcon icon;
    const qreal dpr = widget ? widget->devicePixelRatioF() : 1.0;
    for (const QIcon::Mode mode : { QIcon::Normal, QIcon::Disabled }) {
        const QColor color = widget
            ? widget->palette().color(
                mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText)
            : QColor(Qt::black);
        for (const int size : { 16, 22, 24, 32 }) {
            QPixmap pm(QSize(size, size) * dpr);
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            const qreal m = size * 0.2;
            if (shape == Shape::Play) {
                QPainterPath path;
                path.moveTo(m * 1.2, m);
                path.lineTo(size - m, size / 2.0);
                path.lineTo(m * 1.2, size - m);
                path.closeSubpath();
                p.drawPath(path);
            } else if (shape == Shape::AutoPlay) {
                // Three rows of a list on the left, a play mark beside the middle one.
                const qreal h = size / 10.0;
                for (int row = 0; row < 3; ++row)
                    p.drawRect(QRectF(size * 0.1, size * (0.22 + 0.25 * row), size * 0.42, h));
                QPainterPath path;
                path.moveTo(size * 0.6, size * 0.3);
                path.lineTo(size * 0.92, size * 0.5);
                path.lineTo(size * 0.6, size * 0.7);
                path.closeSubpath();
                p.drawPath(path);
            } else {
                const qreal w = (size - 2 * m) / 3.0;
                p.drawRect(QRectF(m, m, w, size - 2 * m));
                p.drawRect(QRectF(size - m - w, m, w, size - 2 * m));
            }
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}
