#include "cli/UploadCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "cli/UploadWatch.h"
#include "core/model/MediaFileTypes.h"
#include "core/support/FieldParse.h"
#include "core/support/PrintableText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

UploadCommand::~UploadCommand() = default;

QString UploadCommand::summary() const
{
    return tr("Upload a local audio or video file to VOD and print its FileId.\n"
              "Example: aigc-audio upload footsteps.wav --media-name \"Footsteps reference\"\n"
              "Use the FileId with create --audio-file-id / --video-file-id, or let create --audio-file PATH "
              "upload for you. An interrupted upload resumes when the same command runs again.");
}

void UploadCommand::addUploadOptions(QCommandLineParser& parser)
{
    addStateOption(parser);
    parser.addOption({ u"part-size"_s,
        tr("Multipart part size in MiB, 1 to 5120 (default 8); files up to 20 MiB go in one request."),
        u"MIB"_s });
    parser.addOption(
        { u"no-resume"_s, tr("Start over instead of resuming an interrupted upload of the same file.") });
}

UploadCommand::Options UploadCommand::uploadOptions(
    const QCommandLineParser& parser, ValidationIssues& issues)
{
    Options o;
    o.resume = !parser.isSet(u"no-resume"_s);
    if (parser.isSet(u"part-size"_s)) {
        const auto mib = FieldParse::textInteger(parser.value(u"part-size"_s), u"--part-size"_s, issues);
        if (mib && (*mib < 1 || *mib > 5120))
            issues.append({ u"--part-size"_s, tr("must be from 1 to 5120 MiB (got %1)").arg(*mib) });
        else if (mib)
            o.partSize = *mib * 1024 * 1024;
    }
    return o;
}

void UploadCommand::Options::applyTo(UploadQueue* queue) const
{
    if (partSize > 0) {
        MediaUploader::Config c;
        c.partSize = partSize;
        queue->setConfig(c);
    }
}

void UploadCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(
        { u"media-name"_s, tr("The media's name in VOD (default: the file's name)."), u"NAME"_s });
    parser.addOption(
        { u"class-id"_s, tr("The VOD category (ClassId) to file it under, default 0."), u"N"_s });
    addUploadOptions(parser);
    ClientOptions::add(parser);
    parser.addOption({ u"json"_s, tr("Print {\"FileId\",\"MediaUrl\",\"Bytes\"} as JSON.") });
}

void UploadCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        fail(ExitBadInput,
            args.isEmpty() ? tr("give the file to upload: aigc-audio upload PATH")
                           : tr("upload takes one file (got %1); run it once per file").arg(args.size()));
        return;
    }
    m_path = args.first();
    ValidationIssues issues = MediaFileTypes::check(m_path, MediaFileTypes::Kind::None, u"PATH"_s);
    m_mediaName = parser.value(u"media-name"_s);
    if (m_mediaName.size() > 64)
        issues.append({ u"--media-name"_s, tr("at most 64 characters (got %1)").arg(m_mediaName.size()) });
    if (parser.isSet(u"class-id"_s)) {
        const auto id = FieldParse::textInteger(parser.value(u"class-id"_s), u"--class-id"_s, issues);
        if (id && *id < 0)
            issues.append({ u"--class-id"_s, tr("must not be negative (got %1)").arg(*id) });
        m_classId = id.value_or(0);
    }
    m_options = uploadOptions(parser, issues);
    m_json = parser.isSet(u"json"_s);
    if (!issues.isEmpty()) {
        failWithIssues(issues);
        return;
    }
    connectThen(parser, [this] { upload(); });
}

void UploadCommand::upload()
{
    if (!openServices())
        return;
    m_options.applyTo(uploads());
    UploadRequest request;
    request.filePath = m_path;
    request.mediaName = m_mediaName;
    request.classId = m_classId;
    const qint64 id = uploads()->add(request, m_options.resume);
    auto* watch = new UploadWatch(env(), uploads(), this);
    watch->watch({ { id, m_path } },
        [this](const ApiError& e, const QString&, const QList<UploadQueue::Entry>& entries) {
            if (e.isError()) {
                const QString advice = e.advice();
                fail(exitCodeFor(e), e.toString() + (advice.isEmpty() ? QString() : u"\n"_s + advice));
                return;
            }
            const UploadQueue::Entry& r = entries.first();
            if (m_json) {
                QJsonObject o;
                o.insert("FileId"_L1, r.fileId);
                o.insert("MediaUrl"_L1, r.mediaUrl);
                o.insert("Bytes"_L1, r.progress.totalBytes);
                o.insert("Resumed"_L1, r.resumedFromBytes > 0);
                env()->out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
            } else {
                env()->out() << PrintableText::escape(r.fileId) << u'\n';
            }
            done(ExitOk);
        });
}
