#pragma once

#include <QNetworkProxyFactory>

// The system's proxy configuration for one network manager (QNetworkProxyFactory::systemProxyForQuery:
// on Linux libproxy or the http_proxy/https_proxy/all_proxy/no_proxy variables), except that loopback
// hosts (localhost, 127.0.0.0/8, ::1) always go direct, as they do for Qt's application-wide proxy:
// the local emulator must not be sent to a proxy that cannot reach it.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

    static bool isLoopbackHost(const QString& host);
};
