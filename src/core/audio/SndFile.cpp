#include "core/audio/SndFile.h"

#include <QFile>
#include <QFileDevice>
#include <QIODevice>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

QIODevice* dev(void* user)
{
    return static_cast<SndFile::Io*>(user)->device;
}

sf_count_t vLength(void* user)
{
    return dev(user)->size();
}

sf_count_t vSeek(sf_count_t offset, int whence, void* user)
{
    QIODevice* d = dev(user);
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target += d->pos();
    else if (whence == SEEK_END)
        target += d->size();
    if (target < 0 || !d->seek(target))
        return -1;
    return d->pos();
}

sf_count_t vRead(void* ptr, sf_count_t count, void* user)
{
    const qint64 n = dev(user)->read(static_cast<char*>(ptr), count);
    return n < 0 ? 0 : n;
}

sf_count_t vWrite(const void* ptr, sf_count_t count, void* user)
{
    auto* io = static_cast<SndFile::Io*>(user);
    errno = 0;
    const qint64 n = io->device->write(static_cast<const char*>(ptr), count);
    const int systemError = errno;
    if (n < count && io->writeError.isEmpty()) {
        // The system's reason (ENOSPC: "No space left on device") when there is one: a file device
        // that wrote part of a block reports no error of its own.
        auto* file = qobject_cast<QFileDevice*>(io->device);
        if (systemError != 0)
            io->writeError = qt_error_string(systemError);
        else if (file && file->error() != QFileDevice::NoError)
            io->writeError = file->errorString();
        else
            io->writeError
                = SndFile::tr("the device took %1 of %2 bytes").arg(std::max<qint64>(0, n)).arg(count);
    }
    return n < 0 ? 0 : n;
}

sf_count_t vTell(void* user)
{
    return dev(user)->pos();
}

SF_VIRTUAL_IO kVirtualIo { vLength, vSeek, vRead, vWrite, vTell };

} // namespace

SndFile::SndFile() = default;

SndFile::~SndFile()
{
    close();
}

bool SndFile::openRead(const QString& path, QString* error)
{
    m_ownFile = std::make_unique<QFile>(path);
    if (!m_ownFile->open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot open %1: %2").arg(path, m_ownFile->errorString());
        m_ownFile.reset();
        return false;
    }
    m_io.device = m_ownFile.get();
    m_info = {};
    if (!open(SFM_READ, error)) {
        if (error)
            *error = tr("cannot read %1 as audio: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool SndFile::openRead(QIODevice* device, QString* error)
{
    m_io = { device, {} };
    m_info = {};
    return open(SFM_READ, error);
}

bool SndFile::openWrite(QIODevice* device, int format, int sampleRate, int channels, QString* error)
{
    m_io = { device, {} };
    m_info = {};
    m_info.format = format;
    m_info.samplerate = sampleRate;
    m_info.channels = channels;
    if (!sf_format_check(&m_info)) {
        if (error)
            *error = tr("libsndfile cannot write this format at %1 Hz with %2 channels")
                         .arg(sampleRate)
                         .arg(channels);
        return false;
    }
    if (!open(SFM_WRITE, error))
        return false;
    // Float samples past full scale are clipped when written as integers, never wrapped around.
    sf_command(m_sf, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    return true;
}

bool SndFile::open(int mode, QString* error)
{
    m_sf = sf_open_virtual(&kVirtualIo, mode, &m_info, &m_io);
    if (!m_sf) {
        if (error)
            *error = QString::fromUtf8(sf_strerror(nullptr));
        return false;
    }
    return true;
}

sf_count_t SndFile::readFrames(float* data, sf_count_t frames)
{
    return m_sf ? sf_readf_float(m_sf, data, frames) : 0;
}

bool SndFile::writeFrames(const float* data, sf_count_t frames, QString* error)
{
    if (!m_sf)
        return false;
    if (sf_writef_float(m_sf, data, frames) == frames)
        return true;
    if (error)
        *error = errorString();
    return false;
}

bool SndFile::seek(sf_count_t frame)
{
    return m_sf && sf_seek(m_sf, frame, SEEK_SET) == frame;
}

bool SndFile::command(int cmd, void* data, int size)
{
    return m_sf && sf_command(m_sf, cmd, data, size) == SF_TRUE;
}

bool SndFile::setString(int type, const QString& value)
{
    return m_sf && sf_set_string(m_sf, type, value.toUtf8().constData()) == 0;
}

bool SndFile::setChunk(const QByteArray& id, const QByteArray& data)
{
    if (!m_sf || id.size() > 63)
        return false;
    m_chunks.append(data);
    SF_CHUNK_INFO chunk {};
    std::memcpy(chunk.id, id.constData(), size_t(id.size()));
    chunk.id_size = unsigned(id.size());
    chunk.datalen = unsigned(m_chunks.last().size());
    chunk.data = m_chunks.last().data();
    return sf_set_chunk(m_sf, &chunk) == SF_ERR_NO_ERROR;
}

bool SndFile::close(QString* error)
{
    if (!m_sf)
        return true;
    // An error met while writing (a full disk) stays on the handle: report it rather than lose it.
    const int pending = sf_error(m_sf);
    const QString pendingText = pending ? errorString() : QString();
    const int rc = sf_close(m_sf);
    m_sf = nullptr;
    m_chunks.clear();
    m_ownFile.reset();
    const QString writeError = m_io.writeError;
    m_io = {};
    if (!writeError.isEmpty()) {
        if (error)
            *error = writeError;
        return false;
    }
    if (pending || rc != 0) {
        if (error)
            *error = pending ? pendingText : QString::fromUtf8(sf_error_number(rc));
        return false;
    }
    return true;
}

QString SndFile::errorString() const
{
    if (!m_io.writeError.isEmpty())
        return m_io.writeError;
    return QString::fromUtf8(sf_strerror(m_sf));
}

QString SndFile::libraryVersion()
{
    char version[128] = {};
    sf_command(nullptr, SFC_GET_LIB_VERSION, version, sizeof version);
    return QString::fromLatin1(version);
}
