#include "core/tasks/OutputLocator.h"

#include "core/api/VodClient.h"
#include "core/api/VodJob.h"
#include "core/model/DescribeMediaInfosResponse.h"

#include <QMap>
#include <QTimer>

using namespace Qt::StringLiterals;

OutputLocator::OutputLocator(VodClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

bool OutputLocator::needsLookup(const Wanted& w)
{
    return !w.fileId.isEmpty()
        && (w.fileUrl.isEmpty() || w.storageMode.compare("Permanent"_L1, Qt::CaseInsensitive) == 0);
}

void OutputLocator::locate(const Wanted& wanted, QObject* context, Found found)
{
    if (!needsLookup(wanted)) {
        if (wanted.fileUrl.isEmpty())
            found({},
                ApiError::invalidRequest(
                    tr("the output of task %1 has neither a FileUrl nor a FileId").arg(wanted.taskId)));
        else
            found(QUrl(wanted.fileUrl), {});
        return;
    }
    m_pending.append({ wanted, context, std::move(found) });
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &OutputLocator::flush);
    }
}

void OutputLocator::flush()
{
    m_scheduled = false;
    const QList<Pending> all = std::exchange(m_pending, {});
    auto answer = [](const Pending& p, const QUrl& url, const ApiError& error) {
        if (p.context && p.found)
            p.found(url, error);
    };
    if (!m_client) {
        for (const Pending& p : all)
            answer(
                p, {}, ApiError::invalidRequest(tr("no client to look up FileId %1").arg(p.wanted.fileId)));
        return;
    }
    QMap<qint64, QList<Pending>> bySubApp;
    for (const Pending& p : all)
        bySubApp[p.wanted.subAppId ? static_cast<qint64>(*p.wanted.subAppId) : -1].append(p);
    for (auto it = bySubApp.cbegin(); it != bySubApp.cend(); ++it) {
        const std::optional<quint64> subAppId
            = it.key() < 0 ? std::nullopt : std::optional<quint64>(static_cast<quint64>(it.key()));
        const QList<Pending>& group = it.value();
        for (qsizetype from = 0; from < group.size();) {
            QList<Pending> chunk;
            QStringList fileIds;
            while (from < group.size()
                && (fileIds.size() < DescribeMediaInfosResponse::kMaxFileIds
                    || fileIds.contains(group.at(from).wanted.fileId))) {
                chunk.append(group.at(from));
                if (!fileIds.contains(group.at(from).wanted.fileId))
                    fileIds.append(group.at(from).wanted.fileId);
                ++from;
            }
            VodJob* job = m_client->describeMediaInfos(fileIds, subAppId);
            connect(job, &VodJob::finished, this, [chunk, answer](VodJob* j) {
                const DescribeMediaInfosResponse media = j->mediaInfos();
                for (const Pending& p : chunk) {
                    const Wanted& w = p.wanted;
                    if (j->error().isError()) {
                        if (!w.fileUrl.isEmpty()) {
                            answer(p, QUrl(w.fileUrl), {}); // the task's own URL, when it gave one
                            continue;
                        }
                        ApiError e = j->error();
                        e.setHint(tr("could not look up FileId %1").arg(w.fileId));
                        answer(p, {}, e);
                        continue;
                    }
                    const MediaInfo* info = media.find(w.fileId);
                    if (!info || info->mediaUrl.isEmpty()) {
                        answer(p, {},
                            ApiError::fromApi(u"ResourceNotFound"_s,
                                tr("VOD does not know FileId %1 (the output of task %2): the media was "
                                   "deleted, has expired or belongs to another SubAppId")
                                    .arg(w.fileId, w.taskId),
                                media.requestId));
                        continue;
                    }
                    answer(p, QUrl(info->mediaUrl), {});
                }
            });
            job->start();
        }
    }
}
