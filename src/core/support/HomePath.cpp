#include "core/support/HomePath.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace HomePath {

QString join(const QString& home, const QString& relative)
{
    return QDir::cleanPath(home + u'/' + relative);
}

QString display(const QString& path, const QString& home)
{
    const QString cleanHome = QDir::cleanPath(home);
    const QString cleanPath = QDir::cleanPath(path);
    if (cleanHome.isEmpty() || cleanHome == "/"_L1)
        return cleanPath;
    if (cleanPath == cleanHome)
        return u"~"_s;
    if (cleanPath.startsWith(cleanHome + u'/'))
        return u"~"_s + cleanPath.mid(cleanHome.size());
    return cleanPath;
}

} // namespace HomePath
