#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// The sentences for a person when a connection fails before HTTP: a refused certificate (which
// host, what is wrong with it — expired, self-signed or untrusted, issued for another name — and
// what to do; certificate errors are never ignored, there is no switch for it) and a proxy that is
// down, refuses or wants a password (naming the proxy).
class NetworkErrorText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkErrorText)

public:
    static QString certificateRefused(const QUrl& url, const QList<QSslError>& errors, const QString& detail);
    static QString reasonFor(const QSslError& error, const QString& host);

    static bool isProxyError(QNetworkReply::NetworkError error);
    // The proxy error a failed connection amounts to when it went to a proxy (proxy not empty): Qt
    // reports a refused proxy connection as ConnectionRefusedError for HTTP proxies, and some SOCKS5
    // failures as UnknownNetworkError. NoError when the failure is not the proxy's.
    static QNetworkReply::NetworkError proxyErrorFor(
        QNetworkReply::NetworkError error, const QString& proxy, const QString& detail);
    // proxy: ProxySettings::describeProxyFor(); detail: the reply's errorString().
    static QString proxyFailure(
        QNetworkReply::NetworkError error, const QString& proxy, const QString& detail);
    // The proxy a failed reply used, or tried to ("" when none).
    static QString proxyOf(const QNetworkAccessManager* network, const QUrl& url);
};
