#include "core/model/OutputConfig.h"

#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"

using namespace Qt::StringLiterals;

const QStringList& OutputConfig::storageModes()
{
    static const QStringList modes { u"Temporary"_s, u"Permanent"_s };
    return modes;
}

const QStringList& OutputConfig::audioFormats()
{
    static const QStringList formats { u"mp3"_s, u"wav"_s };
    return formats;
}

bool OutputConfig::isEmpty() const
{
    return storageMode.isEmpty() && mediaName.isEmpty() && !classId && expireTime.isEmpty() && !duration
        && outputAudioFormat.isEmpty();
}

QJsonObject OutputConfig::toJson() const
{
    QJsonObject o;
    if (!storageMode.isEmpty())
        o.insert("StorageMode"_L1, storageMode);
    if (!mediaName.isEmpty())
        o.insert("MediaName"_L1, mediaName);
    if (classId)
        o.insert("ClassId"_L1, *classId);
    if (!expireTime.isEmpty())
        o.insert("ExpireTime"_L1, expireTime);
    if (duration)
        o.insert("Duration"_L1, *duration);
    if (!outputAudioFormat.isEmpty())
        o.insert("OutputAudioFormat"_L1, outputAudioFormat);
    return o;
}

OutputConfig OutputConfig::fromJson(const QJsonObject& o, ValidationIssues* typeIssues)
{
    OutputConfig c;
    c.storageMode = FieldParse::jsonString(o, "StorageMode"_L1, u"OutputConfig.StorageMode"_s, typeIssues);
    c.mediaName = FieldParse::jsonString(o, "MediaName"_L1, u"OutputConfig.MediaName"_s, typeIssues);
    c.classId = FieldParse::jsonInteger(o, "ClassId"_L1, u"OutputConfig.ClassId"_s, typeIssues);
    c.expireTime = FieldParse::jsonString(o, "ExpireTime"_L1, u"OutputConfig.ExpireTime"_s, typeIssues);
    c.duration = FieldParse::jsonInteger(o, "Duration"_L1, u"OutputConfig.Duration"_s, typeIssues);
    c.outputAudioFormat
        = FieldParse::jsonString(o, "OutputAudioFormat"_L1, u"OutputConfig.OutputAudioFormat"_s, typeIssues);
    return c;
}

void OutputConfig::validate(const QDateTime& now, ValidationIssues& issues) const
{
    if (!storageMode.isEmpty() && !storageModes().contains(storageMode))
        issues.append({ u"OutputConfig.StorageMode"_s,
            tr("must be one of %1 (got \"%2\")").arg(storageModes().join(u", "_s), storageMode) });
    if (FieldParse::characterCount(mediaName) > kMaxMediaNameLength)
        issues.append({ u"OutputConfig.MediaName"_s,
            tr("must be at most %1 characters (got %2)")
                .arg(kMaxMediaNameLength)
                .arg(FieldParse::characterCount(mediaName)) });
    if (classId && *classId < 0)
        issues.append(
            { u"OutputConfig.ClassId"_s, tr("must be an integer of 0 or more (got %1)").arg(*classId) });
    if (!expireTime.isEmpty()) {
        const QDateTime t = FieldParse::parseIso8601(expireTime);
        if (!t.isValid())
            issues.append({ u"OutputConfig.ExpireTime"_s,
                tr("must be an ISO 8601 date and time such as 2026-12-31T23:59:59+08:00 (got \"%1\")")
                    .arg(expireTime) });
        else if (now.isValid() && t <= now)
            issues.append({ u"OutputConfig.ExpireTime"_s,
                tr("must be in the future (got %1, now is %2)")
                    .arg(expireTime, now.toUTC().toString(Qt::ISODate)) });
    }
    if (duration && (*duration < 0 || *duration > kMaxDuration))
        issues.append({ u"OutputConfig.Duration"_s,
            tr("must be an integer from 0 to %1 seconds (got %2)").arg(kMaxDuration).arg(*duration) });
    if (!outputAudioFormat.isEmpty() && !audioFormats().contains(outputAudioFormat))
        issues.append({ u"OutputConfig.OutputAudioFormat"_s,
            tr("must be one of %1 (got \"%2\")").arg(audioFormats().join(u", "_s), outputAudioFormat) });
}
