#include "core/profiles/Profile.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

const QStringList& Profile::languages()
{
    static const QStringList values { QString(), u"zh-CN"_s, u"en-US"_s };
    return values;
}

QString Profile::emulatorProfileName()
{
    return u"Local emulator (offline demo)"_s;
}

Profile Profile::localEmulator(const QUrl& baseUrl)
{
    Profile p;
    p.name = emulatorProfileName();
    p.endpoint = Endpoint::custom(baseUrl);
    p.emulator = true;
    return p;
}

bool Profile::isValidRegion(const QString& region)
{
    static const QRegularExpression re(u"^[a-z]{2,4}(-[a-z]+)+(-\\d+)?$"_s);
    return re.match(region).hasMatch();
}

ValidationIssues Profile::validate() const
{
    ValidationIssues issues;
    const QString nameField = u"name"_s;
    if (name.isEmpty()) {
        issues.append({ nameField, tr("must not be empty") });
    } else {
        const bool badChar = std::any_of(name.cbegin(), name.cend(),
            [](QChar c) { return c == u'/' || c == u'\\' || c.category() == QChar::Other_Control; });
        if (badChar)
            issues.append({ nameField, tr("must not contain '/', '\\' or control characters") });
        if (name.trimmed() != name)
            issues.append({ nameField, tr("must not start or end with spaces") });
        if (name.size() > kMaxNameLength)
            issues.append({ nameField,
                tr("must be at most %1 characters (got %2)").arg(kMaxNameLength).arg(name.size()) });
    }

    if (!endpoint.isValid()) {
        const QString given = endpoint.toString();
        issues.append({ u"endpoint"_s,
            given.isEmpty()
                ? tr("is not valid: use china, intl, region:NAME or an http(s):// URL")
                : tr("\"%1\" is not valid: use china, intl, region:NAME or an http(s):// URL").arg(given) });
    }

    if (!region.isEmpty() && !isValidRegion(region))
        issues.append({ u"region"_s, tr("\"%1\" is not a region name such as ap-singapore").arg(region) });

    if (!languages().contains(language))
        issues.append({ u"language"_s, tr("must be empty, zh-CN or en-US (got \"%1\")").arg(language) });

    issues += proxy.validate();

    return issues;
}
