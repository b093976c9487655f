// The cleaning of names that come from the network into file names (SafeFileName, what the CLI's
// OutputSaver and the app's OutputLibrary use): whatever the TaskId, FileType, FileUrl and prompt, the
// file stays in its folder, the name is one plain component, short enough, and cleaning is stable.
#include "FuzzSupport.h"
#include "core/support/SafeFileName.h"
#include "core/tasks/OutputLibrary.h"
#include "core/tasks/TaskRecord.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

void checkName(const QString& name, const char* what)
{
    FuzzSupport::check(!name.isEmpty(), what, u"empty"_s);
    FuzzSupport::check(!name.contains(u'/') && !name.contains(u'\\') && !name.contains(QChar(0)), what, name);
    FuzzSupport::check(!name.startsWith(u'.') && !name.startsWith(u'-'), what, name);
    FuzzSupport::check(name.toUtf8().size() <= 255, what, name);
    for (const QChar c : name)
        FuzzSupport::check(
            c.category() != QChar::Other_Control && c.category() != QChar::Other_Format, what, name);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::quietQt();
    return 0;
}

// Input: TaskId, FileType, FileUrl and prompt, separated by NUL bytes.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A fixed folder that does not exist: nothing is written, and every run takes the same paths.
    static const QString folderPath = u"/nonexistent/aigc-fuzz-names"_s;
    const QList<QByteArray> parts = FuzzSupport::bytes(data, size).split('\0');
    const QString taskId = QString::fromUtf8(parts.value(0));
    const QString fileType = QString::fromUtf8(parts.value(1));
    const QString fileUrl = QString::fromUtf8(parts.value(2));
    const QString prompt = QString::fromUtf8(parts.value(3));

    const QString clean = SafeFileName::clean(taskId, 100, u"audio"_s);
    checkName(clean, "clean: not a plain name");
    FuzzSupport::check(clean.toUtf8().size() <= SafeFileName::kMaxBytes, "clean: too long", clean);
    FuzzSupport::check(SafeFileName::clean(clean, 100, u"audio"_s) == clean, "clean: not stable", clean);

    const QString ext = SafeFileName::extension(fileType, fileUrl);
    FuzzSupport::check(!ext.isEmpty() && ext.size() <= 8, "extension: length", ext);
    for (const QChar c : ext)
        FuzzSupport::check((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'), "extension: character", ext);

    // The CLI's name for a folder: <TaskId>.<type>.
    QString error;
    const QString path = SafeFileName::inside(folderPath, clean + u'.' + ext, &error);
    FuzzSupport::check(!path.isEmpty(), "inside: a clean name refused", error);
    FuzzSupport::check(QFileInfo(path).absolutePath() == QDir(folderPath).absolutePath(),
        "inside: outside the folder", path);
    // Whatever it is given, inside() never answers a path outside the folder.
    const QString raw = SafeFileName::inside(folderPath, taskId, &error);
    FuzzSupport::check(raw.isEmpty() || QFileInfo(raw).absolutePath() == QDir(folderPath).absolutePath(),
        "inside: a raw name outside the folder", raw);

    // The app's library name for the same answer.
    TaskRecord record;
    record.id = 1;
    record.taskId = taskId;
    record.prompt = prompt;
    record.fileType = fileType;
    record.fileUrl = fileUrl;
    record.finishTime = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const OutputLibrary library(nullptr, nullptr, nullptr, folderPath);
    const QString audio = library.audioPath(record, &error);
    FuzzSupport::check(!audio.isEmpty(), "library: refused its own name", error);
    checkName(QFileInfo(audio).fileName(), "library: not a plain name");
    FuzzSupport::check(QFileInfo(audio).absolutePath() == QDir(folderPath).absolutePath(),
        "library: outside the folder", audio);
    const QString sidecar = OutputLibrary::sidecarPath(audio);
    FuzzSupport::check(QFileInfo(sidecar).absolutePath() == QDir(folderPath).absolutePath(),
        "library: sidecar outside the folder", sidecar);
    return 0;
}
