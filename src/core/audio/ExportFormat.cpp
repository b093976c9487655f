#include "core/audio/ExportFormat.h"

#include "core/support/EnumNames.h"

#include <QFileInfo>
#include <sndfile.h>

using namespace Qt::StringLiterals;

namespace {
const EnumName<ExportFormat::Container> kKeywords[] = { { ExportFormat::Container::Wav, "wav" },
    { ExportFormat::Container::Flac, "flac" }, { ExportFormat::Container::Mp3, "mp3" },
    { ExportFormat::Container::OggVorbis, "vorbis" }, { ExportFormat::Container::OggOpus, "opus" } };
const EnumName<ExportFormat::Container> kLabels[] = { { ExportFormat::Container::Wav, "WAV" },
    { ExportFormat::Container::Flac, "FLAC" }, { ExportFormat::Container::Mp3, "MP3" },
    { ExportFormat::Container::OggVorbis, "Ogg Vorbis" }, { ExportFormat::Container::OggOpus, "Ogg Opus" } };
} // namespace

const QList<ExportFormat::Container>& ExportFormat::all()
{
    static const QList<Container> list { Container::Wav, Container::Flac, Container::Mp3,
        Container::OggVorbis, Container::OggOpus };
    return list;
}

QString ExportFormat::keyword(Container c)
{
    return EnumNames::name(kKeywords, c);
}

QString ExportFormat::label(Container c)
{
    return EnumNames::name(kLabels, c);
}

QString ExportFormat::extension(Container c)
{
    switch (c) {
    case Container::OggVorbis:
        return u"ogg"_s;
    default:
        return keyword(c);
    }
}

std::optional<ExportFormat::Container> ExportFormat::fromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (Container c : all()) {
        if (n == keyword(c) || n == extension(c))
            return c;
    }
    if (n == "wave"_L1 || n == "bwf"_L1)
        return Container::Wav;
    if (n == "oga"_L1)
        return Container::OggVorbis;
    return std::nullopt;
}

std::optional<ExportFormat::Container> ExportFormat::fromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty() || suffix.compare("vorbis"_L1, Qt::CaseInsensitive) == 0)
        return std::nullopt;
    return fromName(suffix);
}

QString ExportFormat::extensionList()
{
    QStringList exts;
    for (Container c : all())
        exts.append(extension(c));
    return exts.join(u", "_s);
}

bool ExportFormat::supportsRate(Container c, int rate)
{
    switch (c) {
    case Container::Wav:
    case Container::Flac:
        return rate >= 8000 && rate <= 384000;
    case Container::OggVorbis:
        return rate >= 8000 && rate <= 192000;
    case Container::Mp3:
        return QList<int> { 8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000 }.contains(rate);
    case Container::OggOpus:
        return QList<int> { 8000, 12000, 16000, 24000, 48000 }.contains(rate);
    }
    return false;
}

bool ExportFormat::supportsEncoding(Container c, Encoding e)
{
    if (e == Encoding::Default)
        return true;
    switch (c) {
    case Container::Wav:
        return true;
    case Container::Flac:
        return e != Encoding::Float32;
    default:
        return false;
    }
}

int ExportFormat::bits(Encoding e)
{
    switch (e) {
    case Encoding::Pcm16:
        return 16;
    case Encoding::Pcm24:
        return 24;
    case Encoding::Float32:
        return 32;
    case Encoding::Default:
        break;
    }
    return 0;
}

std::optional<ExportFormat::Encoding> ExportFormat::encodingFromBits(int bits)
{
    switch (bits) {
    case 16:
        return Encoding::Pcm16;
    case 24:
        return Encoding::Pcm24;
    case 32:
        return Encoding::Float32;
    default:
        return std::nullopt;
    }
}

QString ExportFormat::encodingLabel(Encoding e)
{
    switch (e) {
    case Encoding::Pcm16:
        return tr("16-bit PCM");
    case Encoding::Pcm24:
        return tr("24-bit PCM");
    case Encoding::Float32:
        return tr("32-bit float");
    case Encoding::Default:
        break;
    }
    return tr("the format's default");
}

int ExportFormat::sndfileFormat(Container c, Encoding e)
{
    const int subtype = e == Encoding::Pcm16 ? SF_FORMAT_PCM_16
        : e == Encoding::Float32             ? SF_FORMAT_FLOAT
                                             : SF_FORMAT_PCM_24;
    switch (c) {
    case Container::Wav:
        return SF_FORMAT_WAV | subtype;
    case Container::Flac:
        return SF_FORMAT_FLAC | subtype;
    case Container::Mp3:
        return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    case Container::OggVorbis:
        return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    case Container::OggOpus:
        return SF_FORMAT_OGG | SF_FORMAT_OPUS;
    }
    return 0;
}

std::optional<ExportFormat::Container> ExportFormat::containerOfSndfile(int format)
{
    const int major = format & SF_FORMAT_TYPEMASK;
    const int sub = format & SF_FORMAT_SUBMASK;
    switch (major) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
    case SF_FORMAT_RF64:
        // An MPEG stream in a WAV wrapper is still a WAV file to every reader.
        return Container::Wav;
    case SF_FORMAT_FLAC:
        return Container::Flac;
    case SF_FORMAT_MPEG:
        return Container::Mp3;
    case SF_FORMAT_OGG:
        if (sub == SF_FORMAT_VORBIS)
            return Container::OggVorbis;
        if (sub == SF_FORMAT_OPUS)
            return Container::OggOpus;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

ExportFormat::Encoding ExportFormat::encodingOfSndfile(int format)
{
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_16:
        return Encoding::Pcm16;
    case SF_FORMAT_PCM_24:
        return Encoding::Pcm24;
    case SF_FORMAT_FLOAT:
        return Encoding::Float32;
    default:
        return Encoding::Default;
    }
}
