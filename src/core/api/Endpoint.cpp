#include "core/api/Endpoint.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression& regionPattern()
{
    static const QRegularExpression re(u"^[a-z]{2,4}(-[a-z]+)+(-\\d+)?$"_s);
    return re;
}
} // namespace

Endpoint Endpoint::parse(const QString& input, QString* error)
{
    const QString text = input.trimmed();
    const QString lower = text.toLower();
    if (lower.isEmpty() || lower == "china"_L1 || lower == "cn"_L1 || lower == "vod.tencentcloudapi.com"_L1)
        return china();
    if (lower == "intl"_L1 || lower == "international"_L1 || lower == "vod.intl.tencentcloudapi.com"_L1)
        return international();
    if (lower.startsWith("region:"_L1)) {
        const QString r = lower.mid(7);
        if (regionPattern().match(r).hasMatch())
            return region(r);
        if (error)
            *error = tr("\"%1\" is not a region name such as ap-singapore").arg(r);
        return Endpoint(Kind::Custom, {});
    }
    static const QRegularExpression hostRe(u"^vod\\.([a-z0-9-]+)\\.tencentcloudapi\\.com$"_s);
    if (const auto m = hostRe.match(lower); m.hasMatch())
        return region(m.captured(1));
    QUrl url(text.contains("://"_L1) ? text : u"https://"_s + text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !url.userInfo().isEmpty()) {
        // A password in the URL would be kept in profiles.ini and shown wherever the endpoint is.
        if (error)
            *error = tr("\"%1\" carries a user or password (user:password@): an endpoint URL may not; the "
                        "API is signed with the profile's SecretId and SecretKey")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return Endpoint(Kind::Custom, {});
    }
    if (url.isValid() && !url.host().isEmpty() && (scheme == "http"_L1 || scheme == "https"_L1)) {
        url.setPath(url.path().isEmpty() ? u"/"_s : url.path());
        return custom(url);
    }
    if (error)
        *error = tr("\"%1\" is not an endpoint: use china, intl, region:NAME or an http(s):// URL").arg(text);
    return Endpoint(Kind::Custom, {});
}

bool Endpoint::isValid() const
{
    switch (m_kind) {
    case Kind::China:
    case Kind::International:
        return true;
    case Kind::Region:
        return regionPattern().match(m_value).hasMatch();
    case Kind::Custom:
        return baseUrl().isValid() && !baseUrl().host().isEmpty() && baseUrl().userInfo().isEmpty();
    }
    return false;
}

QUrl Endpoint::baseUrl() const
{
    switch (m_kind) {
    case Kind::China:
        return QUrl(u"https://vod.tencentcloudapi.com/"_s);
    case Kind::International:
        return QUrl(u"https://vod.intl.tencentcloudapi.com/"_s);
    case Kind::Region:
        return QUrl(u"https://vod."_s + m_value + u".tencentcloudapi.com/"_s);
    case Kind::Custom:
        return QUrl(m_value, QUrl::StrictMode);
    }
    return {};
}

QString Endpoint::host() const
{
    const QUrl u = baseUrl();
    if (u.port() > 0)
        return u.host() + u':' + QString::number(u.port());
    return u.host();
}

QString Endpoint::toString() const
{
    switch (m_kind) {
    case Kind::China:
        return u"china"_s;
    case Kind::International:
        return u"intl"_s;
    case Kind::Region:
        return u"region:"_s + m_value;
    case Kind::Custom:
        return m_value;
    }
    return {};
}

QString Endpoint::displayName() const
{
    switch (m_kind) {
    case Kind::China:
        return tr("China (vod.tencentcloudapi.com)");
    case Kind::International:
        return tr("International (vod.intl.tencentcloudapi.com)");
    case Kind::Region:
        return tr("Region %1 (%2)").arg(m_value, host());
    case Kind::Custom:
        return tr("Custom (%1)").arg(m_value);
    }
    return {};
}
