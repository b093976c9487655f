#include "core/model/MediaReference.h"

#include "core/support/JsonFields.h"

#include <QUrl>

using namespace Qt::StringLiterals;

QJsonObject MediaReference::toJson() const
{
    QJsonObject o;
    o.insert("Type"_L1, type);
    if (!fileId.isEmpty())
        o.insert("FileId"_L1, fileId);
    if (!url.isEmpty())
        o.insert("Url"_L1, url);
    return o;
}

MediaReference MediaReference::fromJson(const QJsonObject& o)
{
    return { JsonFields::string(o, "Type"_L1), JsonFields::string(o, "FileId"_L1),
        JsonFields::string(o, "Url"_L1) };
}

void MediaReference::validate(const QString& prefix, ValidationIssues& issues) const
{
    if (type == "File"_L1) {
        if (fileId.trimmed().isEmpty())
            issues.append({ prefix + ".FileId"_L1, tr("is required when Type is File") });
        else if (fileId.contains(u' '))
            issues.append({ prefix + ".FileId"_L1, tr("must not contain spaces (got \"%1\")").arg(fileId) });
    } else if (type == "Url"_L1) {
        const QUrl u(url, QUrl::StrictMode);
        const QString scheme = u.scheme().toLower();
        if (url.trimmed().isEmpty())
            issues.append({ prefix + ".Url"_L1, tr("is required when Type is Url") });
        else if (!u.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || u.host().isEmpty())
            issues.append(
                { prefix + ".Url"_L1, tr("must be an http:// or https:// URL (got \"%1\")").arg(url) });
    } else {
        issues.append({ prefix + ".Type"_L1, tr("must be File or Url (got \"%1\")").arg(type) });
    }
}
