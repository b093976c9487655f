#pragma once

#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// CreateAigcAudioTask.OutputConfig (spec §4). Empty strings and nullopt mean "not sent".
class OutputConfig
{
    Q_DECLARE_TR_FUNCTIONS(OutputConfig)

public:
    QString storageMode; // Temporary | Permanent
    QString mediaName; // <= 64 characters
    std::optional<qint64> classId;
    QString expireTime; // ISO 8601, in the future
    std::optional<qint64> duration; // 0..60 seconds
    QString outputAudioFormat; // mp3 | wav

    static const QStringList& storageModes();
    static const QStringList& audioFormats();
    static constexpr int kMaxMediaNameLength = 64;
    static constexpr int kMaxDuration = 60;

    bool isEmpty() const;
    QJsonObject toJson() const;
    // Lenient: wrong types are reported into typeIssues (when given) and otherwise ignored.
    static OutputConfig fromJson(const QJsonObject& o, ValidationIssues* typeIssues = nullptr);
    void validate(const QDateTime& now, ValidationIssues& issues) const;

    bool operator==(const OutputConfig&) const = default;
};
