#include "emulator/http/HttpRequestParser.h"

#include <QDir>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QByteArray knownMethod(const QByteArray& m)
{
    static const QList<QByteArray> known { "GET", "PUT", "DELETE", "POST", "HEAD", "OPTIONS", "PATCH",
        "CONNECT", "TRACE" };
    return known.contains(m) ? m : QByteArray("UNKNOWN");
}

bool isToken(const QByteArray& s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

// A file beside the uploads, removed when the last copy of the request lets go of it (unless it was
// moved into place meanwhile).
std::shared_ptr<const QString> spillPath(const QString& dir)
{
    const QString path = QDir(dir).filePath(
        u"incoming-"_s + QString::number(QRandomGenerator::global()->generate64(), 36) + u".body"_s);
    return std::shared_ptr<const QString>(new QString(path), [](const QString* p) {
        QFile::remove(*p);
        delete p;
    });
}

} // namespace

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits())
{
}

HttpRequestParser::HttpRequestParser(const Limits& limits)
    : m_limits(limits)
{
}

HttpRequestParser::~HttpRequestParser() = default;

HttpRequestParser::State HttpRequestParser::fail(int status, const QString& text)
{
    m_errorStatus = status;
    m_errorText = text;
    m_spill.reset();
    m_request = {};
    m_state = State::Failed;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray& buffer)
{
    if (m_state == State::Idle && !buffer.isEmpty()) {
        // Empty lines between requests are allowed (RFC 9112 §2.2).
        qsizetype skip = 0;
        while (skip < buffer.size() && (buffer.at(skip) == '\r' || buffer.at(skip) == '\n'))
            ++skip;
        buffer.remove(0, skip);
        if (!buffer.isEmpty())
            m_state = State::Head;
    }
    if (m_state == State::Head)
        parseHead(buffer);
    if (m_state == State::Body)
        readBody(buffer);
    return m_state;
}

IncomingRequest HttpRequestParser::take()
{
    IncomingRequest r = std::move(m_request);
    m_request = {};
    m_state = State::Idle;
    return r;
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArray& buffer)
{
    qsizetype end = buffer.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (const qsizetype bare = buffer.indexOf("\n\n"); bare >= 0 && (end < 0 || bare < end)) {
        end = bare;
        skip = 2;
    }
    if (end < 0) {
        if (buffer.size() > m_limits.maxHeadBytes)
            return fail(431, tr("the request head is longer than %1 bytes").arg(m_limits.maxHeadBytes));
        return m_state;
    }
    if (end + skip > m_limits.maxHeadBytes)
        return fail(431, tr("the request head is longer than %1 bytes").arg(m_limits.maxHeadBytes));
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.remove(0, end + skip);

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()
        || !requestLine.at(2).startsWith("HTTP/1."))
        return fail(400, tr("the request line is not \"METHOD TARGET HTTP/1.x\""));
    m_request = {};
    m_request.method = knownMethod(requestLine.at(0));
    const QUrl url = QUrl::fromEncoded(requestLine.at(1));
    if (!url.isValid())
        return fail(400, tr("the request target is not a valid URL"));
    m_request.path = url.path().isEmpty() ? u"/"_s : url.path();
    m_request.query = QUrlQuery(url);
    if (lines.size() - 1 > m_limits.maxHeaders)
        return fail(431, tr("more than %1 header fields").arg(m_limits.maxHeaders));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0 || !isToken(line.left(colon)))
            return fail(400, tr("a header line is malformed"));
        m_request.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
    }

    // The body's framing: chunked, or one Content-Length, never both.
    const QByteArray te = m_request.header("Transfer-Encoding").trimmed().toLower();
    QList<QByteArray> lengths;
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths.append(value.trimmed());
    }
    m_chunked = !te.isNull() && !te.isEmpty();
    if (m_chunked && (te != "chunked" || !lengths.isEmpty()))
        return fail(400, tr("Transfer-Encoding must be chunked alone, without Content-Length"));
    m_length = 0;
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        const QByteArray& text = lengths.at(i);
        bool ok = !text.isEmpty() && text.size() <= 18;
        for (const char c : text)
            ok = ok && c >= '0' && c <= '9';
        const qint64 n = ok ? text.toLongLong() : -1;
        if (n < 0 || (i > 0 && n != m_length))
            return fail(400, tr("Content-Length is not one number"));
        m_length = n;
    }
    m_limit = m_request.method == "PUT" ? m_limits.maxUploadBytes : m_limits.maxBodyBytes;
    if (m_length > m_limit)
        return fail(413, tr("the body of %1 bytes is over the limit of %2").arg(m_length).arg(m_limit));
    m_received = 0;
    m_chunkLeft = -1;
    m_trailer = false;
    m_expectContinue = m_request.header("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
    m_md5.reset();
    m_spill.reset();
    m_state = State::Body;
    return m_state;
}

