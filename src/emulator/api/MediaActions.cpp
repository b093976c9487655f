#include "emulator/api/MediaActions.h"

#include "core/support/Clock.h"
#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"
#include "emulator/api/ModelCatalogue.h"
#include "emulator/api/TaskActions.h"
#include "emulator/storage/MediaStore.h"
#include "emulator/storage/TaskStore.h"
#include "emulator/synth/AudioProbe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

MediaActions::MediaActions(const EmulatorConfig& config, TaskStore* store, OutputRenderer* renderer,
    MediaStore* media, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_renderer(renderer)
    , m_media(media)
{
}

void MediaActions::describeMediaInfos(const QJsonObject& params, ActionContext c, const Done& done)
{
    ApiReply error;
    if (!c.checkUnknown(params, { u"FileIds"_s, u"SubAppId"_s, u"Filters"_s }, &error)
        || !c.checkSubAppId(params, m_config, &error)) {
        done(error);
        return;
    }
    const QJsonValue idsValue = params.value("FileIds"_L1);
    if (!idsValue.isArray() || idsValue.toArray().isEmpty()) {
        done(c.fail(u"MissingParameter"_s, tr("The request is missing a required parameter `FileIds`.")));
        return;
    }
    const QJsonArray ids = idsValue.toArray();
    if (ids.size() > 20) {
        done(c.fail(u"InvalidParameterValue.FileIds"_s,
            tr("FileIds accepts at most 20 ids (got %1).").arg(ids.size())));
        return;
    }
    QStringList found, missing;
    QJsonArray uploaded;
    for (const QJsonValue v : ids) {
        const QString id = v.toString();
        if (const UploadedMedia* m = m_media->media(id);
            m && m->subAppId == c.subAppId && m->existsAt(c.nowMs)) {
            uploaded.append(uploadedMediaInfo(*m, c));
            continue;
        }
        bool hit = false;
        for (const EmulatedTask& t : m_store->tasks()) {
            if (!t.fileId.isEmpty() && t.fileId == id && t.subAppId == c.subAppId && t.succeededAt(c.nowMs)) {
                const qint64 expiry = t.outputExpiryMs(m_config.temporaryUrlDays);
                if (expiry == 0 || c.nowMs < expiry) {
                    found.append(t.taskId);
                    hit = true;
                }
                break;
            }
        }
        if (!hit)
            missing.append(id);
    }
    // Every file's MetaData needs its render: answer when the last one is ready.
    struct Gather
    {
        QJsonArray set;
        int pending = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->set = uploaded;
    gather->pending = static_cast<int>(found.size());
    auto finish = [c, missing, gather, done] {
        QJsonObject r;
        r.insert("MediaInfoSet"_L1, gather->set);
        r.insert("NotExistFileIdSet"_L1, QJsonArray::fromStringList(missing));
        done(c.ok(r));
    };
    if (found.isEmpty()) {
        finish();
        return;
    }
    for (const QString& taskId : found) {
        const EmulatedTask* t = m_store->find(taskId);
        m_renderer->get(TaskActions::renderJob(*t), this,
            [this, c, taskId, gather, finish](const OutputRenderer::Result& audio) {
                if (const EmulatedTask* task = m_store->find(taskId); task && audio.ok()) {
                    const qint64 expiry = task->outputExpiryMs(m_config.temporaryUrlDays);
                    QJsonObject basic;
                    basic.insert("Name"_L1, task->mediaName.isEmpty() ? task->fileName() : task->mediaName);
                    basic.insert("Description"_L1, QString());
                    basic.insert("CreateTime"_L1, TaskActions::timeText(task->finishMs));
                    basic.insert("UpdateTime"_L1, TaskActions::timeText(task->finishMs));
                    basic.insert("ExpireTime"_L1,
                        expiry > 0 ? TaskActions::timeText(expiry) : u"9999-12-31T23:59:59Z"_s);
                    basic.insert("ClassId"_L1, task->classId);
                    basic.insert("Type"_L1, task->format);
                    basic.insert("MediaUrl"_L1, QString(c.baseUrl + task->filePath()));
                    basic.insert("Category"_L1, u"Audio"_s);
                    basic.insert("Status"_L1, u"Normal"_s);
                    basic.insert("StorageClass"_L1, u"STANDARD"_s);
                    basic.insert("StorageRegion"_L1, u"ap-guangzhou"_s);
                    QJsonObject info;
                    info.insert("FileId"_L1, task->fileId);
                    info.insert("BasicInfo"_L1, basic);
                    info.insert("MetaData"_L1, TaskActions::metaData(*task, audio));
                    gather->set.append(info);
                }
                if (--gather->pending == 0)
                    finish();
            });
    }
}

bool MediaActions::fileIdExists(const QString& fileId, const ActionContext& c) const
{
    if (fileId.isEmpty())
        return false;
    if (const UploadedMedia* m = m_media->media(fileId))
        return m->subAppId == c.subAppId && m->existsAt(c.nowMs);
    for (const EmulatedTask& t : m_store->tasks()) {
        if (t.fileId == fileId && t.subAppId == c.subAppId && t.succeededAt(c.nowMs)) {
            const qint64 expiry = t.outputExpiryMs(m_config.temporaryUrlDays);
            return expiry == 0 || c.nowMs < expiry;
        }
    }
    return false;
}

QJsonObject MediaActions::uploadedMediaInfo(const UploadedMedia& media, const ActionContext& c) const
{
    AudioProbe probe;
    if (media.category() == "Audio"_L1) {
        QFile f(m_media->absolutePath(media.objectFile));
        if (f.open(QIODevice::ReadOnly))
            probe = AudioProbe::probe(f.read(256 * 1024));
    }
    const double duration = probe.durationSeconds(media.size);
    const qint64 bitrate = duration > 0 ? static_cast<qint64>(double(media.size) * 8.0 / duration) : 0;
    const qint64 expiry = media.expiryMs();
    QJsonObject basic;
    basic.insert("Name"_L1, media.name);
    basic.insert("Description"_L1, QString());
    basic.insert("CreateTime"_L1, TaskActions::timeText(media.createMs));
    basic.insert("UpdateTime"_L1, TaskActions::timeText(media.createMs));
    basic.insert("ExpireTime"_L1, expiry > 0 ? TaskActions::timeText(expiry) : u"9999-12-31T23:59:59Z"_s);
    basic.insert("ClassId"_L1, media.classId);
    basic.insert("ClassName"_L1, QString());
    basic.insert("ClassPath"_L1, QString());
    basic.insert("CoverUrl"_L1, QString());
    basic.insert("Type"_L1, media.type);
    basic.insert("MediaUrl"_L1, QString(c.baseUrl + media.urlPath()));
    basic.insert(
        "SourceInfo"_L1, QJsonObject { { "SourceType"_L1, u"Upload"_s }, { "SourceContext"_L1, QString() } });
    basic.insert("StorageRegion"_L1, media.storageRegion);
    basic.insert("TagSet"_L1, QJsonArray());
    basic.insert("Vid"_L1, QString());
    basic.insert("Category"_L1, media.category());
    basic.insert("Status"_L1, u"Normal"_s);
    basic.insert("StorageClass"_L1, u"STANDARD"_s);
    QJsonArray audioStreams;
    if (!probe.container.isEmpty()) {
        QJsonObject stream;
        stream.insert("Bitrate"_L1, bitrate);
        stream.insert("SamplingRate"_L1, probe.sampleRate);
        stream.insert("Codec"_L1, probe.codec);
        stream.insert("Channel"_L1, probe.channels);
        audioStreams.append(stream);
    }
    QJsonObject meta;
    meta.insert("Size"_L1, media.size);
    meta.insert("Container"_L1, probe.container.isEmpty() ? media.type : probe.container);
    meta.insert("Bitrate"_L1, bitrate);
    meta.insert("Height"_L1, 0);
    meta.insert("Width"_L1, 0);
    meta.insert("Duration"_L1, duration);
    meta.insert("Rotate"_L1, 0);
    meta.insert("VideoStreamSet"_L1, QJsonArray());
    meta.insert("AudioStreamSet"_L1, audioStreams);
    meta.insert("VideoDuration"_L1, 0);
    meta.insert("AudioDuration"_L1, duration);
    QJsonObject info;
    info.insert("FileId"_L1, media.fileId);
    info.insert("BasicInfo"_L1, basic);
    info.insert("MetaData"_L1, meta);
    return info;
}
