#pragma once

#include <QByteArray>

// One byte range of an HTTP Range header (RFC 7233), resolved against the size of the resource.
// Forms: "bytes=a-b", "bytes=a-", "bytes=-n". Anything the emulator does not parse (several ranges,
// another unit, bad syntax) is ignored, as the RFC allows: the whole file is sent.
struct HttpRange
{
    enum class Kind
    {
        None,
        Satisfiable,
        Unsatisfiable
    };

    Kind kind = Kind::None;
    qint64 first = 0;
    qint64 last = -1; // inclusive

    qint64 length() const { return last - first + 1; }
    QByteArray contentRange(qint64 size) const; // "bytes 0-99/1000" or "bytes */1000"

    static HttpRange parse(const QByteArray& header, qint64 size);
};
