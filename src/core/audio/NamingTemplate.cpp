#include "core/audio/NamingTemplate.h"

#include "core/audio/UcsCategories.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Cuts at most `max` characters, at the last space before the limit when there is one in its second
// half, never between the two halves of a surrogate pair.
QString cutAtWord(const QString& text, int max)
{
    if (text.size() <= max)
        return text;
    qsizetype cut = max;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    const qsizetype space = text.lastIndexOf(u' ', cut);
    if (space > max / 2)
        cut = space;
    return text.left(cut).trimmed();
}

bool isReservedWindowsName(const QString& name)
{
    // Reserved with or without an extension: "con.wav" is as unusable as "con".
    static const QRegularExpression reserved(
        u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s, QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

} // namespace

const QStringList& NamingTemplate::knownTokens()
{
    static const QStringList tokens { u"prompt"_s, u"date"_s, u"model"_s, u"variation"_s, u"taskid"_s,
        u"rating"_s, u"catid"_s, u"fxname"_s };
    return tokens;
}

NamingTemplate::NamingTemplate(const QString& text)
    : m_text(text)
{
    parse();
}

void NamingTemplate::parse()
{
    QString literal;
    const auto flushLiteral = [&] {
        if (!literal.isEmpty())
            m_parts.append({ false, literal });
        literal.clear();
    };
    if (m_text.trimmed().isEmpty())
        m_issues.append(tr("is empty; write a template such as %1").arg(defaultTemplate()));
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == u'/' || c == u'\\') {
            m_issues.append(tr("must not contain \"%1\": it names a file, not a folder (choose the folder "
                               "separately)")
                                .arg(c));
            continue;
        }
        if (c == u'}') {
            m_issues.append(tr("\"}\" at position %1 closes no token").arg(i + 1));
            continue;
        }
        if (c != u'{') {
            literal.append(c);
            continue;
        }
        const qsizetype close = m_text.indexOf(u'}', i + 1);
        const qsizetype nextOpen = m_text.indexOf(u'{', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            m_issues.append(
                tr("\"{\" at position %1 is not closed; tokens are written like {prompt}").arg(i + 1));
            continue;
        }
        const QString token = m_text.mid(i + 1, close - i - 1);
        if (!knownTokens().contains(token)) {
            QStringList braced;
            for (const QString& t : knownTokens())
                braced.append(u'{' + t + u'}');
            m_issues.append(tr("unknown token {%1}; the tokens are %2").arg(token, braced.join(u", "_s)));
        } else {
            flushLiteral();
            m_parts.append({ true, token });
        }
        i = close;
    }
    flushLiteral();
}

ValidationIssues NamingTemplate::issues(const QString& field) const
{
    ValidationIssues out;
    for (const QString& message : m_issues)
        out.append({ field, message });
    return out;
}

bool NamingTemplate::uses(const QString& token) const
{
    for (const Part& p : m_parts) {
        if (p.isToken && p.text == token)
            return true;
    }
    return false;
}

QString NamingTemplate::value(
    const QString& token, const ExportSource& source, const QString& catId, const QDateTime& now) const
{
    if (token == "prompt"_L1)
        return cutAtWord(source.prompt.simplified(), kMaxPromptLength);
    if (token == "date"_L1)
        return (source.createdAt.isValid() ? source.createdAt : now).toLocalTime().toString(u"yyyy-MM-dd"_s);
    if (token == "model"_L1)
        return source.model.simplified();
    if (token == "variation"_L1)
        return QString::number(source.variation).rightJustified(2, u'0');
    if (token == "taskid"_L1)
        return source.taskId.trimmed();
    if (token == "rating"_L1)
        return QString::number(source.rating);
    if (token == "catid"_L1) {
        const auto entry = UcsCategories::find(catId);
        return entry ? entry->catId : catId.trimmed();
    }
    if (token == "fxname"_L1)
        return UcsCategories::fxName(source.prompt);
    return {};
}

QString NamingTemplate::render(const ExportSource& source, const QString& catId, const QDateTime& now) const
{
    if (!isValid())
        return u"audio"_s;
    QString name;
    for (const Part& p : m_parts) {
        if (!p.isToken) {
            name += p.text;
            continue;
        }
        // Each value on its own first: a "/" in a prompt becomes "-", never a folder.
        const QString v = value(p.text, source, catId, now);
        name += v.isEmpty() ? QString() : safeFileName(v);
    }
    return safeFileName(name);
}

QString NamingTemplate::safeFileName(const QString& name, int maxLength)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const auto category = c.category();
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            out.append(c); // astral characters (emoji, rare CJK) are kept whole, both halves
            out.append(name.at(++i));
        } else if (c.isSurrogate()) {
            out.append(u' '); // half a character is not text
        } else if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse || c.isSpace()) {
            out.append(u' '); // newlines, tabs, bidi overrides, zero-width joiners...
        } else if (u"<>:\"/\\|?*"_s.contains(c)) {
            out.append(u'-');
        } else {
            out.append(c);
        }
    }
    out = out.simplified();
    const auto trimEnds = [](QString& s) {
        while (!s.isEmpty() && (s.front() == u'.' || s.front() == u'-' || s.front() == u' '))
            s.remove(0, 1);
        while (!s.isEmpty() && (s.back() == u'.' || s.back() == u' '))
            s.chop(1);
    };
    trimEnds(out);
    if (out.size() > maxLength)
        out = out.left(out.at(maxLength - 1).isHighSurrogate() ? maxLength - 1 : maxLength);
    while (out.toUtf8().size() > kMaxNameBytes)
        out.chop(out.size() >= 2 && out.at(out.size() - 2).isHighSurrogate() ? 2 : 1);
    trimEnds(out);
    if (out.isEmpty())
        return u"audio"_s;
    if (isReservedWindowsName(out))
        out += u'_';
    return out;
}
