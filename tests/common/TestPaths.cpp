#include "TestPaths.h"

#include <QFile>

namespace TestPaths {

QString sharedDir()
{
    const QByteArray env = qgetenv("AIGC_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(AIGC_SHARED_DIR) : QString::fromLocal8Bit(env);
}

QString vectorsFile(const QString& name)
{
    return sharedDir() + QStringLiteral("/vectors/") + name;
}

QString sourceDir()
{
    return QStringLiteral(AIGC_SOURCE_DIR);
}

QString binary(const QString& name)
{
    return QStringLiteral(AIGC_BIN_DIR) + u'/' + name;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace TestPaths
