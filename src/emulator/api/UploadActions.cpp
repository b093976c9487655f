#include "emulator/api/UploadActions.h"

#include "core/support/Clock.h"
#include "core/support/FieldParse.h"
#include "core/support/JsonFields.h"
#include "emulator/api/ModelCatalogue.h"
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

namespace {

QString randomText(int length, const char* alphabet)
{
    const auto n = static_cast<quint32>(qstrlen(alphabet));
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]);
    return out;
}

constexpr const char* kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr const char* kLowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789";

} // namespace

UploadActions::UploadActions(
    const EmulatorConfig& config, TaskStore* store, MediaStore* media, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_media(media)
{
}

void UploadActions::applyUpload(const QJsonObject& params, ActionContext c, const Done& done)
{
    ApiReply error;
    // The documented extras (CoverType, Procedure, SourceContext, SessionContext, ExtInfo) are accepted
    // and ignored.
    static const QStringList known { u"SubAppId"_s, u"MediaType"_s, u"MediaName"_s, u"ClassId"_s,
        u"ExpireTime"_s, u"StorageRegion"_s, u"CoverType"_s, u"Procedure"_s, u"SourceContext"_s,
        u"SessionContext"_s, u"ExtInfo"_s };
    if (!c.checkUnknown(params, known, &error) || !c.checkSubAppId(params, m_config, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    QString mediaType = FieldParse::jsonString(params, "MediaType"_L1, u"MediaType"_s, &typeIssues).trimmed();
    const QString mediaName = FieldParse::jsonString(params, "MediaName"_L1, u"MediaName"_s, &typeIssues);
    const std::optional<qint64> classId
        = FieldParse::jsonInteger(params, "ClassId"_L1, u"ClassId"_s, &typeIssues);
    const QString expireTime
        = FieldParse::jsonString(params, "ExpireTime"_L1, u"ExpireTime"_s, &typeIssues).trimmed();
    QString region
        = FieldParse::jsonString(params, "StorageRegion"_L1, u"StorageRegion"_s, &typeIssues).trimmed();
    if (!typeIssues.isEmpty()) {
        done(c.fail(
            u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(ActionContext::joinIssues(typeIssues))));
        return;
    }
    if (mediaType.isEmpty()) {
        done(c.fail(u"MissingParameter"_s, tr("The request is missing a required parameter `MediaType`.")));
        return;
    }
    if (mediaType.startsWith(u'.'))
        mediaType.remove(0, 1);
    mediaType = mediaType.toLower();
    if (UploadedMedia::categoryOf(mediaType).isEmpty()) {
        done(c.fail(u"InvalidParameterValue.MediaType"_s,
            tr("Invalid parameter value: MediaType `%1` is not a supported media type (audio: mp3, m4a, "
               "flac, "
               "ogg, wav, aac, amr; video: mp4, mov, avi, mkv, flv, webm, wmv, mpeg, mpg, 3gp, ts, m4v...).")
                .arg(params.value("MediaType"_L1).toString())));
        return;
    }
    if (classId && *classId < 0) {
        done(c.fail(u"InvalidParameterValue.ClassId"_s,
            tr("Invalid parameter value: ClassId must not be negative (got %1).").arg(*classId)));
        return;
    }
    if (!expireTime.isEmpty()) {
        const QDateTime t = FieldParse::parseIso8601(expireTime);
        if (!t.isValid() || t.toMSecsSinceEpoch() <= c.nowMs) {
            done(c.fail(u"InvalidParameterValue.ExpireTime"_s,
                tr("Invalid parameter value: ExpireTime must be a future time in ISO 8601 format, e.g. "
                   "2026-12-31T23:59:59+08:00 (got \"%1\").")
                    .arg(expireTime)));
            return;
        }
    }
    static const QRegularExpression regionShape(u"^[a-z]{2,}(-[a-z]+)+(-[0-9]+)?$"_s);
    if (region.isEmpty())
        region = u"ap-guangzhou"_s;
    else if (!regionShape.match(region).hasMatch()) {
        done(c.fail(u"InvalidParameterValue.StorageRegion"_s,
            tr("Invalid parameter value: StorageRegion `%1` is not a storage region (e.g. ap-guangzhou).")
                .arg(region)));
        return;
    }

    UploadSession s;
    QByteArray raw(48, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    s.sessionKey
        = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    s.subAppId = c.subAppId;
    s.mediaType = mediaType;
    s.mediaName = mediaName;
    s.classId = classId.value_or(0);
    s.expireTime = expireTime;
    s.storageRegion = region;
    s.bucket = QString::fromLatin1(kEmulatorStorageBucket);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]+"_s);
    QString base = mediaName;
    base.replace(unsafe, u"_"_s);
    if (base.isEmpty())
        base = u"f0"_s;
    s.storagePath = u'/' + randomText(10, kLowerAlnum) + u"vodtransemu"_s
        + QString::number(c.subAppId.value_or(m_config.accountId)) + u'/' + randomText(8, kLowerAlnum) + u'/'
        + base.left(48) + u'.' + mediaType;
    s.secretId = u"AKID"_s + randomText(32, kAlnum);
    s.secretKey = randomText(32, kAlnum);
    s.token = randomText(128, kAlnum);
    s.credentialExpiresSecs = c.nowMs / 1000 + m_config.uploadCredentialSeconds;
    s.createMs = c.nowMs;
    m_media->addSession(s);
    QString err;
    if (!m_media->save(&err))
        qWarning("aigc-vod-emulator: %s", qPrintable(err));

    QJsonObject cert;
    cert.insert("SecretId"_L1, s.secretId);
    cert.insert("SecretKey"_L1, s.secretKey);
    cert.insert("Token"_L1, s.token);
    cert.insert("ExpiredTime"_L1, s.credentialExpiresSecs);
    QJsonObject r;
    r.insert("StorageBucket"_L1, s.bucket);
    r.insert("StorageRegion"_L1, s.storageRegion);
    r.insert("VodSessionKey"_L1, s.sessionKey);
    r.insert("MediaStoragePath"_L1, s.storagePath);
    r.insert("CoverStoragePath"_L1, QString());
    r.insert("TempCertificate"_L1, cert);
    done(c.ok(r));
}

void UploadActions::commitUpload(const QJsonObject& params, ActionContext c, const Done& done)
{
    ApiReply error;
    if (!c.checkUnknown(params, { u"VodSessionKey"_s, u"SubAppId"_s, u"Precision"_s }, &error)
        || !c.checkSubAppId(params, m_config, &error)) {
        done(error);
        return;
    }
    ValidationIssues typeIssues;
    const QString key
        = FieldParse::jsonString(params, "VodSessionKey"_L1, u"VodSessionKey"_s, &typeIssues).trimmed();
    if (!typeIssues.isEmpty()) {
        done(c.fail(
            u"InvalidParameter"_s, tr("Invalid parameter: %1.").arg(ActionContext::joinIssues(typeIssues))));
        return;
    }
    if (key.isEmpty()) {
        done(c.fail(
            u"MissingParameter"_s, tr("The request is missing a required parameter `VodSessionKey`.")));
        return;
    }
    UploadSession* s = m_media->session(key);
    if (!s || s->subAppId != c.subAppId) {
        done(c.fail(u"InvalidParameterValue.VodSessionKey"_s,
            tr("Invalid parameter value: VodSessionKey does not name an upload of this application (give it "
               "verbatim as ApplyUpload answered it, with the same SubAppId).")));
        return;
    }
    // Idempotent: a client that lost the answer and commits again gets the same file.
    if (!s->isCommitted()) {
        if (!s->hasObject()) {
            const QList<const MultipartUpload*> pending = m_media->uploadsOf(s->sessionKey);
            done(c.fail(u"FailedOperation"_s,
                pending.isEmpty()
                    ? tr("The media file was never uploaded: store the object at MediaStoragePath %1 "
                         "(PUT Object, or a completed multipart upload) before CommitUpload.")
                          .arg(s->storagePath)
                    : tr("The multipart upload %1 of MediaStoragePath %2 was not completed: send "
                         "CompleteMultipartUpload before CommitUpload.")
                          .arg(pending.constFirst()->uploadId, s->storagePath)));
            return;
        }
        UploadedMedia m;
        do {
            m.fileId = u"5285890"_s
                + QString::number(QRandomGenerator::system()->bounded(Q_INT64_C(1000000000000)))
                      .rightJustified(12, u'0');
        } while (m_media->hasFileId(m.fileId)
            || std::any_of(m_store->tasks().cbegin(), m_store->tasks().cend(),
                [&m](const EmulatedTask& t) { return t.fileId == m.fileId; }));
        m.subAppId = s->subAppId;
        m.name = s->mediaName.isEmpty() ? m.fileId : s->mediaName;
        m.type = s->mediaType;
        m.classId = s->classId;
        m.expireTime = s->expireTime;
        m.storageRegion = s->storageRegion;
        m.createMs = c.nowMs;
        m.objectFile = s->objectFile;
        m.size = s->objectSize;
        m.etag = s->objectEtag;
        m.sessionKey = s->sessionKey;
        s->fileId = m.fileId;
        m_media->addMedia(m);
        QString err;
        if (!m_media->save(&err))
            qWarning("aigc-vod-emulator: %s", qPrintable(err));
    }
    const UploadedMedia* m = m_media->media(s->fileId);
    QJsonObject r;
    r.insert("FileId"_L1, s->fileId);
    r.insert("MediaUrl"_L1, m ? QString(c.baseUrl + m->urlPath()) : QString());
    r.insert("CoverUrl"_L1, QString());
    done(c.ok(r));
}
