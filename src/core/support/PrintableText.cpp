#include "core/support/PrintableText.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace PrintableText {

bool isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1 (0x9b is a CSI on some terminals)
        || c == 0x2028 || c == 0x2029 // line and paragraph separators
        || c == 0x061c || c == 0x200e || c == 0x200f // bidirectional marks
        || (c >= 0x202a && c <= 0x202e) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069); // isolates
}

namespace {

    QString escaped(const QString& text, bool keepLines)
    {
        QString out;
        out.reserve(text.size());
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (keepLines && (u == u'\n' || u == u'\t')) {
                out.append(c);
            } else if (!isUnsafe(u)) {
                out.append(c);
            } else if (u == u'\n') {
                out.append(u"\\n"_s);
            } else if (u == u'\r') {
                out.append(u"\\r"_s);
            } else if (u == u'\t') {
                out.append(u"\\t"_s);
            } else {
                out.append(u"\\u%1"_s.arg(static_cast<uint>(u), 4, 16, QLatin1Char('0')));
            }
        }
        return out;
    }

} // namespace

QString escape(const QString& text)
{
    return escaped(text, false);
}

QString escapeKeepingLines(const QString& text)
{
    return escaped(text, true);
}

QString escapeBytes(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (!decoder.hasError())
        return escape(text);
    // Not UTF-8: printable ASCII as it is, every other byte as \xHH.
    QString out;
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        if (u >= 0x20 && u < 0x7f)
            out.append(QLatin1Char(b));
        else
            out.append(u"\\x%1"_s.arg(u, 2, 16, QLatin1Char('0')));
    }
    return out;
}

} // namespace PrintableText
