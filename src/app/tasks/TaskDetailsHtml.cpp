#include "app/tasks/TaskDetailsHtml.h"

#include "app/tasks/TaskMarksMenu.h"
#include "core/model/AudioTask.h"
#include "core/tasks/TaskRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString row(const QString& k, const QString& v)
{
    return v.isEmpty()
        ? QString()
        : u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(k.toHtmlEscaped(), v.toHtmlEscaped());
}

QString time(const QDateTime& dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::LongFormat) : QString();
}

QString references(const QList<MediaReference>& refs)
{
    QStringList l;
    for (const MediaReference& r : refs)
        l.append(r.fileId.isEmpty() ? r.url : r.fileId);
    return l.join(u", "_s);
}

} // namespace

QString TaskDetailsHtml::empty()
{
    return u"<p>%1</p>"_s.arg(tr("Select a task to see its details.").toHtmlEscaped());
}

QString TaskDetailsHtml::build(const TaskRecord& rec)
{
    // What the service echoed of the input (4.1.313 fields included), when it has answered.
    const AudioTask echo
        = AudioTask::fromDescribeTaskDetail(QJsonDocument::fromJson(rec.responseJson).object());

    QString html = u"<table cellspacing=4>"_s;
    html += row(tr("Prompt"), rec.prompt);
    html += row(tr("Status"),
        TaskRecord::stateLabel(rec.state)
            + (rec.state == TaskRecord::State::Processing ? u" %1%"_s.arg(rec.progress) : QString()));
    // A failure first: what the service said, what it means, what to do.
    html += row(tr("Error"), rec.errorText());
    if (const auto failure = rec.failure()) {
        html += row(tr("What happened"), failure->explanation);
        html += row(
            tr("What to do"), tr("%1 (%2)").arg(failure->action, TaskFailure::remedyLabel(failure->remedy)));
    }
    html += row(tr("Rating"), TaskMarksMenu::stars(rec.rating));
    if (rec.favourite)
        html += row(tr("Favourite"), tr("yes"));
    html += row(tr("Tags"), rec.tags.join(u", "_s));
    html += row(
        tr("Model"), QString(rec.modelName + u' ' + rec.modelVersion).trimmed() + u" · "_s + rec.sceneType);
    html += row(tr("Negative prompt"), echo.negativePrompt);
    if (echo.enhancePrompt)
        html += row(tr("Prompt enhancement"), *echo.enhancePrompt ? tr("on") : tr("off"));
    html += row(tr("Reference audio"), references(echo.input.audioInfos));
    html += row(tr("Reference video"), references(echo.input.videoInfos));
    if (rec.state == TaskRecord::State::AwaitingUploads) {
        QStringList files;
        const QJsonObject request = QJsonDocument::fromJson(rec.requestJson).object();
        for (const auto field : { "VideoInfos"_L1, "AudioInfos"_L1 }) {
            for (const QJsonValue v : request.value(field).toArray()) {
                if (v.toObject().contains("UploadId"_L1))
                    files.append(v.toObject().value("LocalFile"_L1).toString());
            }
        }
        html += row(tr("Sent once uploaded"), files.join(u", "_s));
    }
    html += row(tr("TaskId"), rec.taskId);
    html += row(tr("RequestId"), rec.requestId);
    html += row(tr("Profile"), rec.profileName);
    html += row(tr("Submitted"), time(rec.submittedAt));
    html += row(tr("Started"), time(rec.beginProcessTime));
    html += row(tr("Finished"), time(rec.finishTime));
    if (rec.duration > 0)
        html += row(tr("Length"), tr("%1 s, %2").arg(rec.duration, 0, 'f', 1).arg(rec.fileType));
    html += row(tr("Saved as"), rec.localPath);
    if (rec.downloadState == TaskRecord::DownloadState::Failed)
        html += row(tr("Not saved"), rec.downloadError);
    if (rec.urlExpiresAt.isValid() && rec.downloadState != TaskRecord::DownloadState::Done)
        html += row(tr("Link valid until"), time(rec.urlExpiresAt));
    html += u"</table>"_s;
    return html;
}
