#include "core/net/SystemProxyFactory.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

bool SystemProxyFactory::isLoopbackHost(const QString& host)
{
    const QString h = host.toLower();
    if (h == "localhost"_L1 || h.endsWith(".localhost"_L1))
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    const QString host = query.url().isValid() ? query.url().host() : query.peerHostName();
    if (isLoopbackHost(host))
        return { QNetworkProxy(QNetworkProxy::NoProxy) };
    QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return proxies;
}
