#include "emulator/synth/AudioProbe.h"

#include <QtEndian>
#include <algorithm>

using namespace Qt::StringLiterals;

double AudioProbe::durationSeconds(qint64 totalSize) const
{
    if (container == "wav"_L1 && byteRate > 0) {
        const qint64 bytes = dataBytes >= 0 ? dataBytes : totalSize - 44;
        return double(std::max<qint64>(0, bytes)) / double(byteRate);
    }
    if (container == "mp3"_L1 && bitrateKbps > 0)
        return double(std::max<qint64>(0, totalSize - dataOffset)) * 8.0 / (bitrateKbps * 1000.0);
    return 0.0;
}

AudioProbe AudioProbe::probe(const QByteArray& data)
{
    AudioProbe p;
    if (data.size() >= 44 && data.startsWith("RIFF") && data.mid(8, 4) == "WAVE") {
        p.container = u"wav"_s;
        p.codec = u"pcm_s16le"_s;
        // Walk the chunks to "fmt ".
        qsizetype at = 12;
        while (at + 8 <= data.size()) {
            const QByteArray id = data.mid(at, 4);
            const quint32 size = qFromLittleEndian<quint32>(data.constData() + at + 4);
            if (id == "fmt " && at + 8 + 16 <= data.size()) {
                p.channels = qFromLittleEndian<quint16>(data.constData() + at + 10);
                p.sampleRate = static_cast<int>(qFromLittleEndian<quint32>(data.constData() + at + 12));
                p.byteRate = qFromLittleEndian<quint32>(data.constData() + at + 16);
            } else if (id == "data") {
                p.dataBytes = size;
                break;
            }
            at += 8 + size + (size & 1);
        }
        return p;
    }
    qsizetype at = 0;
    if (data.startsWith("ID3") && data.size() >= 10) {
        const auto b = [&data](int i) { return static_cast<quint32>(static_cast<uchar>(data.at(i)) & 0x7f); };
        at = 10 + static_cast<qsizetype>((b(6) << 21) | (b(7) << 14) | (b(8) << 7) | b(9));
    }
    for (; at + 4 <= data.size(); ++at) {
        const auto h0 = static_cast<uchar>(data.at(at));
        const auto h1 = static_cast<uchar>(data.at(at + 1));
        if (h0 != 0xff || (h1 & 0xe0) != 0xe0)
            continue;
        const int version = (h1 >> 3) & 3; // 3: MPEG1, 2: MPEG2, 0: MPEG2.5
        const int layer = (h1 >> 1) & 3;
        const auto h2 = static_cast<uchar>(data.at(at + 2));
        const auto h3 = static_cast<uchar>(data.at(at + 3));
        const int rateIndex = (h2 >> 2) & 3;
        if (version == 1 || layer == 0 || rateIndex == 3)
            continue;
        static const int rates[3] = { 44100, 48000, 32000 };
        static const int kbpsV1[16] = { 0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0 };
        static const int kbpsV2[16] = { 0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0 };
        if (layer == 1) // Layer III
            p.bitrateKbps = (version == 3 ? kbpsV1 : kbpsV2)[(h2 >> 4) & 15];
        p.dataOffset = at;
        p.sampleRate = rates[rateIndex] / (version == 3 ? 1 : version == 2 ? 2 : 4);
        p.channels = ((h3 >> 6) & 3) == 3 ? 1 : 2;
        p.container = u"mp3"_s;
        p.codec = u"mp3"_s;
        break;
    }
    return p;
}
