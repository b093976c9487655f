#include "core/signing/Tc3Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

QByteArray Tc3Signer::Output::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray Tc3Signer::hmacSha256(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray Tc3Signer::sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString Tc3Signer::hostWithoutPort(const QString& host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(u'[')) { // [::1]:8708
        const auto close = h.indexOf(u']');
        return close > 0 ? h.left(close + 1) : h;
    }
    const auto colon = h.lastIndexOf(u':');
    if (colon >= 0 && h.indexOf(u':') == colon)
        h.truncate(colon);
    return h;
}

QString Tc3Signer::serviceForHost(const QString& host)
{
    const QString h = hostWithoutPort(host);
    if (h.endsWith(QStringLiteral(".tencentcloudapi.com"))) {
        const QString first = h.section(u'.', 0, 0);
        if (!first.isEmpty())
            return first;
    }
    return QStringLiteral("vod");
}

QString Tc3Signer::utcDate(qint64 timestamp)
{
    return QDateTime::fromSecsSinceEpoch(timestamp, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

Tc3Signer::Output Tc3Signer::sign(const Input& in)
{
    Output out;
    const QByteArray host = hostWithoutPort(in.host).toUtf8();
    const QByteArray service = (in.service.isEmpty() ? serviceForHost(in.host) : in.service).toUtf8();
    const QByteArray timestamp = QByteArray::number(in.timestamp);
    out.date = utcDate(in.timestamp);

    out.hashedPayload = sha256Hex(in.payload);
    out.canonicalRequest = QByteArrayLiteral("POST\n/\n\n") + "content-type:" + in.contentType
        + "\nhost:" + host + "\n\ncontent-type;host\n" + out.hashedPayload;
    out.hashedCanonicalRequest = sha256Hex(out.canonicalRequest);
    out.credentialScope = out.date.toUtf8() + '/' + service + "/tc3_request";
    out.stringToSign = QByteArrayLiteral("TC3-HMAC-SHA256\n") + timestamp + '\n' + out.credentialScope + '\n'
        + out.hashedCanonicalRequest;

    const QByteArray kDate = hmacSha256("TC3" + in.secretKey.toUtf8(), out.date.toUtf8());
    const QByteArray kService = hmacSha256(kDate, service);
    const QByteArray kSigning = hmacSha256(kService, QByteArrayLiteral("tc3_request"));
    out.signature = hmacSha256(kSigning, out.stringToSign).toHex();
    out.authorization = QByteArrayLiteral("TC3-HMAC-SHA256 Credential=") + in.secretId.toUtf8() + '/'
        + out.credentialScope + ", SignedHeaders=content-type;host, Signature=" + out.signature;

    // The order the official SDK uses; HTTP does not care, people reading a dump do.
    auto& hs = out.headers;
    hs.append({ "Host", in.host.trimmed().toUtf8() });
    hs.append({ "X-TC-Action", in.action.toUtf8() });
    if (!in.region.isEmpty())
        hs.append({ "X-TC-Region", in.region.toUtf8() });
    hs.append({ "X-TC-Timestamp", timestamp });
    hs.append({ "X-TC-Version", in.version.toUtf8() });
    if (!in.token.isEmpty())
        hs.append({ "X-TC-Token", in.token.toUtf8() });
    if (!in.requestClient.isEmpty())
        hs.append({ "X-TC-RequestClient", in.requestClient.toUtf8() });
    if (!in.language.isEmpty())
        hs.append({ "X-TC-Language", in.language.toUtf8() });
    hs.append({ "Content-Type", in.contentType });
    hs.append({ "Authorization", out.authorization });
    return out;
}
