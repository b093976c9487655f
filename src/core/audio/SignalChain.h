#pragma once

#include "core/audio/ExportSettings.h"
#include "core/audio/Resampler.h"
#include "core/audio/SndFile.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

// The first stages of the export pipeline, streamed in blocks: decode (libsndfile) -> region ->
// resample (libsoxr) -> fades. It delivers exactly outputFrames() frames, whatever the decoder's
// rounding (the region's length at the output rate), and can start over for a second pass.
// Fades are raised-cosine curves on the output timeline, from and to silence.
class SignalChain
{
    Q_DECLARE_TR_FUNCTIONS(SignalChain)

public:
    struct Spec
    {
        QString path;
        std::optional<ExportSettings::Region> region;
        int outputRate = 0; // 0 = the source's
        qint64 fadeInMs = 0;
        qint64 fadeOutMs = 0;
    };

    SignalChain();
    ~SignalChain();

    // Opens the source and checks the region and the fades against its length. On failure `field`
    // names the setting at fault ("region", "fade-in"...) or is empty (the file itself).
    bool open(const Spec& spec, QString* error, QString* field);
    int channels() const { return m_file.channels(); }
    int sourceRate() const { return m_file.sampleRate(); }
    int sourceFormat() const { return m_file.format(); }
    qint64 sourceFrames() const { return m_file.frames(); }
    int outputRate() const { return m_outputRate; }
    qint64 outputFrames() const { return m_outputFrames; }

    // The next frames (interleaved), replacing `block`'s content; empty once all were delivered.
    bool next(std::vector<float>& block, QString* error);
    // Back to the start of the region, for another pass.
    bool rewind(QString* error);
    double progress() const { return m_outputFrames ? double(m_delivered) / double(m_outputFrames) : 1.0; }

private:
    bool seekToStart(QString* error);
    void applyFades(float* frames, qsizetype count, qint64 firstFrame) const;

    Spec m_spec;
    SndFile m_file;
    std::unique_ptr<Resampler> m_resampler;
    int m_outputRate = 0;
    qint64 m_startFrame = 0; // the region, in source frames
    qint64 m_endFrame = 0;
    qint64 m_readPos = 0;
    qint64 m_outputFrames = 0;
    qint64 m_delivered = 0;
    qint64 m_fadeInFrames = 0;
    qint64 m_fadeOutFrames = 0;
    bool m_inputDone = false;
    std::vector<float> m_readBuffer;
};
