#include "IndependentAudio.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>
#include <cmath>

using namespace Qt::StringLiterals;

namespace IndependentAudio {

namespace {

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out or did not start: " + program.toUtf8();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

} // namespace

bool haveTools()
{
    for (const QString& tool : { u"ffmpeg"_s, u"ffprobe"_s, u"mediainfo"_s }) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return false;
    }
    return true;
}

QString ffmpeg(const QStringList& args)
{
    const Run r = run(
        u"ffmpeg"_s, QStringList { u"-hide_banner"_s, u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s } + args);
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

QString makeSound(const QString& path, double seconds, int rate, int channels, double noiseAmplitude,
    const QStringList& codecArgs)
{
    const QString d = QString::number(seconds, 'f', 3);
    const QString noise = u"anoisesrc=c=pink:r=%1:a=%2:d=%3:seed=11"_s.arg(rate).arg(noiseAmplitude).arg(d);
    const QString tone = u"sine=f=330:r=%1:d=%2"_s.arg(rate).arg(d);
    QStringList args { u"-f"_s, u"lavfi"_s, u"-i"_s, noise, u"-f"_s, u"lavfi"_s, u"-i"_s, tone,
        u"-filter_complex"_s,
        channels == 1 ? u"[0][1]amix=inputs=2:normalize=0"_s : u"[0][1]amerge=inputs=2"_s, u"-ar"_s,
        QString::number(rate), u"-ac"_s, QString::number(channels) };
    args += codecArgs;
    args.append(path);
    return ffmpeg(args);
}

QJsonObject probe(const QString& path)
{
    const Run r = run(u"ffprobe"_s,
        { u"-v"_s, u"error"_s, u"-select_streams"_s, u"a:0"_s, u"-show_streams"_s, u"-show_format"_s,
            u"-of"_s, u"json"_s, path });
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QJsonObject stream = doc.value(u"streams"_s).toArray().at(0).toObject();
    const QJsonObject format = doc.value(u"format"_s).toObject();
    QJsonObject tags = format.value(u"tags"_s).toObject();
    const QJsonObject streamTags = stream.value(u"tags"_s).toObject();
    for (auto it = streamTags.begin(); it != streamTags.end(); ++it)
        tags.insert(it.key(), it.value());
    // Tag names differ in case between containers (Vorbis comments: TITLE; ID3: title).
    QJsonObject lower;
    for (auto it = tags.begin(); it != tags.end(); ++it)
        lower.insert(it.key().toLower(), it.value());
    stream.insert(u"tags"_s, lower);
    stream.insert(u"format_name"_s, format.value(u"format_name"_s));
    return stream;
}

qint64 decodedFrames(const QString& path, int channels)
{
    const Run r = run(u"ffmpeg"_s,
        { u"-hide_banner"_s, u"-nostdin"_s, u"-v"_s, u"error"_s, u"-i"_s, path, u"-f"_s, u"f32le"_s,
            u"-"_s });
    if (r.exitCode != 0 || channels <= 0)
        return -1;
    return r.out.size() / (4 * channels);
}

Loudness loudness(const QString& path)
{
    // The filter's metadata has three decimals (its summary only one): the last frame carries the
    // integrated loudness of the whole file and the highest true peak so far (linear).
    const Run r = run(u"ffmpeg"_s,
        { u"-hide_banner"_s, u"-nostdin"_s, u"-nostats"_s, u"-i"_s, path, u"-af"_s,
            u"ebur128=peak=true:metadata=1,ametadata=mode=print:file=-"_s, u"-f"_s, u"null"_s, u"-"_s });
    Loudness l;
    if (r.exitCode != 0) {
        l.error = QString::fromUtf8(r.err.right(2000));
        return l;
    }
    double integrated = NAN;
    double peak = 0.0;
    for (const QByteArray& line : r.out.split('\n')) {
        if (line.startsWith("lavfi.r128.I="))
            integrated = line.mid(13).toDouble();
        else if (line.startsWith("lavfi.r128.true_peak="))
            peak = std::max(peak, line.mid(21).toDouble());
    }
    l.ok = std::isfinite(integrated) && peak > 0.0;
    l.integratedLufs = integrated;
    l.truePeakDbtp = peak > 0.0 ? 20.0 * std::log10(peak) : -INFINITY;
    if (!l.ok)
        l.error = u"no ebur128 metadata in ffmpeg's output"_s;
    return l;
}

QString mediainfo(const QString& path, const QString& field)
{
    const Run r = run(u"mediainfo"_s, { u"--Output=JSON"_s, path });
    const QJsonArray tracks
        = QJsonDocument::fromJson(r.out).object().value(u"media"_s).toObject().value(u"track"_s).toArray();
    for (const QJsonValue& t : tracks) {
        const QJsonObject o = t.toObject();
        if (o.value(u"@type"_s).toString() == "General"_L1)
            return o.value(field).toString();
    }
    return {};
}

QByteArray riffChunk(const QString& path, const QByteArray& id)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray d = f.readAll();
    if (d.size() < 12 || !d.startsWith("RIFF") || d.mid(8, 4) != "WAVE")
        return {};
    qsizetype pos = 12;
    while (pos + 8 <= d.size()) {
        const QByteArray chunkId = d.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(d.constData() + pos + 4);
        if (chunkId == id)
            return d.mid(pos + 8, size);
        pos += 8 + qsizetype(size) + (size & 1);
    }
    return {};
}

} // namespace IndependentAudio
