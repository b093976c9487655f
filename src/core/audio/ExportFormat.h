#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The file formats the export pipeline writes, all through libsndfile: what each one is called on the
// command line, its file extension, the sample rates and sample encodings it can hold, and the
// libsndfile format code. The extension always matches the bytes: a format is chosen first and its
// extension follows, or an extension is given (Save As, --download) and names the format.
class ExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormat)

public:
    enum class Container
    {
        Wav,
        Flac,
        Mp3,
        OggVorbis,
        OggOpus,
    };

    // The sample encoding of lossless formats ("bit depth"). Lossy formats have none (Default).
    enum class Encoding
    {
        Default, // lossless: the source's depth when it is 16/24-bit PCM or float, else 24-bit PCM
        Pcm16,
        Pcm24,
        Float32,
    };

    static const QList<Container>& all();
    // "wav", "flac", "mp3", "vorbis", "opus": the command line's keyword.
    static QString keyword(Container c);
    // "WAV", "FLAC", "MP3", "Ogg Vorbis", "Ogg Opus": for messages and pick lists.
    static QString label(Container c);
    // The file extension, without the dot: "wav", "flac", "mp3", "ogg", "opus".
    static QString extension(Container c);
    // A keyword or an extension, case-insensitive ("WAV", "ogg", "vorbis", "oga").
    static std::optional<Container> fromName(const QString& name);
    // From a file name's extension; nullopt when it names no format we write.
    static std::optional<Container> fromPath(const QString& path);
    // "wav, flac, mp3, ogg, opus": for messages.
    static QString extensionList();

    static bool isLossless(Container c) { return c == Container::Wav || c == Container::Flac; }
    // The rates the format can hold (libsndfile: MP3 stops at 48 kHz, Opus is 48 kHz only).
    static bool supportsRate(Container c, int rate);
    static QList<int> exportRates() { return { 44100, 48000, 96000 }; }
    static bool supportsEncoding(Container c, Encoding e);
    // 16, 24, 32 (float) or 0 (Default).
    static int bits(Encoding e);
    static std::optional<Encoding> encodingFromBits(int bits);
    static QString encodingLabel(Encoding e); // "16-bit PCM", "24-bit PCM", "32-bit float"

    // The SF_FORMAT_* value for sf_open(SFM_WRITE); `e` must not be Default for lossless formats.
    static int sndfileFormat(Container c, Encoding e);
    // What a file opened by libsndfile holds (SF_INFO.format): its container, nullopt for formats we
    // do not write (AIFF, raw...), and its encoding (Default for lossy and for other encodings).
    static std::optional<Container> containerOfSndfile(int format);
    static Encoding encodingOfSndfile(int format);
};
