#include "core/net/NetworkErrorText.h"

#include "core/net/ProxySettings.h"

#include <QLocale>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace {
QString hostAndPort(const QUrl& url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

QString when(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s);
}
} // namespace

QString NetworkErrorText::reasonFor(const QSslError& error, const QString& host)
{
    const QSslCertificate cert = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return cert.isNull() ? tr("it has expired") : tr("it expired on %1").arg(when(cert.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return cert.isNull() ? tr("it is not valid yet")
                             : tr("it is not valid before %1").arg(when(cert.effectiveDate()));
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return tr("it is self-signed, and no authority this computer trusts vouches for it");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return tr("it is not signed by a certificate authority this computer trusts");
    case QSslError::HostNameMismatch: {
        QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
        names += cert.subjectAlternativeNames().values(QSsl::IpAddressEntry);
        if (names.isEmpty())
            names = cert.subjectInfo(QSslCertificate::CommonName);
        names.removeDuplicates();
        return names.isEmpty() ? tr("it was not issued for %1").arg(host)
                               : tr("it was issued for %1, not for %2").arg(names.join(u", "_s), host);
    }
    case QSslError::CertificateRevoked:
        return tr("it has been revoked");
    default:
        return error.errorString();
    }
}

QString NetworkErrorText::certificateRefused(
    const QUrl& url, const QList<QSslError>& errors, const QString& detail)
{
    const QString host = url.host();
    QStringList reasons;
    bool dates = false, name = false, trust = false;
    for (const QSslError& e : errors) {
        const QString reason = reasonFor(e, host);
        if (!reasons.contains(reason))
            reasons.append(reason);
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            dates = true;
            break;
        case QSslError::HostNameMismatch:
            name = true;
            break;
        default:
            trust = true;
            break;
        }
    }
    if (reasons.isEmpty())
        reasons.append(detail.isEmpty() ? tr("the secure connection could not be set up") : detail);
    QStringList todo;
    if (name)
        todo.append(tr("check the host name of the endpoint"));
    if (dates)
        todo.append(tr("check this computer's date and time; if they are right, the server's certificate is "
                       "out of date"));
    if (trust || todo.isEmpty())
        todo.append(tr("if a proxy or security software inspects HTTPS on this network, add its certificate "
                       "authority to the system's trusted certificates"));
    return tr("the certificate of %1 was refused, so nothing was sent: %2. What to do: %3. (Certificate "
              "errors are never ignored.)")
        .arg(hostAndPort(url), reasons.join(u"; "_s), todo.join(u"; "_s));
}

bool NetworkErrorText::isProxyError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return true;
    default:
        return false;
    }
}

QNetworkReply::NetworkError NetworkErrorText::proxyErrorFor(
    QNetworkReply::NetworkError error, const QString& proxy, const QString& detail)
{
    if (isProxyError(error))
        return error;
    if (proxy.isEmpty())
        return QNetworkReply::NoError;
    if (error == QNetworkReply::ConnectionRefusedError)
        return QNetworkReply::ProxyConnectionRefusedError; // the connection went to the proxy
    if (detail.contains(
            "proxy"_L1, Qt::CaseInsensitive)) // Qt's own wording, e.g. "Connection to proxy refused"
        return detail.contains("refused"_L1, Qt::CaseInsensitive) ? QNetworkReply::ProxyConnectionRefusedError
                                                                  : QNetworkReply::UnknownProxyError;
    return QNetworkReply::NoError;
}

QString NetworkErrorText::proxyFailure(
    QNetworkReply::NetworkError error, const QString& proxy, const QString& detail)
{
    const QString which = proxy.isEmpty() ? tr("the proxy") : proxy;
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
        return tr("%1 refused the connection (is it running?): check the proxy setting of the profile")
            .arg(which);
    case QNetworkReply::ProxyNotFoundError:
        return tr("%1 was not found (unknown host name): check the proxy setting of the profile").arg(which);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("%1 refused the user name or password: check the proxy's user and password in the profile")
            .arg(which);
    case QNetworkReply::ProxyTimeoutError:
        return tr("%1 did not answer in time").arg(which);
    case QNetworkReply::ProxyConnectionClosedError:
        return tr("%1 closed the connection (%2)").arg(which, detail);
    default:
        return tr("%1 failed: %2").arg(which, detail);
    }
}

QString NetworkErrorText::proxyOf(const QNetworkAccessManager* network, const QUrl& url)
{
    return ProxySettings::describeProxyFor(network, url);
}
