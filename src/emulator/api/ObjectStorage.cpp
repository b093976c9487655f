#include "emulator/api/ObjectStorage.h"

#include "core/signing/CosSigner.h"
#include "core/support/Clock.h"
#include "emulator/storage/CompleteMultipartUploadXml.h"
#include "emulator/storage/MediaStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinPartSize = 1 << 20; // every part but the last
constexpr int kMaxParts = 10000;
constexpr const char* kXmlDeclaration = "<?xml version='1.0' encoding='utf-8' ?>\n";

QByteArray esc(const QString& text)
{
    QString s = text;
    s.replace(u'&', "&amp;"_L1).replace(u'<', "&lt;"_L1).replace(u'>', "&gt;"_L1);
    return s.toUtf8();
}

QByteArray element(const char* name, const QString& value, int indent = 1)
{
    return QByteArray(indent, '\t') + '<' + name + '>' + esc(value) + "</" + name + ">\n";
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return raw.toHex();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString stripQuotes(QString etag)
{
    etag = etag.trimmed();
    if (etag.size() >= 2 && etag.startsWith(u'"') && etag.endsWith(u'"'))
        etag = etag.mid(1, etag.size() - 2);
    return etag.toLower();
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray owner()
{
    return QByteArrayLiteral("\t<Initiator>\n\t\t<ID>qcs::cam::uin/100000000001:uin/100000000001</ID>\n")
        + "\t\t<DisplayName>100000000001</DisplayName>\n\t</Initiator>\n"
        + "\t<Owner>\n\t\t<ID>qcs::cam::uin/100000000001:uin/100000000001</ID>\n"
        + "\t\t<DisplayName>100000000001</DisplayName>\n\t</Owner>\n";
}

} // namespace

QString ObjectStorage::Route::host() const
{
    return bucket.isEmpty() ? QString() : bucket + u".cos."_s + region + u".myqcloud.com"_s;
}

ObjectStorage::ObjectStorage(Clock* clock, MediaStore* store)
    : m_clock(clock)
    , m_store(store)
{
}

const QStringList& ObjectStorage::operations()
{
    return FaultConfig::cosOperations();
}

std::optional<ObjectStorage::Route> ObjectStorage::route(const IncomingRequest& request)
{
    static const QRegularExpression cosHost(
        u"^([a-z0-9][a-z0-9-]*)\\.cos\\.([a-z0-9-]+)\\.myqcloud\\.com(:[0-9]+)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString host = QString::fromLatin1(request.header("Host")).trimmed();
    const QRegularExpressionMatch m = cosHost.match(host);
    Route r;
    const QByteArray& method = request.method;
    if (m.hasMatch()) {
        r.bucket = m.captured(1).toLower();
        r.region = m.captured(2).toLower();
    } else {
        const bool files = request.path == "/files"_L1 || request.path.startsWith("/files/"_L1);
        const bool objectPath = request.path != "/"_L1 && !files;
        const bool pathStyle
            = method == "PUT" || ((method == "POST" || method == "GET" || method == "DELETE") && objectPath);
        if (!pathStyle)
            return std::nullopt;
    }
    r.key = request.path.mid(1);
    const QUrlQuery& q = request.query;
    const bool uploadId = q.hasQueryItem(u"uploadId"_s);
    if (method == "PUT")
        r.operation = uploadId || q.hasQueryItem(u"partNumber"_s) ? u"UploadPart"_s : u"PutObject"_s;
    else if (method == "POST")
        r.operation = q.hasQueryItem(u"uploads"_s) ? u"InitiateMultipartUpload"_s
            : uploadId                             ? u"CompleteMultipartUpload"_s
                                                   : u"PostObject"_s;
    else if (method == "GET")
        r.operation = r.key.isEmpty()
            ? (q.hasQueryItem(u"uploads"_s) ? u"ListMultipartUploads"_s : u"GetBucket"_s)
            : uploadId ? u"ListParts"_s
                       : u"GetObject"_s;
    else if (method == "DELETE")
        r.operation = uploadId ? u"AbortMultipartUpload"_s : u"DeleteObject"_s;
    else if (method == "HEAD")
        r.operation = r.key.isEmpty() ? u"HeadBucket"_s : u"HeadObject"_s;
    else
        r.operation = QString::fromLatin1(method);
    return r;
}

QByteArray ObjectStorage::newRequestId()
{
    // COS's shape: base64 of "<8 hex>_<8 hex>_<4 hex>_<7 hex>".
    const QByteArray hex = randomHex(16);
    return QByteArray(hex.left(8) + '_' + hex.mid(8, 8) + '_' + hex.mid(16, 4) + '_' + hex.mid(20, 7))
        .toBase64();
}

ObjectStorage::Reply ObjectStorage::error(int status, const QString& code, const QString& message,
    const QString& resource, const QByteArray& requestId)
{
    Reply r;
    r.status = status;
    r.result = code;
    const QByteArray traceId = randomHex(32).toBase64(QByteArray::OmitTrailingEquals);
    r.body = QByteArray(kXmlDeclaration) + "<Error>\n" + element("Code", code) + element("Message", message)
        + element("Resource", resource) + element("RequestId", QString::fromLatin1(requestId))
        + element("TraceId", QString::fromLatin1(traceId)) + "</Error>";
    r.headers = { { "Content-Type", "application/xml" }, { "x-cos-request-id", requestId },
        { "x-cos-trace-id", traceId } };
    return r;
}

ObjectStorage::Reply ObjectStorage::fail(int status, const QString& code, const QString& message) const
{
    return error(status, code, message, m_resource, m_requestId);
}

ObjectStorage::Reply ObjectStorage::xml(const QByteArray& body, int status) const
{
    Reply r;
    r.status = status;
    r.result = u"OK"_s;
    r.body = QByteArray(kXmlDeclaration) + body;
    r.headers = { { "Content-Type", "application/xml" }, { "x-cos-request-id", m_requestId } };
    return r;
}

void ObjectStorage::persist()
{
    QString err;
    if (!m_store->save(&err))
        qWarning("aigc-vod-emulator: %s", qPrintable(err));
}

ObjectStorage::Reply ObjectStorage::handle(const IncomingRequest& request, const Route& route)
{
    m_route = route;
    m_requestId = newRequestId();
    m_resource
        = (route.bucket.isEmpty() ? QString::fromLatin1(request.header("Host")).trimmed() : route.host())
        + u'/' + route.key;
    Reply error;
    UploadSession* session = authenticate(request, &error);
    if (!session)
        return error;
    Reply r;
    const QString& op = route.operation;
    if (op == "ListMultipartUploads"_L1) {
        r = listUploads(request, *session);
    } else if (!isOperation(op)) {
        r = fail(403, u"AccessDenied"_s,
            tr("Access Denied. The temporary credential of ApplyUpload only allows uploading its own object "
               "(%1 is not allowed).")
                .arg(op));
    } else if (route.key != session->objectKey()) {
        r = fail(403, u"AccessDenied"_s,
            tr("Access Denied. The temporary credential only allows the key %1 (MediaStoragePath of its "
               "ApplyUpload).")
                .arg(session->objectKey()));
    } else if (session->isCommitted() && op != "ListParts"_L1 && op != "AbortMultipartUpload"_L1) {
        r = fail(403, u"AccessDenied"_s,
            tr("Access Denied. The upload session was already committed (FileId %1).").arg(session->fileId));
    } else if (op == "PutObject"_L1) {
        r = putObject(request, *session);
    } else if (op == "InitiateMultipartUpload"_L1) {
        r = initiate(*session);
    } else if (op == "UploadPart"_L1) {
        r = uploadPart(request, *session);
    } else if (op == "CompleteMultipartUpload"_L1) {
        r = complete(request, *session);
    } else if (op == "ListParts"_L1) {
        r = listParts(request, *session);
    } else {
        r = abort(request, *session);
    }
    r.secretId = session->secretId;
    return r;
}

UploadSession* ObjectStorage::authenticate(const IncomingRequest& request, Reply* error)
{
    const QString header = QString::fromLatin1(request.header("Authorization")).trimmed();
    if (header.isEmpty()) {
        *error = fail(403, u"AccessDenied"_s, tr("Access Denied. The request carries no Authorization."));
        return nullptr;
    }
    QHash<QString, QString> fields;
    for (const QString& part : header.split(u'&')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            fields.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    static const QStringList required { u"q-sign-algorithm"_s, u"q-ak"_s, u"q-sign-time"_s, u"q-key-time"_s,
        u"q-header-list"_s, u"q-url-param-list"_s, u"q-signature"_s };
    for (const QString& name : required) {
        if (!fields.contains(name)) {
            *error = fail(403, u"AccessDenied"_s,
                tr("Access Denied. The Authorization header has no %1 (expected "
                   "q-sign-algorithm=sha1&q-ak=...&q-sign-time=...&q-key-time=...&q-header-list=...&"
                   "q-url-param-list=...&q-signature=...).")
                    .arg(name));
            return nullptr;
        }
    }
    if (fields.value(u"q-sign-algorithm"_s) != "sha1"_L1) {
        *error = fail(403, u"AccessDenied"_s,
            tr("Access Denied. q-sign-algorithm must be sha1 (got %1).")
                .arg(fields.value(u"q-sign-algorithm"_s)));
        return nullptr;
    }
    const QString ak = fields.value(u"q-ak"_s);
    UploadSession* session = m_store->sessionBySecretId(ak);
    if (!session) {
        *error = fail(403, u"InvalidAccessKeyId"_s, tr("The access key Id format you provided is invalid."));
        return nullptr;
    }
    const qint64 now = m_clock->nowMs() / 1000;
    const QByteArray token = request.header("x-cos-security-token");
    if (token.isNull() || token.isEmpty()) {
        *error = fail(400, u"InvalidToken"_s,
            tr("The provided token is malformed or otherwise invalid: a temporary credential needs its Token "
               "in x-cos-security-token."));
        return nullptr;
    }
    if (!constantTimeEquals(token, session->token.toLatin1())) {
        *error = fail(400, u"InvalidToken"_s,
            tr("The provided token is malformed or otherwise invalid: x-cos-security-token does not belong "
               "to "
               "this SecretId."));
        return nullptr;
    }
    if (now >= session->credentialExpiresSecs) {
        *error = fail(400, u"ExpiredToken"_s,
            tr("The provided token has expired (the temporary credential expired at %1).")
                .arg(session->credentialExpiresSecs));
        return nullptr;
    }
    for (const char* name : { "q-sign-time", "q-key-time" }) {
        const QString value = fields.value(QString::fromLatin1(name));
        if (!CosSigner::isValidKeyTime(value)) {
            *error = fail(403, u"AccessDenied"_s,
                tr("Access Denied. %1 must be \"START;END\" in Unix seconds (got \"%2\").")
                    .arg(QString::fromLatin1(name), value));
            return nullptr;
        }
    }
    const QStringList window = fields.value(u"q-sign-time"_s).split(u';');
    if (now < window.at(0).toLongLong()) {
        *error = fail(403, u"RequestTimeTooSkewed"_s,
            tr("The difference between the request time and the server's time is too large."));
        return nullptr;
    }
    if (now > window.at(1).toLongLong()) {
        *error = fail(403, u"AccessDenied"_s, tr("Request has expired"));
        return nullptr;
    }

    // The signature, recomputed over what arrived: the headers and query parameters the client listed.
    const QStringList headerNames = fields.value(u"q-header-list"_s).split(u';', Qt::SkipEmptyParts);
    const QStringList paramNames = fields.value(u"q-url-param-list"_s).split(u';', Qt::SkipEmptyParts);
    CosSigner::Input in;
    in.secretId = ak;
    in.secretKey = session->secretKey;
    in.method = QString::fromLatin1(request.method);
    in.key = request.path;
    in.keyTime = fields.value(u"q-key-time"_s);
    for (const auto& [name, value] : request.headers) {
        const QString n = QString::fromLatin1(name);
        if (headerNames.contains(QString::fromLatin1(CosSigner::urlEncode(n).toLower())))
            in.headers.append({ n, QString::fromUtf8(value) });
    }
    for (const auto& [name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (paramNames.contains(QString::fromLatin1(CosSigner::urlEncode(name).toLower())))
            in.query.append({ name, value });
    }
    const CosSigner::Output out = CosSigner::sign(in);
    if (out.headerList != fields.value(u"q-header-list"_s).toLatin1()
        || out.urlParamList != fields.value(u"q-url-param-list"_s).toLatin1()
        || !constantTimeEquals(out.signature, fields.value(u"q-signature"_s).toLatin1())) {
        *error = fail(403, u"SignatureDoesNotMatch"_s,
            tr("The Signature you specified is invalid. The FormatString the emulator computed is \"%1\".")
                .arg(QString::fromUtf8(out.formatString).replace(u'\n', "\\n"_L1)));
        return nullptr;
    }
    if (!m_route.bucket.isEmpty()
        && (m_route.bucket != session->bucket || m_route.region != session->storageRegion)) {
        *error = fail(403, u"AccessDenied"_s,
            tr("Access Denied. The temporary credential only allows the bucket %1 in %2.")
                .arg(session->bucket, session->storageRegion));
        return nullptr;
    }
    return session;
}

MediaStore::Body ObjectStorage::bodyOf(const IncomingRequest& request)
{
    MediaStore::Body body;
    body.bytes = request.body;
    body.file = request.bodyFile ? *request.bodyFile : QString();
    body.size = request.bodyFile ? request.bodySize : request.body.size();
    body.md5 = request.md5();
    return body;
}

bool ObjectStorage::checkContentMd5(const IncomingRequest& request, Reply* error) const
{
    const QByteArray md5 = request.header("Content-MD5");
    if (md5.isNull())
        return true;
    const auto decoded
        = QByteArray::fromBase64Encoding(md5.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16) {
        *error = fail(400, u"InvalidDigest"_s, tr("The Content-MD5 you specified is not valid."));
        return false;
    }
    if (decoded.decoded != request.md5()) {
        *error
            = fail(400, u"BadDigest"_s, tr("The Content-MD5 you specified did not match what was received."));
        return false;
    }
    return true;
}

ObjectStorage::Reply ObjectStorage::putObject(const IncomingRequest& request, UploadSession& session)
{
    Reply r;
    if (!checkContentMd5(request, &r))
        return r;
    QString err;
    if (!m_store->writeObject(session, bodyOf(request), m_clock->nowMs(), &err))
        return fail(500, u"InternalError"_s, err);
    persist();
    r.status = 200;
    r.result = u"OK"_s;
    r.headers = { { "ETag", session.objectEtag.toLatin1() }, { "x-cos-request-id", m_requestId } };
    return r;
}

ObjectStorage::Reply ObjectStorage::initiate(UploadSession& session)
{
    MultipartUpload up;
    up.uploadId = QString::number(m_clock->nowMs() / 1000) + QString::fromLatin1(randomHex(32));
    up.sessionKey = session.sessionKey;
    up.key = session.objectKey();
    up.initiatedMs = m_clock->nowMs();
    m_store->addUpload(up);
    persist();
    return xml(QByteArrayLiteral("<InitiateMultipartUploadResult>\n") + element("Bucket", session.bucket)
        + element("Key", up.key) + element("UploadId", up.uploadId) + "</InitiateMultipartUploadResult>");
}

ObjectStorage::Reply ObjectStorage::uploadPart(const IncomingRequest& request, UploadSession& session)
{
    const QString uploadId = request.query.queryItemValue(u"uploadId"_s, QUrl::FullyDecoded);
    const QString numberText = request.query.queryItemValue(u"partNumber"_s, QUrl::FullyDecoded);
    bool ok = false;
    const int number = numberText.toInt(&ok);
    if (!ok || number < 1 || number > kMaxParts)
        return fail(400, u"InvalidArgument"_s,
            tr("Part number must be an integer between 1 and %1, inclusive (got \"%2\").")
                .arg(kMaxParts)
                .arg(numberText));
    MultipartUpload* up = m_store->upload(uploadId);
    if (!up || up->sessionKey != session.sessionKey)
        return fail(404, u"NoSuchUpload"_s,
            tr("The specified upload does not exist. The upload ID may be invalid, or the upload may have "
               "been aborted or completed."));
    Reply r;
    if (!checkContentMd5(request, &r))
        return r;
    QString etag, err;
    if (!m_store->writePart(*up, number, bodyOf(request), m_clock->nowMs(), &etag, &err))
        return fail(500, u"InternalError"_s, err);
    persist();
    r.status = 200;
    r.result = u"OK"_s;
    r.headers = { { "ETag", etag.toLatin1() }, { "x-cos-request-id", m_requestId } };
    return r;
}

ObjectStorage::Reply ObjectStorage::complete(const IncomingRequest& request, UploadSession& session)
{
    const QString uploadId = request.query.queryItemValue(u"uploadId"_s, QUrl::FullyDecoded);
    MultipartUpload* up = m_store->upload(uploadId);
    if (!up || up->sessionKey != session.sessionKey)
        return fail(404, u"NoSuchUpload"_s,
            tr("The specified upload does not exist. The upload ID may be invalid, or the upload may have "
               "been aborted or completed."));
    Reply r;
    if (!checkContentMd5(request, &r))
        return r;
    const std::optional<QList<CompleteMultipartUploadXml::Part>> parsed
        = CompleteMultipartUploadXml::parse(request.body);
    if (!parsed)
        return fail(400, u"MalformedXML"_s,
            tr("The XML you provided was not well-formed or did not validate against our published schema."));
    const QList<CompleteMultipartUploadXml::Part>& listed = *parsed;
    if (listed.size() > kMaxParts)
        return fail(400, u"InvalidArgument"_s, tr("A multipart upload has at most %1 parts.").arg(kMaxParts));
    for (qsizetype i = 1; i < listed.size(); ++i) {
        if (listed.at(i).number <= listed.at(i - 1).number)
            return fail(400, u"InvalidPartOrder"_s,
                tr("The list of parts was not in ascending order. The parts list must be specified in order "
                   "by "
                   "part number."));
    }
    QList<int> numbers;
    QByteArray md5s;
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const CompleteMultipartUploadXml::Part& l = listed.at(i);
        const auto it = up->parts.constFind(l.number);
        if (it == up->parts.cend() || stripQuotes(it->etag) != stripQuotes(l.etag))
            return fail(400, u"InvalidPart"_s,
                tr("One or more of the specified parts could not be found. The part may not have been "
                   "uploaded, "
                   "or the specified entity tag may not match the part's entity tag (part %1).")
                    .arg(l.number));
        if (i + 1 < listed.size() && it->size < kMinPartSize)
            return fail(400, u"EntityTooSmall"_s,
                tr("Your proposed upload is smaller than the minimum allowed object size: part %1 has %2 "
                   "bytes, "
                   "every part but the last needs at least 1 MB.")
                    .arg(l.number)
                    .arg(it->size));
        numbers.append(l.number);
        md5s += QByteArray::fromHex(stripQuotes(it->etag).toLatin1());
    }
    const QString etag = u'"'
        + QString::fromLatin1(QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex()) + u'-'
        + QString::number(numbers.size()) + u'"';
    QString err;
    if (!m_store->completeUpload(session, uploadId, numbers, etag, m_clock->nowMs(), &err))
        return fail(500, u"InternalError"_s, err);
    persist();
    const QString location
        = session.bucket + u".cos."_s + session.storageRegion + u".myqcloud.com/"_s + session.objectKey();
    return xml(QByteArrayLiteral("<CompleteMultipartUploadResult>\n") + element("Location", location)
        + element("Bucket", session.bucket) + element("Key", session.objectKey()) + element("ETag", etag)
        + "</CompleteMultipartUploadResult>");
}

ObjectStorage::Reply ObjectStorage::listParts(const IncomingRequest& request, UploadSession& session)
{
    const QString uploadId = request.query.queryItemValue(u"uploadId"_s, QUrl::FullyDecoded);
    const MultipartUpload* up = m_store->upload(uploadId);
    if (!up || up->sessionKey != session.sessionKey)
        return fail(404, u"NoSuchUpload"_s,
            tr("The specified upload does not exist. The upload ID may be invalid, or the upload may have "
               "been aborted or completed."));
    bool ok = false;
    int maxParts = request.query.queryItemValue(u"max-parts"_s).toInt(&ok);
    if (!ok || maxParts <= 0 || maxParts > 1000)
        maxParts = 1000;
    const int marker = request.query.queryItemValue(u"part-number-marker"_s).toInt();
    QByteArray parts;
    int listed = 0;
    int last = marker;
    bool truncated = false;
    for (const MultipartUpload::Part& p : up->parts) {
        if (p.number <= marker)
            continue;
        if (listed == maxParts) {
            truncated = true;
            break;
        }
        parts += "\t<Part>\n" + element("PartNumber", QString::number(p.number), 2)
            + element("LastModified", isoTime(p.modifiedMs), 2) + element("ETag", p.etag, 2)
            + element("Size", QString::number(p.size), 2) + "\t</Part>\n";
        last = p.number;
        ++listed;
    }
    return xml(QByteArrayLiteral("<ListPartsResult>\n") + element("Bucket", session.bucket)
        + element("Encoding-type", QString()) + element("Key", up->key) + element("UploadId", up->uploadId)
        + owner() + element("PartNumberMarker", QString::number(marker)) + parts
        + element("NextPartNumberMarker", QString::number(last)) + element("StorageClass", u"STANDARD"_s)
        + element("MaxParts", QString::number(maxParts))
        + element("IsTruncated", truncated ? u"true"_s : u"false"_s) + "</ListPartsResult>");
}

ObjectStorage::Reply ObjectStorage::abort(const IncomingRequest& request, UploadSession& session)
{
    const QString uploadId = request.query.queryItemValue(u"uploadId"_s, QUrl::FullyDecoded);
    const MultipartUpload* up = m_store->upload(uploadId);
    if (!up || up->sessionKey != session.sessionKey)
        return fail(404, u"NoSuchUpload"_s,
            tr("The specified upload does not exist. The upload ID may be invalid, or the upload may have "
               "been aborted or completed."));
    m_store->removeUpload(uploadId);
    persist();
    Reply r;
    r.status = 204;
    r.result = u"OK"_s;
    r.headers = { { "x-cos-request-id", m_requestId } };
    return r;
}

ObjectStorage::Reply ObjectStorage::listUploads(const IncomingRequest& request, UploadSession& session)
{
    const QString prefix = request.query.queryItemValue(u"prefix"_s, QUrl::FullyDecoded);
    QList<const MultipartUpload*> ups = m_store->uploadsOf(session.sessionKey);
    std::stable_sort(ups.begin(), ups.end(),
        [](const MultipartUpload* a, const MultipartUpload* b) { return a->initiatedMs < b->initiatedMs; });
    QByteArray list;
    for (const MultipartUpload* up : ups) {
        if (!up->key.startsWith(prefix))
            continue;
        list += "\t<Upload>\n" + element("Key", up->key, 2) + element("UploadId", up->uploadId, 2)
            + element("StorageClass", u"STANDARD"_s, 2) + owner().replace("\t<", "\t\t<")
            + element("Initiated", isoTime(up->initiatedMs), 2) + "\t</Upload>\n";
    }
    return xml(QByteArrayLiteral("<ListMultipartUploadsResult>\n") + element("Bucket", session.bucket)
        + element("Encoding-Type", QString()) + element("KeyMarker", QString())
        + element("UploadIdMarker", QString()) + element("NextKeyMarker", QString())
        + element("NextUploadIdMarker", QString()) + element("MaxUploads", u"1000"_s)
        + element("IsTruncated", u"false"_s) + element("Prefix", prefix) + element("Delimiter", QString())
        + list + "</ListMultipartUploadsResult>");
}
