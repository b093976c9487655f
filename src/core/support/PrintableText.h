#pragma once

#include <QByteArray>
#include <QString>

// Text that someone else controls (a server's Message, Code or RequestId, an HTML body, a request line
// in a log) made safe to print on a terminal or in a log: control characters (C0, DEL, C1), the line
// and paragraph separators and the bidirectional overrides are written as escapes, so that a string
// can neither clear the screen, set the window title, move the cursor, reorder what is shown nor
// forge a line. The escapes are JSON's ("\n", "\r", "\t", "\u001b"), so JSON stays valid JSON and
// keeps its value.
namespace PrintableText {

// Every such character escaped, newlines and tabs too: for one field on one line.
QString escape(const QString& text);
// The same, but '\n' and '\t' kept: for whole messages and documents the program itself lays out.
QString escapeKeepingLines(const QString& text);
// Bytes of unknown encoding (a raw request line): UTF-8 as text; otherwise printable ASCII as it is and every
// other byte as "\xHH" (not JSON).
QString escapeBytes(const QByteArray& bytes);
// Whether c is one of the characters escaped (apart from '\n' and '\t').
bool isUnsafe(char32_t c);

} // namespace PrintableText
