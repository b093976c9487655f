#pragma once

#include "core/support/ValidationIssue.h"
#include "emulator/api/ApiReply.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

struct EmulatorConfig;

// What one API request brings to the action that answers it (TaskActions, MediaActions,
// UploadActions): its RequestId, the caller's SecretId, the time, the Host it came through, and the
// SubAppId once checked; with the answers every action gives the same way.
struct ActionContext
{
    Q_DECLARE_TR_FUNCTIONS(EmulatorApi)

public:
    QString requestId;
    QString secretId;
    QString action;
    QString baseUrl; // scheme and authority for FileUrls: the Host the client used
    qint64 nowMs = 0;
    std::optional<quint64> subAppId;

    ApiReply fail(const QString& code, const QString& message) const;
    ApiReply ok(QJsonObject response) const;
    // Reads SubAppId into subAppId; an unknown one (when the config lists them) is an error.
    bool checkSubAppId(const QJsonObject& params, const EmulatorConfig& config, ApiReply* error);
    // A parameter the action does not know is an error, as the service answers it.
    bool checkUnknown(const QJsonObject& params, const QStringList& known, ApiReply* error) const;

    static QJsonObject errorResponse(const QString& code, const QString& message, const QString& requestId);
    static QString joinIssues(const ValidationIssues& issues);
};
