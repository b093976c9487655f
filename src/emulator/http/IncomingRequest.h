#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

// A copy of what arrived on the wire, kept after QAbstractHttpServer::handleRequest() returns (the
// emulator answers later when it injects latency or waits for a render).
struct IncomingRequest
{
    QByteArray method; // "POST", "GET", "HEAD"...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // as received, names in their received case
    QByteArray body;
    QHostAddress remoteAddress;

    // The first header of that name (case-insensitive), or a null QByteArray when absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // The client asked to close the connection after this answer ("Connection: close").
    bool wantsClose() const;
    QString action() const { return QString::fromLatin1(header("X-TC-Action")).trimmed(); }

    static IncomingRequest from(const QHttpServerRequest& request);
};
