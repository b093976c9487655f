#include "cli/ExportCommand.h"

#include "cli/CliEnvironment.h"
#include "cli/ExitCode.h"
#include "core/audio/ExportJob.h"
#include "core/audio/UcsCategories.h"
#include "core/support/AppPaths.h"
#include "core/tasks/ExportSources.h"
#include "core/tasks/HistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

std::optional<double> number(
    const QCommandLineParser& parser, const QString& option, ValidationIssues& issues)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const double v = parser.value(option).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        issues.append(
            { option, ExportCommand::tr("must be a number (got \"%1\")").arg(parser.value(option)) });
        return std::nullopt;
    }
    return v;
}

std::optional<qint64> milliseconds(
    const QCommandLineParser& parser, const QString& option, ValidationIssues& issues)
{
    const auto v = number(parser, option, issues);
    if (!v)
        return std::nullopt;
    return std::llround(*v);
}

} // namespace

QString ExportCommand::summary() const
{
    return tr(
        "Export saved sounds to WAV, FLAC, MP3, Ogg Vorbis or Ogg Opus: trimmed, faded, resampled, loudness "
        "normalised, named from a template, with their prompt in the file's metadata.\n"
        "Example: aigc-audio export TASKID --format wav --rate 48000 --bits 24 --loudness -16 --true-peak -1 "
        "--name '{prompt}_{variation}' --dir ./export");
}

void ExportCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"TASKID"_s,
        tr("Tasks whose output the local history has saved (the app's library, or the database of "
           "--history-db)."),
        u"[TASKID...]"_s);
    parser.addOption({ u"input"_s,
        tr("An audio file to export (repeatable), for sounds not in the history; a library sidecar .json "
           "beside it gives its prompt."),
        u"FILE"_s });
    parser.addOption({ u"dir"_s, tr("The folder to export into (made if missing)."), u"DIR"_s });
    parser.addOption({ u"format"_s, tr("wav (default), flac, mp3, vorbis (.ogg) or opus."), u"FORMAT"_s });
    parser.addOption(
        { u"rate"_s, tr("Sample rate in Hz, e.g. 44100, 48000, 96000 (default: the source's)."), u"HZ"_s });
    parser.addOption({ u"bits"_s,
        tr("WAV and FLAC: 16 or 24 (PCM), or 32 (WAV float) (default: the source's, else 24)."), u"N"_s });
    parser.addOption({ u"loudness"_s,
        tr("Integrated loudness target in LUFS (EBU R128), e.g. -23, -16, -14 (default: unchanged)."),
        u"LUFS"_s });
    parser.addOption({ u"true-peak"_s,
        tr("True-peak ceiling in dBTP for --loudness (default -1): the gain never lifts the peak above it, "
           "and a target it stops short of is reported."),
        u"DBTP"_s });
    parser.addOption({ u"region"_s,
        tr("Only this part: START-END in ms, or with units, e.g. 1500-4000, 1.5s-4s."), u"START-END"_s });
    parser.addOption({ u"fade-in"_s, tr("Fade-in length in ms."), u"MS"_s });
    parser.addOption({ u"fade-out"_s, tr("Fade-out length in ms."), u"MS"_s });
    parser.addOption({ u"name"_s,
        tr("File name template (default {prompt}_{variation}_{taskid}; with --ucs the UCS name "
           "{catid}_{fxname} {variation}_AIGC_{model}). Tokens: {prompt} {date} {model} {variation} "
           "{taskid} {rating} {catid} {fxname}. The extension follows the format."),
        u"TEMPLATE"_s });
    parser.addOption({ u"ucs"_s, tr("UCS CatID for {catid}, e.g. RAINMetl (see --ucs-list)."), u"CATID"_s });
    parser.addOption({ u"ucs-list"_s, tr("Print the UCS categories this tool knows and exit.") });
    parser.addOption({ u"quality"_s,
        tr("MP3, Vorbis, Opus: 0 (smallest) to 1 (best); MP3 default 1 (320 kb/s)."), u"Q"_s });
    parser.addOption({ u"overwrite"_s, tr("Replace files that exist (otherwise they are refused).") });
    parser.addOption(
        { u"jobs"_s, tr("Sounds exported at once (default: the number of cores, at most 4)."), u"N"_s });
    parser.addOption({ u"history-db"_s, tr("The history database (default: the app's)."), u"PATH"_s });
    parser.addOption({ u"json"_s, tr("Print one JSON object per file instead of a line.") });
}