bool HttpRequestParser::append(const char* data, qint64 size)
{
    if (m_received + size > m_limit) {
        fail(413, tr("the body is over the limit of %1 bytes").arg(m_limit));
        return false;
    }
    m_md5.addData(QByteArrayView(data, size));
    const bool spill = m_request.method == "PUT" && !m_limits.spillDir.isEmpty()
        && m_received + size > m_limits.spillAboveBytes;
    if (spill && !m_spill) {
        QDir().mkpath(m_limits.spillDir);
        m_request.bodyFile = spillPath(m_limits.spillDir);
        m_spill = std::make_unique<QFile>(*m_request.bodyFile);
        if (!m_spill->open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || m_spill->write(m_request.body) != m_request.body.size()) {
            fail(500, tr("cannot store the body: %1").arg(m_spill ? m_spill->errorString() : QString()));
            return false;
        }
        m_request.body.clear();
    }
    if (m_spill) {
        if (m_spill->write(data, size) != size) {
            fail(500, tr("cannot store the body: %1").arg(m_spill->errorString()));
            return false;
        }
    } else {
        m_request.body.append(data, size);
    }
    m_received += size;
    return true;
}

HttpRequestParser::State HttpRequestParser::readBody(QByteArray& buffer)
{
    if (m_chunked)
        return readChunked(buffer);
    const qint64 take = std::min<qint64>(m_length - m_received, buffer.size());
    if (take > 0) {
        if (!append(buffer.constData(), take))
            return m_state;
        buffer.remove(0, take);
    }
    return m_received == m_length ? finishBody() : m_state;
}

HttpRequestParser::State HttpRequestParser::readChunked(QByteArray& buffer)
{
    while (m_state == State::Body) {
        if (m_trailer) {
            // Trailer fields up to an empty line; they are read and ignored.
            const qsizetype eol = buffer.indexOf('\n');
            if (eol < 0)
                return buffer.size() > m_limits.maxHeadBytes
                    ? fail(431, tr("the chunked trailer is too long"))
                    : m_state;
            const bool empty = buffer.left(eol).trimmed().isEmpty();
            buffer.remove(0, eol + 1);
            if (empty)
                return finishBody();
            continue;
        }
        if (m_chunkLeft < 0) {
            const qsizetype eol = buffer.indexOf('\n');
            if (eol < 0)
                return buffer.size() > 1024 ? fail(400, tr("a chunk size line is too long")) : m_state;
            QByteArray sizeText = buffer.left(eol).trimmed();
            buffer.remove(0, eol + 1);
            if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                sizeText.truncate(semicolon); // chunk extensions are ignored
            bool ok = !sizeText.isEmpty() && sizeText.size() <= 15;
            const qint64 size = ok ? sizeText.trimmed().toLongLong(&ok, 16) : -1;
            if (!ok || size < 0)
                return fail(400, tr("a chunk size is not a hexadecimal number"));
            if (size == 0) {
                m_trailer = true;
                continue;
            }
            if (m_received + size > m_limit)
                return fail(413, tr("the body is over the limit of %1 bytes").arg(m_limit));
            m_chunkLeft = size;
        }
        if (m_chunkLeft > 0) {
            const qint64 take = std::min<qint64>(m_chunkLeft, buffer.size());
            if (take == 0)
                return m_state;
            if (!append(buffer.constData(), take))
                return m_state;
            buffer.remove(0, take);
            m_chunkLeft -= take;
        }
        if (m_chunkLeft == 0) {
            // The CRLF after a chunk's data.
            const qsizetype eol = buffer.indexOf('\n');
            if (eol < 0)
                return buffer.size() > 2 ? fail(400, tr("a chunk does not end with CRLF")) : m_state;
            if (!buffer.left(eol).trimmed().isEmpty())
                return fail(400, tr("a chunk does not end with CRLF"));
            buffer.remove(0, eol + 1);
            m_chunkLeft = -1;
        }
    }
    return m_state;
}

HttpRequestParser::State HttpRequestParser::finishBody()
{
    if (m_spill) {
        const bool ok = m_spill->flush();
        m_spill.reset();
        if (!ok)
            return fail(500, tr("cannot store the body"));
    }
    m_request.bodySize = m_received;
    m_request.bodyMd5 = m_md5.result();
    m_state = State::Complete;
    return m_state;
}
