#include "core/uploads/UploadQueue.h"

#include "core/api/VodClient.h"
#include "core/uploads/UploadStore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

UploadQueue::UploadQueue(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

UploadQueue::~UploadQueue()
{
    suspendAll();
}

bool UploadQueue::open(const QString& databasePath, QString* error)
{
    auto store = std::make_unique<UploadStore>(m_clock);
    if (!store->open(databasePath, error))
        return false;
    m_store = std::move(store);
    return true;
}

void UploadQueue::setClient(VodClient* client, const QString& profileName)
{
    if (client == m_client && profileName == m_profileName)
        return;
    suspendAll();
    m_client = client;
    m_profileName = profileName;
    if (m_client && m_resumeOnActivate)
        resumeUnfinished();
}

VodClient* UploadQueue::client() const
{
    return m_client;
}

MediaUploader* UploadQueue::newUploader()
{
    auto* up = new MediaUploader(m_client, m_store.get(), this);
    up->setConfig(m_config);
    return up;
}

qint64 UploadQueue::idOf(const MediaUploader* uploader) const
{
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (it->uploader == uploader)
            return it.key();
    }
    return 0;
}

void UploadQueue::track(MediaUploader* up, qint64 id)
{
    Live live;
    live.uploader = up;
    live.entry.id = id;
    live.entry.running = true;
    live.entry.filePath = up->record().filePath;
    m_live.insert(id, live);
    connect(up, &MediaUploader::progressChanged, this, [this, up](const UploadProgress& p) {
        const qint64 id = idOf(up);
        if (id == 0)
            return;
        m_live[id].entry.progress = p;
        emit progressChanged(id, p);
    });
    connect(up, &MediaUploader::stateChanged, this, [this, up](UploadRecord::State state) {
        const qint64 id = idOf(up);
        if (id == 0)
            return;
        m_live[id].entry.state = state;
        emit entryChanged(id);
    });
    connect(
        up, &MediaUploader::retrying, this, [this, up](const QString& what, const ApiError& e, qint64 ms) {
            if (const qint64 id = idOf(up))
                emit retrying(id, what, e, ms);
        });
    connect(up, &MediaUploader::finished, this, &UploadQueue::onFinished);
}

qint64 UploadQueue::add(const QString& filePath)
{
    UploadRequest request;
    request.filePath = filePath;
    return add(request);
}

qint64 UploadQueue::add(const UploadRequest& given, bool resume)
{
    const QString path = QFileInfo(given.filePath).absoluteFilePath();
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (it->entry.running && it->entry.filePath == path)
            return it.key();
    }
    if (!m_client) {
        Live live;
        live.entry.id = m_nextTemporaryId--;
        live.entry.filePath = path;
        live.entry.state = UploadRecord::State::Failed;
        live.entry.error = tr("no profile is active: choose one in Profiles, then retry the upload");
        m_live.insert(live.entry.id, live);
        return live.entry.id;
    }
    if (!resume && m_store) {
        // A fresh upload: give up an unfinished one of this file.
        const QFileInfo info(path);
        if (auto old = m_store->findResumable(path, info.size(), info.lastModified().toMSecsSinceEpoch(),
                m_client->config().baseUrl.toString(), m_client->config().subAppId)) {
            UploadRecord r = *old;
            r.state = UploadRecord::State::Cancelled;
            r.error = tr("replaced by a new upload");
            m_store->update(r);
        }
    }
    MediaUploader* up = newUploader();
    const qint64 provisional = m_nextTemporaryId--;
    track(up, provisional);
    m_live[provisional].entry.filePath = path;
    UploadRequest request = given;
    request.filePath = path;
    request.profileName = m_profileName;
    up->start(request); // may finish at once (the file is not uploadable)
    const qint64 recordId = up->record().id;
    if (recordId == 0 || !m_live.contains(provisional))
        return provisional;
    // Known by its record from now on (the id the draft keeps across restarts).
    Live live = m_live.take(provisional);
    live.entry.id = recordId;
    live.entry.state = up->record().state;
    m_live.insert(recordId, live);
    return recordId;
}

