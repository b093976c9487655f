#include "core/support/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString reason(int errnum)
{
    if (errnum == ENOSPC || errnum == EDQUOT)
        return AtomicFile::tr("the disk is full");
    return QString::fromLocal8Bit(std::strerror(errnum));
}

bool fsyncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

} // namespace

QString AtomicFile::createTemporary(const QString& path, const QByteArray& bytes, QString* error)
{
    const QString native = QDir::toNativeSeparators(path);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString temporary
            = path + u".new-"_s + QString::number(QRandomGenerator::global()->generate(), 36);
        const int fd
            = ::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            if (error)
                *error = tr("could not write %1: %2").arg(native, reason(errno));
            return {};
        }
        qsizetype done = 0;
        bool ok = true;
        while (ok && done < bytes.size()) {
            const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            ok = n > 0;
            if (ok)
                done += n;
            else if (n == 0)
                errno = EIO;
        }
        ok = ok && ::fsync(fd) == 0;
        const int saved = errno;
        ok = (::close(fd) == 0) && ok;
        if (!ok) {
            const int why = saved != 0 ? saved : errno;
            ::unlink(QFile::encodeName(temporary).constData());
            if (error)
                *error = tr("could not write %1: %2").arg(native, reason(why));
            return {};
        }
        return temporary;
    }
    if (error)
        *error = tr("could not write %1: no free temporary name beside it").arg(native);
    return {};
}

bool AtomicFile::commit(const QString& temporary, const QString& path, QString* error)
{
    const QString native = QDir::toNativeSeparators(path);
    const QByteArray from = QFile::encodeName(temporary);
    // A writer in between (QSettings) may have replaced the temporary file: owner-only and on the disk
    // again before it takes the old file's place.
    if (::chmod(from.constData(), 0600) != 0 || !fsyncPath(temporary, O_RDONLY)
        || ::rename(from.constData(), QFile::encodeName(path).constData()) != 0) {
        const int why = errno;
        ::unlink(from.constData());
        if (error)
            *error = tr("could not write %1: %2").arg(native, reason(why));
        return false;
    }
    // The rename itself on the disk; a failure here leaves the new file in place, which is fine.
    fsyncPath(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
    return true;
}

void AtomicFile::discard(const QString& temporary)
{
    if (!temporary.isEmpty())
        ::unlink(QFile::encodeName(temporary).constData());
}

bool AtomicFile::write(const QString& path, const QByteArray& bytes, QString* error)
{
    const QString temporary = createTemporary(path, bytes, error);
    return !temporary.isEmpty() && commit(temporary, path, error);
}

QString AtomicFile::diskFullText(const QString& folder)
{
    struct statvfs st;
    // Less room than a configuration file needs (64 KiB), or no free inode.
    if (::statvfs(QFile::encodeName(folder).constData(), &st) == 0
        && (quint64(st.f_bavail) * st.f_bsize < 64 * 1024 || st.f_favail == 0))
        return tr("the disk is full");
    return {};
}
