#include "emulator/http/HttpRange.h"

#include <QStringBuilder>
#include <algorithm>

QByteArray HttpRange::contentRange(qint64 size) const
{
    if (kind != Kind::Satisfiable)
        return QByteArrayLiteral("bytes */") + QByteArray::number(size);
    return QByteArrayLiteral("bytes ") + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
        + QByteArray::number(size);
}

HttpRange HttpRange::parse(const QByteArray& header, qint64 size)
{
    HttpRange r;
    const QByteArray h = header.trimmed();
    if (!h.startsWith("bytes="))
        return r;
    const QByteArray spec = h.mid(6).trimmed();
    if (spec.isEmpty() || spec.contains(','))
        return r;
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return r;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    bool okA = false, okB = false;
    if (a.isEmpty()) { // suffix: the last n bytes
        const qint64 n = b.toLongLong(&okB);
        if (!okB || n < 0 || b.startsWith('-') || b.startsWith('+'))
            return r;
        if (n == 0 || size == 0) {
            r.kind = Kind::Unsatisfiable;
            return r;
        }
        r.kind = Kind::Satisfiable;
        r.first = std::max<qint64>(0, size - n);
        r.last = size - 1;
        return r;
    }
    const qint64 first = a.toLongLong(&okA);
    if (!okA || first < 0 || a.startsWith('+'))
        return r;
    qint64 last = size - 1;
    if (!b.isEmpty()) {
        last = b.toLongLong(&okB);
        if (!okB || last < 0 || b.startsWith('+'))
            return r;
        if (last < first)
            return r; // syntactically invalid: ignored
    }
    if (first >= size) {
        r.kind = Kind::Unsatisfiable;
        return r;
    }
    r.kind = Kind::Satisfiable;
    r.first = first;
    r.last = std::min(last, size - 1);
    return r;
}
