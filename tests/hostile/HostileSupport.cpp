#include "HostileSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace HostileSupport {

QProcessEnvironment credentialsEnv()
{
    QProcessEnvironment e;
    e.insert(u"TENCENTCLOUD_SECRET_ID"_s, u"AKIDHOSTILE0000000000000000000000"_s);
    e.insert(u"TENCENTCLOUD_SECRET_KEY"_s, u"HostileTestSecretKey000000000000"_s);
    return e;
}

qint64 rssKiB(qint64 pid)
{
    QFile f(pid == 0 ? u"/proc/self/status"_s : u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression re(u"^VmRSS:\\s*(\\d+)\\s*kB"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

int fileMode(const QString& path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

} // namespace HostileSupport
