#pragma once

#include "core/net/HttpExchange.h"

#include <QString>
#include <QWidget>
#include <memory>

namespace Ui {
class RequestInspector;
}

// The last request and its answer as they crossed the wire: the request (method, URL, headers with the
// SecretId masked and X-TC-Token redacted, the JSON body pretty-printed), how it was signed (canonical
// request, string to sign) and the response (status, headers, body), in a monospace font. "Copy as
// cURL" and "Copy as tccli command" put CommandExport's texts on the clipboard. A QWidget, so that it
// can live in a dock or be shown as a window of its own.
class RequestInspector : public QWidget
{
    Q_OBJECT

public:
    explicit RequestInspector(QWidget* parent = nullptr);
    ~RequestInspector() override;

    void setExchange(const HttpExchange& exchange, const QString& secretIdForMasking, const QString& region,
        const QString& language, bool usedToken);
    void clear();
    bool hasExchange() const { return m_hasExchange; }

    // What the copy buttons put on the clipboard ("" without an exchange).
    QString curlCommand() const;
    QString tccliCommand() const;

    // The texts of the three tabs, built from an exchange: pure, for tests and logs.
    static QString requestText(const HttpExchange& exchange, const QString& secretIdForMasking);
    static QString signingText(const HttpExchange& exchange);
    static QString responseText(const HttpExchange& exchange);
    // "TC3-HMAC-SHA256 Credential=AKID****Wcf/2026-..." with every SecretId masked.
    static QString maskCredential(const QString& headerValue);

private:
    void copyCurl();
    void copyTccli();
    static QString prettyBody(const QByteArray& body);

    std::unique_ptr<Ui::RequestInspector> m_ui;
    HttpExchange m_exchange;
    QString m_region;
    QString m_language;
    bool m_usedToken = false;
    bool m_hasExchange = false;
};