void UploadQueue::onFinished(MediaUploader* up)
{
    const qint64 id = idOf(up);
    up->deleteLater();
    if (id == 0)
        return;
    Entry& e = m_live[id].entry;
    m_live[id].uploader = nullptr;
    e.running = false;
    e.state = up->record().state;
    if (!up->record().filePath.isEmpty())
        e.filePath = up->record().filePath;
    e.fileId = up->error().isOk() ? up->fileId() : QString();
    e.mediaUrl = up->error().isOk() ? up->mediaUrl() : QString();
    e.resumedFromBytes = up->resumed() ? up->resumedFromBytes() : 0;
    e.error = up->error().isOk() ? QString() : up->error().toString();
    e.advice = up->error().isOk() ? QString() : up->error().advice();
    e.failure = up->error();
    if (up->error().isOk())
        e.progress = up->progress();
    const bool ok = e.isDone();
    emit entryChanged(id);
    emit finished(id, ok);
}

void UploadQueue::cancel(qint64 id)
{
    const auto it = m_live.find(id);
    if (it != m_live.end() && it->uploader) {
        it->uploader->cancel(); // finished() -> onFinished
        return;
    }
    if (!m_store || id <= 0)
        return;
    if (auto r = m_store->record(id); r && !r->isFinished()) {
        r->state = UploadRecord::State::Cancelled;
        r->error = tr("cancelled");
        m_store->update(*r);
        emit entryChanged(id);
        emit finished(id, false);
    }
}

qint64 UploadQueue::retry(qint64 id)
{
    const auto e = entry(id);
    if (!e || e->running)
        return id;
    if (!e->suspended)
        m_live.remove(id);
    return add(e->filePath);
}

void UploadQueue::discard(qint64 id)
{
    cancel(id);
    m_live.remove(id);
}

void UploadQueue::suspendAll()
{
    for (auto it = m_live.begin(); it != m_live.end(); ++it) {
        if (!it->uploader)
            continue;
        MediaUploader* up = it->uploader;
        it->uploader = nullptr;
        it->entry.running = false;
        it->entry.suspended = true;
        up->disconnect(this);
        up->suspend();
        up->deleteLater();
    }
}

void UploadQueue::resumeUnfinished()
{
    if (!m_store || !m_client)
        return;
    const QString endpoint = m_client->config().baseUrl.toString();
    const auto subAppId = m_client->config().subAppId;
    for (const UploadRecord& r : m_store->unfinished()) {
        // Uploads of this profile (whose endpoint may have moved, like the local emulator's port), or
        // of another profile for the same account.
        const bool mine = !r.profileName.isEmpty() && r.profileName == m_profileName;
        if (!mine && (r.endpoint != endpoint || r.subAppId != subAppId))
            continue; // resumed when its own profile is active
        if (const auto it = m_live.constFind(r.id); it != m_live.cend() && it->uploader)
            continue;
        MediaUploader* up = newUploader();
        track(up, r.id);
        m_live[r.id].entry.filePath = r.filePath;
        m_live[r.id].entry.state = r.state;
        m_live[r.id].entry.progress.totalBytes = r.fileSize;
        m_live[r.id].entry.progress.bytesSent = r.confirmedBytes();
        up->resume(r.id);
        emit entryChanged(r.id);
    }
}

UploadQueue::Entry UploadQueue::entryFromRecord(const UploadRecord& r)
{
    Entry e;
    e.id = r.id;
    e.filePath = r.filePath;
    e.state = r.state;
    e.fileId = r.state == UploadRecord::State::Done ? r.fileId : QString();
    e.error = r.error;
    e.suspended = !r.isFinished(); // resumes when its profile is active
    e.progress.totalBytes = r.fileSize;
    e.progress.bytesSent = r.state == UploadRecord::State::Done ? r.fileSize : r.confirmedBytes();
    return e;
}

std::optional<UploadQueue::Entry> UploadQueue::entry(qint64 id) const
{
    if (const auto it = m_live.constFind(id); it != m_live.cend()) {
        if (!it->entry.suspended || !m_store)
            return it->entry;
    }
    if (!m_store || id <= 0)
        return std::nullopt;
    const auto r = m_store->record(id);
    if (!r)
        return std::nullopt;
    return entryFromRecord(*r);
}

bool UploadQueue::isRunning(qint64 id) const
{
    const auto it = m_live.constFind(id);
    return it != m_live.cend() && it->uploader;
}

int UploadQueue::runningCount() const
{
    int n = 0;
    for (const Live& l : m_live)
        n += l.uploader ? 1 : 0;
    return n;
}
