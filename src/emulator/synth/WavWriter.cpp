#include "emulator/synth/WavWriter.h"

#include <QtEndian>

namespace {
void put32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}
void put16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}
} // namespace

QByteArray WavWriter::encode(const QVector<qint16>& interleaved, int sampleRate, int channels)
{
    const quint32 dataBytes = quint32(interleaved.size()) * 2u;
    QByteArray out;
    out.reserve(44 + qsizetype(dataBytes));
    out.append("RIFF", 4);
    put32(out, 36u + dataBytes);
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    put32(out, 16u);
    put16(out, 1u); // PCM
    put16(out, quint16(channels));
    put32(out, quint32(sampleRate));
    put32(out, quint32(sampleRate) * quint32(channels) * 2u); // byte rate
    put16(out, quint16(channels * 2)); // block align
    put16(out, 16u);
    out.append("data", 4);
    put32(out, dataBytes);
    const qsizetype offset = out.size();
    out.resize(offset + qsizetype(dataBytes));
    char* dst = out.data() + offset;
    for (qsizetype i = 0; i < interleaved.size(); ++i)
        qToLittleEndian(interleaved.at(i), dst + 2 * i);
    return out;
}
