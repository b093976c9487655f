#include "core/support/PrivateFiles.h"

#include <QDir>
#include <QFile>

// The one platform check of this file: POSIX modes where there are any (Linux, macOS). On Windows a
// user's profile folders are private by their ACLs already, and the files are made as usual.
#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#define AIGC_POSIX_MODES 1
#endif

using namespace Qt::StringLiterals;

namespace {

#if defined(AIGC_POSIX_MODES)
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool chmodTo(const QString& path, mode_t mode, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::lstat(native.constData(), &st) != 0)
        return errno == ENOENT;
    if (S_ISLNK(st.st_mode))
        return true; // a link the user made; its target is not ours to change
    if ((st.st_mode & 07777) == mode)
        return true;
    if (::chmod(native.constData(), mode) == 0)
        return true;
    if (error)
        *error = PrivateFiles::tr("cannot make %1 readable by its owner only (mode %2): %3")
                     .arg(path, QString::number(mode, 8), systemError());
    return false;
}
#else
bool chmodTo(const QString&, int, QString*)
{
    return true;
}
#endif

} // namespace

bool PrivateFiles::ensureFolder(const QString& dir, QString* error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("cannot create the folder %1").arg(dir);
        return false;
    }
    return chmodTo(dir, 0700, error);
}

bool PrivateFiles::restrictFile(const QString& path, QString* error)
{
    return chmodTo(path, 0600, error);
}

bool PrivateFiles::prepareDatabase(const QString& path, QString* error)
{
#if !defined(AIGC_POSIX_MODES)
    Q_UNUSED(path);
    Q_UNUSED(error);
    return true;
#else
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
    } else if (errno != EEXIST) {
        if (error)
            *error = tr("cannot create %1: %2").arg(path, systemError());
        return false;
    }
    bool ok = true;
    for (const QString& suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s })
        ok = restrictFile(path + suffix, error) && ok;
    return ok;
#endif
}
