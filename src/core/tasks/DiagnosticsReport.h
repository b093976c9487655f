#pragma once

#include "core/profiles/Profile.h"
#include "core/tasks/TaskRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The text a user attaches to a bug report (Help > Export diagnostics…): versions, folders, profiles
// without their secrets, the state of the history and of uploads, the latest tasks with their errors
// and RequestIds, and the recent log. Every known secret is redacted from the whole text, in the
// forms it could take (as is, URL-encoded, base64, hex); SecretIds are shown as AKID****1234.
class HistoryStore;
class ProfileStore;
class UploadStore;
class VodClient;

class DiagnosticsReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsReport)

public:
    struct Input
    {
        QString appVersion;
        QString configDir;
        QString dataDir;
        QString libraryDir;
        QList<Profile> profiles; // credentials are ignored (and should be empty)
        QString activeProfile;
        QString activeEndpoint;
        QMap<QString, int> tasksByState; // state name -> count
        int unfinishedUploads = 0;
        QList<TaskRecord> recentTasks; // newest first
        QStringList logLines;
        // Secrets to remove wherever they appear: the active SecretKey and token, proxy passwords...
        QStringList secrets;
    };

    // The services a report is read from; any may be null (not open, not connected).
    struct Sources
    {
        QString appVersion;
        QString configDir;
        QString dataDir;
        QString libraryDir;
        QString activeProfile;
        const ProfileStore* profiles = nullptr;
        const VodClient* client = nullptr; // its endpoint; its SecretKey and token only to redact them
        HistoryStore* history = nullptr;
        UploadStore* uploads = nullptr;
    };

    // What the services say now, with the recent log.
    static Input collect(const Sources& sources);
    static QString render(const Input& input);
    // Replaces every form of every secret in text with "[redacted]".
    static QString redact(QString text, const QStringList& secrets);
    // "AKID****1234"
    static QString maskSecretId(const QString& secretId);
};
