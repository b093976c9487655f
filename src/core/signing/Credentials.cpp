#include "core/signing/Credentials.h"

QString Credentials::maskId(const QString& secretId)
{
    if (secretId.size() <= 8)
        return QString(secretId.size(), u'*');
    return secretId.left(4) + QStringLiteral("****") + secretId.right(4);
}
