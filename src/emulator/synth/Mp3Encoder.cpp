#include "emulator/synth/Mp3Encoder.h"

#include <algorithm>
#include <cstring>
#include <lame/lame.h>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct LameDeleter
{
    void operator()(lame_global_flags* flags) const { lame_close(flags); }
};

QByteArray fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return {};
}
} // namespace

QByteArray Mp3Encoder::encode(
    const QVector<qint16>& interleaved, int sampleRate, int channels, QString* error)
{
    if (channels != 1 && channels != 2)
        return fail(error, u"MP3 encoding supports 1 or 2 channels, not %1"_s.arg(channels));
    std::unique_ptr<lame_global_flags, LameDeleter> lame(lame_init());
    if (!lame)
        return fail(error, u"lame_init failed"_s);
    lame_global_flags* gfp = lame.get();
    lame_set_in_samplerate(gfp, sampleRate);
    lame_set_out_samplerate(gfp, sampleRate);
    lame_set_num_channels(gfp, channels);
    lame_set_mode(gfp, channels == 1 ? MONO : JOINT_STEREO);
    lame_set_VBR(gfp, vbr_off);
    lame_set_brate(gfp, 128);
    lame_set_quality(gfp, 7);
    lame_set_bWriteVbrTag(gfp, 1); // Xing/LAME info frame with delay/padding
    lame_set_write_id3tag_automatic(gfp, 0);
    if (lame_init_params(gfp) < 0)
        return fail(error, u"lame_init_params failed"_s);

    const int frames = int(interleaved.size() / channels);
    constexpr int kChunk = 8192;
    std::vector<unsigned char> buffer(size_t(kChunk * 5 / 4 + 7200));
    std::vector<short> chunk(size_t(kChunk * channels));
    QByteArray out;
    out.reserve(qsizetype(frames) * 128000 / 8 / sampleRate + 8192);
    for (int done = 0; done < frames; done += kChunk) {
        const int n = std::min(kChunk, frames - done);
        std::memcpy(
            chunk.data(), interleaved.constData() + qsizetype(done) * channels, size_t(n * channels) * 2);
        const int written = channels == 2
            ? lame_encode_buffer_interleaved(gfp, chunk.data(), n, buffer.data(), int(buffer.size()))
            : lame_encode_buffer(gfp, chunk.data(), chunk.data(), n, buffer.data(), int(buffer.size()));
        if (written < 0)
            return fail(error, u"lame_encode_buffer failed (%1)"_s.arg(written));
        out.append(reinterpret_cast<const char*>(buffer.data()), written);
    }
    const int flushed = lame_encode_flush(gfp, buffer.data(), int(buffer.size()));
    if (flushed < 0)
        return fail(error, u"lame_encode_flush failed (%1)"_s.arg(flushed));
    out.append(reinterpret_cast<const char*>(buffer.data()), flushed);

    // Replace the placeholder first frame with the final Xing/LAME tag (no ID3v2 precedes it).
    unsigned char tag[2880];
    const size_t tagSize = lame_get_lametag_frame(gfp, tag, sizeof(tag));
    if (tagSize > 0 && tagSize <= size_t(out.size()))
        std::memcpy(out.data(), tag, tagSize);
    return out;
}
