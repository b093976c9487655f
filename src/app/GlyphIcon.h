#pragma once

#include <QIcon>

class QWidget;

// Play and pause glyphs drawn in the widget's own text colour, so they read on light and dark
// palettes alike (some styles' media icons are dark glyphs that vanish on a dark palette).
class GlyphIcon
{
public:
    enum class Shape
    {
        Play,
        Pause,
        AutoPlay, // a list with a play mark: auto-play on select
    };
    static QIcon make(Shape shape, const QWidget* widget);
};
