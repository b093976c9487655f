#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>
#include <optional>

// Turns what one API call got back (transport error, HTTP status, headers, body) into an ApiError or
// the "Response" object (spec §3). Pure, so that it can be tested and fuzzed without a network;
// VodJob fills the Reply from its QNetworkReply. Its messages keep VodJob's translation context.
class ApiReplyClassifier
{
    Q_DECLARE_TR_FUNCTIONS(VodJob)

public:
    struct Reply
    {
        int httpStatus = 0; // 0: no status line arrived
        QString reasonPhrase;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        std::optional<qint64> contentLength; // the Content-Length header, when there was one
        QString contentType;
        QByteArray body;
        bool timedOut = false; // the job's own timer aborted the reply
        double timeoutSeconds = 0;
        bool sent = false; // the request is known to have left this process
    };

    struct Result
    {
        ApiError error; // isOk(): response holds the Response object
        QJsonObject response;
    };

    static Result classify(const Reply& reply);
    static Reply fromNetworkReply(QNetworkReply* reply, const QByteArray& body);
};
