#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <memory>

// What arrived on the wire (HttpRequestParser), kept while the emulator answers (later, when it
// injects latency or waits for a render).
struct IncomingRequest
{
    QByteArray method; // "POST", "GET", "HEAD"...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // as received, names in their received case
    QByteArray body; // empty when the body is in bodyFile
    // A large upload's body, in a file (removed when the last copy of the request goes, unless it was
    // moved into place); null when the body is in `body`.
    std::shared_ptr<const QString> bodyFile;
    qint64 bodySize = 0;
    QByteArray bodyMd5; // of the body as received; empty when not computed (a request built by hand)
    QHostAddress remoteAddress;

    // The first header of that name (case-insensitive), or a null QByteArray when absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // The client asked to close the connection after this answer ("Connection: close").
    bool wantsClose() const;
    QString action() const { return QString::fromLatin1(header("X-TC-Action")).trimmed(); }
    // The MD5 of the body (bodyMd5, else computed from `body`).
    QByteArray md5() const;
};
