#include "core/signing/CosSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The de-duplicated pairs, like the keys of the SDK's plain object: first place, last value.
CosSigner::Pairs uniquePairs(const CosSigner::Pairs& pairs)
{
    CosSigner::Pairs out;
    for (const auto& p : pairs) {
        auto it = std::find_if(out.begin(), out.end(), [&p](const auto& o) { return o.first == p.first; });
        if (it != out.end())
            it->second = p.second;
        else
            out.append(p);
    }
    return out;
}

// util.js obj2str(obj, true): ordered by the lower-cased raw name, name encoded then lower-cased.
QByteArray pairString(CosSigner::Pairs pairs)
{
    std::stable_sort(pairs.begin(), pairs.end(),
        [](const auto& a, const auto& b) { return a.first.toLower() < b.first.toLower(); });
    QByteArrayList items;
    for (const auto& [name, value] : pairs)
        items.append(CosSigner::urlEncode(name).toLower() + '=' + CosSigner::urlEncode(value));
    return items.join('&');
}

// util.js getObjectKeys(obj, true).join(';'): the encoded lower-cased names, ordered as such.
QByteArray nameList(const CosSigner::Pairs& pairs)
{
    QByteArrayList names;
    for (const auto& p : pairs)
        names.append(CosSigner::urlEncode(p.first).toLower());
    std::stable_sort(names.begin(), names.end());
    return names.join(';');
}

} // namespace

QByteArray CosSigner::hmacSha1Hex(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1).toHex();
}

QByteArray CosSigner::sha1Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
}

QByteArray CosSigner::urlEncode(const QString& text)
{
    // QUrl leaves exactly the RFC 3986 unreserved set alone: A-Z a-z 0-9 - . _ ~
    return QUrl::toPercentEncoding(text);
}

bool CosSigner::isSignedHeader(const QString& name)
{
    static const QStringList fixed { u"cache-control"_s, u"content-disposition"_s, u"content-encoding"_s,
        u"content-length"_s, u"content-md5"_s, u"content-type"_s, u"expect"_s, u"expires"_s, u"host"_s,
        u"if-match"_s, u"if-modified-since"_s, u"if-none-match"_s, u"if-unmodified-since"_s, u"origin"_s,
        u"range"_s, u"transfer-encoding"_s, u"pic-operations"_s };
    const QString n = name.toLower();
    // The SDK tests "contains", not "starts with".
    return n.contains("x-cos-"_L1) || n.contains("x-ci-"_L1) || fixed.contains(n);
}

bool CosSigner::isValidKeyTime(const QString& keyTime)
{
    static const QRegularExpression re(u"^([0-9]{1,15});([0-9]{1,15})$"_s);
    const auto m = re.match(keyTime);
    return m.hasMatch() && m.captured(1).toLongLong() <= m.captured(2).toLongLong();
}

CosSigner::Output CosSigner::sign(const Input& in)
{
    Output out;
    const QByteArray method = in.method.isEmpty() ? QByteArrayLiteral("get") : in.method.toLower().toUtf8();
    const QByteArray keyTime = in.keyTime.toUtf8();
    out.pathname = in.key.toUtf8();
    if (!out.pathname.startsWith('/'))
        out.pathname.prepend('/');

    const Pairs query = uniquePairs(in.query);
    Pairs headers;
    for (const auto& h : uniquePairs(in.headers)) {
        if (isSignedHeader(h.first))
            headers.append(h);
    }
    const auto valueOf = [&headers](const QString& name) {
        for (const auto& h : headers) {
            if (h.first == name)
                return h.second;
        }
        return QString();
    };
    if (valueOf(u"Host"_s).isEmpty() && valueOf(u"host"_s).isEmpty() && !in.bucket.isEmpty()
        && !in.region.isEmpty()) {
        const QString host = in.bucket + ".cos."_L1 + in.region + ".myqcloud.com"_L1;
        headers = uniquePairs(headers + Pairs { { u"Host"_s, host } });
    }
    out.signedHeaders = headers;

    out.headerList = nameList(headers);
    out.urlParamList = nameList(query);
    out.httpParameters = pairString(query);
    out.httpHeaders = pairString(headers);

    out.signKey = hmacSha1Hex(in.secretKey.toUtf8(), keyTime);
    out.formatString
        = method + '\n' + out.pathname + '\n' + out.httpParameters + '\n' + out.httpHeaders + '\n';
    out.formatStringSha1 = sha1Hex(out.formatString);
    out.stringToSign = QByteArrayLiteral("sha1\n") + keyTime + '\n' + out.formatStringSha1 + '\n';
    out.signature = hmacSha1Hex(out.signKey, out.stringToSign);
    out.authorization = QByteArrayLiteral("q-sign-algorithm=sha1&q-ak=") + in.secretId.toUtf8()
        + "&q-sign-time=" + keyTime + "&q-key-time=" + keyTime + "&q-header-list=" + out.headerList
        + "&q-url-param-list=" + out.urlParamList + "&q-signature=" + out.signature;
    return out;
}
