#include "core/audio/ExportMetadata.h"

#include "core/audio/SndFile.h"
#include "core/audio/UcsCategories.h"

#include <QXmlStreamWriter>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

const QString kOriginator = u"AIGC Audio Studio"_s;

// BWF v2 loudness fields: hundredths of a LU/dB; 0x7FFF = not measured (EBU Tech 3285).
int16_t bextLevel(const std::optional<double>& value)
{
    if (!value || !std::isfinite(*value))
        return 0x7FFF;
    return int16_t(std::clamp(std::lround(*value * 100.0), -32768L, 32766L));
}

template<size_t N>
void copyField(char (&field)[N], const QByteArray& value)
{
    std::memcpy(field, value.constData(), std::min(N, size_t(value.size())));
}

} // namespace

QByteArray ExportMetadata::utf8Prefix(const QString& text, int maxBytes)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.size() <= maxBytes)
        return bytes;
    qsizetype cut = maxBytes;
    // Back to the first byte of a character (continuation bytes are 10xxxxxx).
    while (cut > 0 && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    return bytes.left(cut);
}

QByteArray ExportMetadata::ixml(const Info& info)
{
    const ExportSource& s = info.source;
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"BWFXML"_s);
    w.writeTextElement(u"IXML_VERSION"_s, u"2.10"_s);
    w.writeTextElement(u"PROJECT"_s, kOriginator);
    w.writeTextElement(u"NOTE"_s, s.prompt);
    QString user = u"Prompt: "_s + s.prompt;
    if (!s.model.isEmpty())
        user += u"\nModel: "_s + s.model;
    if (!s.taskId.isEmpty())
        user += u"\nTaskId: "_s + s.taskId;
    if (!s.requestJson.isEmpty())
        user += u"\nRequest: "_s + QString::fromUtf8(s.requestJson);
    w.writeTextElement(u"USER"_s, user);
    w.writeStartElement(u"BEXT"_s);
    w.writeTextElement(u"BWF_DESCRIPTION"_s, s.prompt);
    w.writeTextElement(u"BWF_ORIGINATOR"_s, kOriginator);
    w.writeTextElement(u"BWF_ORIGINATOR_REFERENCE"_s, s.taskId.right(32));
    w.writeTextElement(u"BWF_ORIGINATION_DATE"_s, info.origination.toString(u"yyyy-MM-dd"_s));
    w.writeTextElement(u"BWF_ORIGINATION_TIME"_s, info.origination.toString(u"hh:mm:ss"_s));
    w.writeEndElement();
    // Our own block (iXML readers skip elements they do not know): the request exactly as sent.
    w.writeStartElement(u"AIGC_AUDIO_STUDIO"_s);
    w.writeTextElement(u"PROMPT"_s, s.prompt);
    w.writeTextElement(u"MODEL"_s, s.model);
    w.writeTextElement(u"TASK_ID"_s, s.taskId);
    w.writeTextElement(u"VARIATION"_s, QString::number(s.variation));
    w.writeTextElement(u"RATING"_s, QString::number(s.rating));
    if (const auto ucs = UcsCategories::find(info.ucsCatId)) {
        w.writeTextElement(u"UCS_CATID"_s, ucs->catId);
        w.writeTextElement(u"UCS_CATEGORY"_s, ucs->category);
        w.writeTextElement(u"UCS_SUBCATEGORY"_s, ucs->subCategory);
    }
    if (info.loudnessLufs)
        w.writeTextElement(u"LOUDNESS_LUFS"_s, QString::number(*info.loudnessLufs, 'f', 2));
    if (info.truePeakDbtp)
        w.writeTextElement(u"TRUE_PEAK_DBTP"_s, QString::number(*info.truePeakDbtp, 'f', 2));
    w.writeTextElement(u"REQUEST"_s, QString::fromUtf8(s.requestJson));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

bool ExportMetadata::apply(SndFile& file, ExportFormat::Container format, const Info& info, QString* error)
{
    const ExportSource& s = info.source;
    const auto setString = [&](int type, const QString& value, const char* name) {
        if (value.isEmpty() || file.setString(type, value))
            return true;
        *error = tr("libsndfile refused the %1 tag: %2").arg(QLatin1StringView(name), file.errorString());
        return false;
    };
    if (format == ExportFormat::Container::Wav) {
        SF_BROADCAST_INFO bext {};
        copyField(bext.description, utf8Prefix(s.prompt, kBextDescriptionBytes));
        copyField(bext.originator, kOriginator.toLatin1());
        copyField(bext.originator_reference, utf8Prefix(s.taskId.right(32), 32));
        copyField(bext.origination_date, info.origination.toString(u"yyyy-MM-dd"_s).toLatin1());
        copyField(bext.origination_time, info.origination.toString(u"hh:mm:ss"_s).toLatin1());
        bext.version = 2;
        bext.loudness_value = bextLevel(info.loudnessLufs);
        bext.loudness_range = 0x7FFF;
        bext.max_true_peak_level = bextLevel(info.truePeakDbtp);
        bext.max_momentary_loudness = 0x7FFF;
        bext.max_shortterm_loudness = 0x7FFF;
        if (!file.command(SFC_SET_BROADCAST_INFO, &bext, int(sizeof bext))) {
            *error = tr("libsndfile refused the bext chunk: %1").arg(file.errorString());
            return false;
        }
        if (!file.setChunk("iXML", ixml(info))) {
            *error = tr("libsndfile refused the iXML chunk: %1").arg(file.errorString());
            return false;
        }
        return setString(SF_STR_TITLE, s.prompt, "title")
            && setString(SF_STR_SOFTWARE, kOriginator, "software");
    }
    const auto ucs = UcsCategories::find(info.ucsCatId);
    const QString comment = s.requestJson.isEmpty() ? s.prompt : QString::fromUtf8(s.requestJson);
    return setString(SF_STR_TITLE, s.prompt, "title") && setString(SF_STR_ARTIST, s.model, "artist")
        && setString(SF_STR_COMMENT, comment, "comment")
        && setString(SF_STR_DATE, info.origination.toString(u"yyyy-MM-dd"_s), "date")
        && setString(SF_STR_SOFTWARE, kOriginator, "software")
        && setString(SF_STR_GENRE, ucs ? ucs->category + u' ' + ucs->subCategory : QString(), "genre");
}
