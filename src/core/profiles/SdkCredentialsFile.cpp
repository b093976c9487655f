#include "core/profiles/SdkCredentialsFile.h"

#include "core/support/HomePath.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {
// "'abc' # note" -> abc; a value that opens a quote and never closes it stays as written.
QString unquote(const QString& value)
{
    if (value.size() >= 2) {
        const QChar first = value.front();
        if (first == u'"' || first == u'\'') {
            const qsizetype close = value.indexOf(first, 1);
            if (close > 0)
                return value.mid(1, close - 1);
        }
    }
    return value;
}

// "abc  # note" -> "abc": a comment after whitespace, in an unquoted value.
QString stripInlineComment(const QString& value)
{
    for (qsizetype i = 1; i < value.size(); ++i) {
        if ((value.at(i) == u'#' || value.at(i) == u';') && value.at(i - 1).isSpace())
            return value.left(i).trimmed();
    }
    return value;
}
} // namespace

SdkCredentialsFile::SdkCredentialsFile(const QString& homeDir)
    : m_homeDir(homeDir)
{
}

QString SdkCredentialsFile::filePath() const
{
    return HomePath::join(m_homeDir, u".tencentcloud/credentials"_s);
}

QString SdkCredentialsFile::displayPath() const
{
    return HomePath::display(filePath(), m_homeDir);
}

bool SdkCredentialsFile::exists() const
{
    return QFile::exists(filePath());
}

SdkCredentialsFile::Parsed SdkCredentialsFile::parse(const QByteArray& data)
{
    Parsed result;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    QString current;
    bool inSection = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = lines.at(i).trimmed(); // also drops the \r of CRLF
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            const qsizetype close = line.indexOf(u']');
            const QString rest = close < 0 ? QString() : line.mid(close + 1).trimmed();
            if (close < 0 || (!rest.isEmpty() && !rest.startsWith(u'#') && !rest.startsWith(u';'))) {
                result.error = tr("line %1: a section header must look like [name]").arg(lineNumber);
                return result;
            }
            current = line.mid(1, close - 1).trimmed();
            if (current.isEmpty()) {
                result.error = tr("line %1: the section has no name").arg(lineNumber);
                return result;
            }
            inSection = true;
            if (!result.sections.contains(current)) {
                result.sectionNames.append(current);
                result.sections.insert(current, Section());
            }
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        const qsizetype colon = line.indexOf(u':');
        const qsizetype sep = eq < 0 ? colon : (colon < 0 ? eq : std::min(eq, colon));
        if (sep <= 0) {
            result.error = sep == 0 ? tr("line %1: a key is missing before '='").arg(lineNumber)
                                    : tr("line %1: expected key = value or [section]").arg(lineNumber);
            return result;
        }
        if (!inSection) {
            result.error = tr("line %1: a key comes before any [section]").arg(lineNumber);
            return result;
        }
        const QString key = line.left(sep).trimmed().toLower();
        QString value = line.mid(sep + 1).trimmed();
        const bool quoted = value.startsWith(u'"') || value.startsWith(u'\'');
        value = quoted ? unquote(value) : stripInlineComment(value);
        result.sections[current].insert(key, value);
    }
    return result;
}

QStringList SdkCredentialsFile::sections(QString* error) const
{
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot be read (%2)").arg(displayPath(), file.errorString());
        return {};
    }
    const Parsed parsed = parse(file.readAll());
    if (!parsed.error.isEmpty()) {
        if (error)
            *error = displayPath() + u": "_s + parsed.error;
        return {};
    }
    return parsed.sectionNames;
}

SdkCredentialsFile::Entry SdkCredentialsFile::read(const QString& section) const
{
    Entry entry;
    entry.section = section;
    entry.path = filePath();
    QFile file(entry.path);
    if (!file.exists())
        return entry;
    if (!file.open(QIODevice::ReadOnly)) {
        entry.found = true;
        entry.error = tr("%1: cannot be read (%2)").arg(displayPath(), file.errorString());
        return entry;
    }
    const Parsed parsed = parse(file.readAll());
    if (!parsed.error.isEmpty()) {
        entry.found = true; // the file is there, just broken: that must be reported, not skipped
        entry.error = displayPath() + u": "_s + parsed.error;
        return entry;
    }
    if (!parsed.sections.contains(section))
        return entry;
    entry.found = true;
    const Section values = parsed.sections.value(section);
    entry.credentials.secretId = values.value(u"secret_id"_s);
    entry.credentials.secretKey = values.value(u"secret_key"_s);
    entry.credentials.token = values.value(u"token"_s);
    if (entry.credentials.secretId.isEmpty())
        entry.error = tr("%1: section [%2] has no secret_id").arg(displayPath(), section);
    else if (entry.credentials.secretKey.isEmpty())
        entry.error = tr("%1: section [%2] has no secret_key").arg(displayPath(), section);
    if (!entry.error.isEmpty())
        entry.credentials = Credentials();
    return entry;
}
