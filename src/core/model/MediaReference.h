#pragma once

#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// One entry of VideoInfos / AudioInfos: a VOD media by FileId (Type "File") or a public URL (Type "Url").
class MediaReference
{
    Q_DECLARE_TR_FUNCTIONS(MediaReference)

public:
    QString type; // "File" or "Url"
    QString fileId;
    QString url;

    static MediaReference byFileId(const QString& fileId) { return { QStringLiteral("File"), fileId, {} }; }
    static MediaReference byUrl(const QString& url) { return { QStringLiteral("Url"), {}, url }; }

    QJsonObject toJson() const;
    static MediaReference fromJson(const QJsonObject& o);
    // fieldPrefix like "AudioInfos[0]".
    void validate(const QString& fieldPrefix, ValidationIssues& issues) const;

    bool operator==(const MediaReference&) const = default;
};
