#include "core/net/ProxySettings.h"

#include "core/net/SystemProxyFactory.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

QString ProxySettings::secretEntryName(const QString& profileName)
{
    return u"proxy/"_s + profileName;
}

QString ProxySettings::toString() const
{
    switch (mode) {
    case Mode::System:
        return u"system"_s;
    case Mode::None:
        return u"none"_s;
    case Mode::Http:
    case Mode::Socks5:
        break;
    }
    QUrl url;
    url.setScheme(mode == Mode::Http ? u"http"_s : u"socks5"_s);
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    return url.toString(QUrl::RemovePassword | QUrl::RemovePath);
}

QString ProxySettings::describe() const
{
    switch (mode) {
    case Mode::System:
        return tr("the system proxy settings");
    case Mode::None:
        return tr("no proxy");
    case Mode::Http:
    case Mode::Socks5:
        break;
    }
    return describe(toNetworkProxy());
}

QString ProxySettings::describe(const QNetworkProxy& proxy)
{
    const QString where = proxy.hostName() + u':' + QString::number(proxy.port());
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return tr("the HTTP proxy %1").arg(where);
    case QNetworkProxy::Socks5Proxy:
        return tr("the SOCKS5 proxy %1").arg(where);
    case QNetworkProxy::FtpCachingProxy:
        return tr("the proxy %1").arg(where);
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy:
        break;
    }
    return {};
}

ProxySettings ProxySettings::parse(const QString& text, QString* error, QString* password)
{
    ProxySettings s;
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (t.isEmpty() || lower == "system"_L1)
        return s;
    if (lower == "none"_L1 || lower == "direct"_L1) {
        s.mode = Mode::None;
        return s;
    }
    auto refuse = [&](const QString& why) {
        if (error)
            *error = why;
        return ProxySettings {};
    };
    const QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("\"%1\" is not a proxy: use system, none, http://HOST:PORT or socks5://HOST:PORT")
                          .arg(url.toString(QUrl::RemovePassword)));
    if (scheme == "http"_L1)
        s.mode = Mode::Http;
    else if (scheme == "socks5"_L1 || scheme == "socks5h"_L1 || scheme == "socks"_L1)
        s.mode = Mode::Socks5;
    else
        return refuse(tr("the proxy must be http://HOST:PORT or socks5://HOST:PORT (got the scheme \"%1\")")
                          .arg(scheme));
    if (url.port() <= 0)
        return refuse(tr("the proxy %1 needs a port, as in %2://%1:PORT").arg(url.host(), scheme));
    s.host = url.host();
    s.port = static_cast<quint16>(url.port());
    s.user = url.userName(QUrl::FullyDecoded);
    const QString pass = url.password(QUrl::FullyDecoded);
    if (!pass.isEmpty()) {
        if (!password)
            return refuse(tr("the proxy password must not be part of the URL (other users could read it "
                             "from the process list): give only the user name"));
        *password = pass;
    }
    if (error)
        error->clear();
    return s;
}

ValidationIssues ProxySettings::validate() const
{
    ValidationIssues issues;
    if (!isExplicit())
        return issues;
    const QString field = u"proxy"_s;
    if (host.trimmed().isEmpty())
        issues.append({ field, tr("needs a host name") });
    else if (host.contains(u' ') || host.contains(u'/') || host.contains(u'@'))
        issues.append({ field, tr("\"%1\" is not a host name").arg(host) });
    if (port == 0)
        issues.append({ field, tr("needs a port from 1 to 65535") });
    if (user.contains(u':'))
        issues.append({ field, tr("the user name must not contain ':'") });
    return issues;
}

QNetworkProxy ProxySettings::toNetworkProxy(const QString& password) const
{
    switch (mode) {
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Http:
        return QNetworkProxy(
            QNetworkProxy::HttpProxy, host, port, user, user.isEmpty() ? QString() : password);
    case Mode::Socks5:
        return QNetworkProxy(
            QNetworkProxy::Socks5Proxy, host, port, user, user.isEmpty() ? QString() : password);
    }
    return {};
}

void ProxySettings::applyTo(QNetworkAccessManager* network, const QString& password) const
{
    if (!network)
        return;
    if (mode == Mode::System)
        network->setProxyFactory(new SystemProxyFactory); // the manager owns it
    else
        network->setProxy(toNetworkProxy(password)); // drops any factory
    network->clearConnectionCache();
}

QString ProxySettings::describeProxyFor(const QNetworkAccessManager* network, const QUrl& url)
{
    if (!network)
        return {};
    const QNetworkProxyQuery query(url);
    QNetworkProxy proxy = network->proxy();
    if (QNetworkProxyFactory* factory = network->proxyFactory())
        proxy = factory->queryProxy(query).value(0);
    else if (proxy.type() == QNetworkProxy::DefaultProxy)
        proxy = QNetworkProxyFactory::proxyForQuery(query).value(0);
    return describe(proxy);
}
