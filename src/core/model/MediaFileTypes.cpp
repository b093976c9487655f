#include "core/model/MediaFileTypes.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

const QStringList& MediaFileTypes::audioExtensions()
{
    static const QStringList list { u"mp3"_s, u"m4a"_s, u"flac"_s, u"ogg"_s, u"wav"_s, u"aac"_s, u"amr"_s };
    return list;
}

const QStringList& MediaFileTypes::videoExtensions()
{
    static const QStringList list { u"mp4"_s, u"mov"_s, u"avi"_s, u"mkv"_s, u"flv"_s, u"webm"_s, u"wmv"_s,
        u"mpeg"_s, u"mpg"_s, u"3gp"_s, u"ts"_s, u"m4v"_s };
    return list;
}

QString MediaFileTypes::extensionOf(const QString& path)
{
    return QFileInfo(path).suffix().toLower();
}

MediaFileTypes::Kind MediaFileTypes::kindOf(const QString& path)
{
    const QString ext = extensionOf(path);
    if (audioExtensions().contains(ext))
        return Kind::Audio;
    if (videoExtensions().contains(ext))
        return Kind::Video;
    return Kind::None;
}

QString MediaFileTypes::globPatterns(Kind kind)
{
    QStringList exts;
    if (kind != Kind::Video)
        exts += audioExtensions();
    if (kind != Kind::Audio)
        exts += videoExtensions();
    QStringList globs;
    for (const QString& e : exts)
        globs.append(u"*."_s + e);
    return globs.join(u' ');
}

ValidationIssues MediaFileTypes::check(const QString& path, Kind expected, const QString& field)
{
    ValidationIssues issues;
    const auto issue = [&](const QString& message) { issues.append({ field, message }); };
    if (path.trimmed().isEmpty()) {
        issue(tr("no file was given"));
        return issues;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        issue(tr("the file %1 does not exist").arg(path));
        return issues;
    }
    if (info.isDir()) {
        issue(tr("%1 is a folder, not a file").arg(path));
        return issues;
    }
    if (!info.isFile()) {
        issue(tr("%1 is not a regular file").arg(path));
        return issues;
    }
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        issue(tr("cannot read %1: %2").arg(path, probe.errorString()));
        return issues;
    }
    const QString ext = extensionOf(path);
    const Kind kind = kindOf(path);
    if (kind == Kind::None) {
        issue(ext.isEmpty()
                ? tr("%1 has no file extension; VOD needs one of: %2")
                      .arg(info.fileName(), (audioExtensions() + videoExtensions()).join(u", "_s))
                : tr("\".%1\" files are not supported; audio: %2; video: %3")
                      .arg(ext, audioExtensions().join(u", "_s), videoExtensions().join(u", "_s)));
        return issues;
    }
    if (expected == Kind::Audio && kind != Kind::Audio)
        issue(tr("%1 is a video file; reference audio must be one of: %2")
                  .arg(info.fileName(), audioExtensions().join(u", "_s)));
    else if (expected == Kind::Video && kind != Kind::Video)
        issue(tr("%1 is an audio file; reference video must be one of: %2")
                  .arg(info.fileName(), videoExtensions().join(u", "_s)));
    return issues;
}
