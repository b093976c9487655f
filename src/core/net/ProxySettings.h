#pragma once

#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// How a profile reaches the network: the system's proxy configuration (the default; on Linux the
// http_proxy, https_proxy, all_proxy and no_proxy variables), no proxy at all, or an HTTP or SOCKS5
// proxy of its own with an optional user name. The proxy password is a secret: it is never a field
// of this class, never written to the INI file and never printed. It lives in the profile's secret
// store under secretEntryName(profile), and is handed to applyTo() only at the moment of use.
class ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(ProxySettings)

public:
    enum class Mode
    {
        System, // the system configuration; loopback hosts are never proxied
        None, // direct connections, whatever the environment says
        Http, // an HTTP proxy: CONNECT for https://, absolute-URI requests for http://
        Socks5,
    };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user; // "" = no authentication

    bool isExplicit() const { return mode == Mode::Http || mode == Mode::Socks5; }
    bool usesPassword() const { return isExplicit() && !user.isEmpty(); }

    // "system", "none", "http://user@host:port", "socks5://host:port": never a password.
    QString toString() const;
    // For people: "the system proxy settings", "no proxy", "the HTTP proxy host:port"...
    QString describe() const;
    // Parses what toString() writes; "direct" means none, "socks5h://" is socks5. A password inside
    // the URL is returned through password (the caller decides whether to accept it) or, when
    // password is null, refused with an error. Mode System with an error when the text is wrong.
    static ProxySettings parse(const QString& text, QString* error, QString* password = nullptr);

    // Every broken rule, naming the field "proxy".
    ValidationIssues validate() const;

    // The QNetworkProxy of an explicit mode (NoProxy for None, DefaultProxy for System).
    QNetworkProxy toNetworkProxy(const QString& password = QString()) const;
    // Makes every request of the network manager follow this setting (API calls, uploads and
    // downloads alike) and drops its pooled connections, which were made under the old one.
    void applyTo(QNetworkAccessManager* network, const QString& password = QString()) const;

    // The secret store entry holding the password of a profile's proxy ('/' is never in a name).
    static QString secretEntryName(const QString& profileName);
    // The proxy a request to url goes through on that network manager, described for an error
    // message ("" when it goes direct).
    static QString describeProxyFor(const QNetworkAccessManager* network, const QUrl& url);
    static QString describe(const QNetworkProxy& proxy);

    bool operator==(const ProxySettings&) const = default;
};
