#pragma once

#include "emulator/synth/PromptAnalysis.h"

#include <QList>
#include <QString>

class Random;
class Sequencer;
class StereoBuffer;

// Writes a short piece: key and tempo from the prompt hash, mode and tempo range from the mood, a
// four-chord progression, a motif-based melody on chord tones, and an accompaniment (pad, broken
// chords or strummed chords, bass, soft drums) chosen by mood and instrument words.
class MusicComposer
{
public:
    MusicComposer(const PromptAnalysis& analysis, quint64 seed, double durationSeconds);

    void render(StereoBuffer& out);

    double bpm() const { return m_bpm; }
    int tonic() const { return m_tonic; }
    QString describe() const; // e.g. "D minor, 72 bpm"

private:
    void compose(Sequencer& sequencer, Random& rng) const;
    QList<int> chordMidi(int degree, bool seventh) const; // chord tones around middle C
    int scaleMidi(int degreeIndex) const; // scale degree (can exceed 7) above the tonic
    QList<int> melodyPitches() const;

    PromptAnalysis m_analysis;
    quint64 m_seed;
    double m_duration;
    double m_bpm = 100.0;
    int m_tonic = 48; // MIDI, low register
    QList<int> m_scale; // semitone offsets for 7 scale degrees
    QList<int> m_progression;
};