std::optional<ExportSettings::Region> ExportCommand::parseRegion(
    const QString& text, ValidationIssues& issues)
{
    static const QRegularExpression re(
        u"^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)?\\s*-\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)?\\s*$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        issues.append({ ExportSettings::fieldRegion(),
            tr("must be START-END in milliseconds, or with units, e.g. 1500-4000 or 1.5s-4s (got \"%1\")")
                .arg(text) });
        return std::nullopt;
    }
    const auto ms = [&](int value, int unit) {
        const double v = m.captured(value).toDouble();
        return std::llround(m.captured(unit) == "s"_L1 ? v * 1000.0 : v);
    };
    return ExportSettings::Region { ms(1, 2), ms(3, 4) };
}

ExportSettings ExportCommand::parseSettings(const QCommandLineParser& parser, ValidationIssues& issues)
{
    ExportSettings s;
    if (parser.isSet(u"format"_s)) {
        if (const auto f = ExportFormat::fromName(parser.value(u"format"_s)))
            s.format = *f;
        else
            issues.append({ ExportSettings::fieldFormat(),
                tr("must be wav, flac, mp3, vorbis or opus (got \"%1\")").arg(parser.value(u"format"_s)) });
    }
    if (const auto bits = number(parser, u"bits"_s, issues)) {
        if (const auto e = ExportFormat::encodingFromBits(int(*bits)); e && *bits == std::floor(*bits))
            s.encoding = *e;
        else
            issues.append({ ExportSettings::fieldBits(),
                tr("must be 16, 24 or 32 (got %1)").arg(parser.value(u"bits"_s)) });
    }
    if (const auto rate = number(parser, u"rate"_s, issues))
        s.sampleRate = int(std::lround(*rate));
    s.loudnessLufs = number(parser, u"loudness"_s, issues);
    if (const auto peak = number(parser, u"true-peak"_s, issues))
        s.truePeakCeilingDbtp = *peak;
    if (parser.isSet(u"region"_s))
        s.region = parseRegion(parser.value(u"region"_s), issues);
    s.fadeInMs = milliseconds(parser, u"fade-in"_s, issues).value_or(0);
    s.fadeOutMs = milliseconds(parser, u"fade-out"_s, issues).value_or(0);
    s.ucsCatId = parser.value(u"ucs"_s).trimmed();
    if (const auto entry = UcsCategories::find(s.ucsCatId))
        s.ucsCatId = entry->catId;
    if (parser.isSet(u"name"_s))
        s.nameTemplate = parser.value(u"name"_s);
    else if (!s.ucsCatId.isEmpty())
        s.nameTemplate = NamingTemplate::ucsPreset();
    s.quality = number(parser, u"quality"_s, issues);
    s.outputDir = parser.value(u"dir"_s);
    s.overwrite = parser.isSet(u"overwrite"_s);
    return s;
}

void ExportCommand::printUcsList()
{
    for (const UcsCategories::Entry& e : UcsCategories::all())
        env()->out() << u"%1  %2 / %3\n"_s.arg(e.catId, -10).arg(e.category, e.subCategory);
    done(ExitOk);
}

