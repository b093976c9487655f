#include "core/support/SafeFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QUrl>

using namespace Qt::StringLiterals;

QString SafeFileName::clean(const QString& text, int maxLength, const QString& fallback)
{
    QList<char32_t> out;
    qsizetype bytes = 0;
    bool separator = false;
    const auto utf8Length = [](char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; };
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        const bool mark = category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing;
        if (QChar::isLetterOrNumber(c) || (mark && !out.isEmpty())) {
            const bool dash = separator && !out.isEmpty();
            if (out.size() + (dash ? 2 : 1) > maxLength || bytes + (dash ? 1 : 0) + utf8Length(c) > kMaxBytes)
                break;
            if (dash) {
                out.append(U'-');
                ++bytes;
            }
            separator = false;
            out.append(c);
            bytes += utf8Length(c);
        } else if (QChar::isSpace(c) || c == U'-' || c == U'_') {
            separator = true;
        }
        // Anything else (punctuation, dots, slashes, symbols, controls, emoji) is dropped.
    }
    if (out.isEmpty())
        return fallback;
    return QString::fromUcs4(out.constData(), out.size());
}

QString SafeFileName::extension(const QString& fileType, const QString& url)
{
    const auto clean = [](const QString& s) {
        QString out;
        for (const QChar c : s.toLower()) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                out.append(c);
        }
        return out.left(8);
    };
    QString ext = clean(fileType);
    if (ext.isEmpty() && !url.isEmpty())
        ext = clean(QFileInfo(QUrl(url).path()).suffix());
    return ext.isEmpty() ? u"bin"_s : ext;
}

QString SafeFileName::inside(const QString& folder, const QString& name, QString* error)
{
    const bool plain = !name.isEmpty() && name != "."_L1 && name != ".."_L1 && !name.contains(u'/')
        && !name.contains(u'\\') && !name.contains(QChar(0)) && name.toUtf8().size() <= 255;
    if (!plain) {
        *error = tr("refused to write \"%1\" in %2: not a plain file name").arg(name, folder);
        return {};
    }
    const QString base = QDir::cleanPath(QDir(folder).absolutePath());
    // Joined as text: QDir::filePath takes a name starting with ':' for a Qt resource path and returns
    // it as it is (found by fuzz_names).
    const QString path = base.endsWith(u'/') ? QString(base + name) : QString(base + u'/' + name);
    // A folder that exists is compared by its real path (it may itself be a link the user chose).
    const QString realBase = QFileInfo(base).canonicalFilePath();
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString target = info.canonicalFilePath(); // empty when the link leads nowhere
        const QString root = realBase.isEmpty() ? base : realBase;
        if (target.isEmpty() || QFileInfo(target).absolutePath() != root) {
            *error = tr("refused to write %1: it is a link that leads outside %2 (to %3)")
                         .arg(path, folder, target.isEmpty() ? info.symLinkTarget() : target);
            return {};
        }
    }
    return path;
}