void ExportCommand::run(const QCommandLineParser& parser)
{
    if (parser.isSet(u"ucs-list"_s)) {
        printUcsList();
        return;
    }
    ValidationIssues issues;
    const ExportSettings settings = parseSettings(parser, issues);
    int jobs = std::min(4, std::max(1, QThread::idealThreadCount()));
    if (const auto n = number(parser, u"jobs"_s, issues)) {
        if (*n >= 1 && *n <= 64 && *n == std::floor(*n))
            jobs = int(*n);
        else
            issues.append({ u"jobs"_s,
                tr("must be a whole number from 1 to 64 (got %1)").arg(parser.value(u"jobs"_s)) });
    }

    // The sources: TaskIds from the history, then files.
    QList<ExportSource> sources;
    const QStringList taskIds = parser.positionalArguments();
    if (!taskIds.isEmpty()) {
        const QString db = parser.isSet(u"history-db"_s) ? parser.value(u"history-db"_s)
                                                         : AppPaths::historyDatabase(env()->env());
        HistoryStore store(env()->clock());
        QString error;
        if (!QFileInfo::exists(db) || !store.open(db, &error)) {
            issues.append({ ExportSettings::fieldInput(),
                QFileInfo::exists(db) ? error
                                      : tr("there is no local history at %1; give the files with --input")
                                            .arg(QDir::toNativeSeparators(db)) });
        } else {
            for (const QString& id : taskIds) {
                if (const auto s = ExportSources::fromTaskId(&store, id.trimmed(), &error))
                    sources.append(*s);
                else
                    issues.append({ ExportSettings::fieldInput(), error });
            }
        }
    }
    for (const QString& file : parser.values(u"input"_s))
        sources.append(ExportSources::fromFile(file));
    // Files given together with the same prompt are takes of it: numbered in the order given.
    QHash<QString, int> takes;
    for (ExportSource& s : sources) {
        if (s.taskId.isEmpty())
            s.variation = ++takes[s.prompt];
    }
    if (sources.isEmpty() && issues.isEmpty())
        issues.append(
            { ExportSettings::fieldInput(), tr("nothing to export: give TASKIDs or --input FILE") });

    ExportJob job(sources, settings);
    if (issues.isEmpty())
        issues = job.prepare();
    if (!issues.isEmpty()) {
        for (const ValidationIssue& i : issues)
            env()->err() << u"aigc-audio export: "_s << i.toString() << u'\n';
        env()->err() << tr("Nothing was written.") << u'\n';
        done(ExitBadInput);
        return;
    }
    job.setThreadCount(jobs);

    const bool json = parser.isSet(u"json"_s);
    connect(
        &job, &ExportJob::progress, this, [this](double f) { showProgress(f); }, Qt::DirectConnection);
    connect(
        &job, &ExportJob::itemFinished, this,
        [this, json](int, const ExportResult& r) {
            QMutexLocker lock(&m_outputMutex);
            if (env()->errIsTerminal())
                env()->err() << u"\r\033[K"_s;
            if (json) {
                QJsonObject o { { u"file"_s, r.targetPath }, { u"prompt"_s, r.source.prompt },
                    { u"taskId"_s, r.source.taskId }, { u"ok"_s, r.ok() }, { u"error"_s, r.error },
                    { u"warnings"_s, QJsonArray::fromStringList(r.warnings) },
                    { u"sampleRate"_s, r.sampleRate }, { u"frames"_s, r.frames } };
                if (r.loudnessLufs)
                    o.insert(u"loudnessLufs"_s, *r.loudnessLufs);
                if (r.truePeakDbtp)
                    o.insert(u"truePeakDbtp"_s, *r.truePeakDbtp);
                env()->out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
            }
            report(r, json);
            env()->out().flush();
            env()->err().flush();
        },
        Qt::DirectConnection);
    job.run();

    int code = ExitOk;
    for (const ExportResult& r : job.results()) {
        if (!r.ok())
            code = r.field == ExportSettings::fieldDir() || r.field.isEmpty() ? ExitFailure : ExitBadInput;
    }
    done(code);
}

void ExportCommand::report(const ExportResult& r, bool json)
{
    const QString who = r.source.taskId.isEmpty() ? QDir::toNativeSeparators(r.source.path) : r.source.taskId;
    if (!r.ok()) {
        env()->err() << u"aigc-audio export: "_s << who << u": "_s
                     << (r.field.isEmpty() ? QString() : r.field + u": "_s) << r.error << u'\n';
        return;
    }
    for (const QString& w : r.warnings)
        env()->err() << u"aigc-audio export: "_s << who << u": "_s << w << u'\n';
    if (json)
        return;
    // The file, then its prompt, then what it holds: tab-separated, one line per file.
    QStringList facts { tr("%1 Hz").arg(r.sampleRate) };
    if (r.encoding != ExportFormat::Encoding::Default)
        facts.append(ExportFormat::encodingLabel(r.encoding));
    facts.append(tr("%1 s").arg(QString::number(double(r.frames) / std::max(1, r.sampleRate), 'f', 3)));
    if (r.loudnessLufs)
        facts.append(tr("%1 LUFS").arg(QString::number(*r.loudnessLufs, 'f', 1)));
    if (r.truePeakDbtp)
        facts.append(tr("%1 dBTP").arg(QString::number(*r.truePeakDbtp, 'f', 1)));
    env()->out() << QDir::toNativeSeparators(r.targetPath) << u'\t' << r.source.prompt.simplified() << u'\t'
                 << facts.join(u", "_s) << u'\n';
}

void ExportCommand::showProgress(double fraction)
{
    if (!env()->errIsTerminal())
        return;
    QMutexLocker lock(&m_outputMutex);
    const int percent = int(fraction * 100.0);
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    env()->err() << u"\rExporting %1%   "_s.arg(percent);
    env()->err().flush();
}
