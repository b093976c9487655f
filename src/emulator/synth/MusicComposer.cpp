#include "emulator/synth/MusicComposer.h"

#include "emulator/synth/AudioSynth.h"
#include "emulator/synth/Random.h"
#include "emulator/synth/Reverb.h"
#include "emulator/synth/Sequencer.h"
#include "emulator/synth/StereoBuffer.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using Kind = Instrument::Kind;

const QList<QList<int>> kMajorProgressions
    = { { 0, 4, 5, 3 }, { 0, 5, 3, 4 }, { 5, 3, 0, 4 }, { 0, 3, 4, 0 }, { 0, 3, 5, 4 }, { 3, 4, 2, 5 } };
const QList<QList<int>> kMinorProgressions
    = { { 0, 5, 2, 6 }, { 0, 3, 6, 2 }, { 0, 5, 3, 4 }, { 0, 6, 5, 6 }, { 0, 3, 4, 0 } };
const QList<QList<int>> kDorianProgressions = { { 0, 3, 0, 3 }, { 0, 6, 3, 0 }, { 0, 1, 3, 0 } };

// Rhythms for one bar of melody, in eighth notes.
const QList<QList<int>> kBusyRhythms
    = { { 1, 1, 2, 1, 1, 2 }, { 2, 1, 1, 2, 2 }, { 1, 1, 1, 1, 2, 2 }, { 3, 1, 2, 2 }, { 2, 2, 1, 1, 2 } };
const QList<QList<int>> kMediumRhythms
    = { { 2, 2, 2, 2 }, { 3, 1, 2, 2 }, { 2, 2, 4 }, { 4, 2, 2 }, { 3, 3, 2 } };
const QList<QList<int>> kSparseRhythms = { { 4, 4 }, { 6, 2 }, { 2, 2, 4 }, { 8 }, { 3, 1, 4 } };
} // namespace

MusicComposer::MusicComposer(const PromptAnalysis& analysis, quint64 seed, double durationSeconds)
    : m_analysis(analysis)
    , m_seed(seed)
    , m_duration(durationSeconds)
{
    Random hash(analysis.promptHash ^ 0x6d75736963ULL);
    const int pitchClass = int(hash.next() % 12);
    m_tonic = 48 + pitchClass;
    if (m_tonic > 53)
        m_tonic -= 12;

    const QString& mood = analysis.mood;
    double lo = 84, hi = 116;
    if (mood == u"happy"_s)
        lo = 112, hi = 132;
    else if (mood == u"sad"_s)
        lo = 64, hi = 78;
    else if (mood == u"calm"_s)
        lo = 62, hi = 80;
    else if (mood == u"epic"_s)
        lo = 86, hi = 100;
    else if (mood == u"tense"_s)
        lo = 70, hi = 88;
    else if (mood == u"romantic"_s)
        lo = 70, hi = 88;
    m_bpm = std::round(hash.range(lo, hi));

    const QString& mode = analysis.mode;
    if (mode == u"minor"_s) {
        m_scale = { 0, 2, 3, 5, 7, 8, 10 };
        m_progression = kMinorProgressions.at(hash.integer(0, int(kMinorProgressions.size()) - 1));
    } else if (mode == u"dorian"_s) {
        m_scale = { 0, 2, 3, 5, 7, 9, 10 };
        m_progression = kDorianProgressions.at(hash.integer(0, int(kDorianProgressions.size()) - 1));
    } else {
        m_scale = { 0, 2, 4, 5, 7, 9, 11 };
        m_progression = kMajorProgressions.at(hash.integer(0, int(kMajorProgressions.size()) - 1));
    }
}

QString MusicComposer::describe() const
{
    static const char* const kNames[] = { "C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B" };
    return QString::fromLatin1(kNames[m_tonic % 12]) + u' ' + m_analysis.mode + u", "_s
        + QString::number(m_bpm) + u" bpm"_s;
}

int MusicComposer::scaleMidi(int degreeIndex) const
{
    const int octave = degreeIndex >= 0 ? degreeIndex / 7 : -((6 - degreeIndex) / 7);
    const int within = degreeIndex - octave * 7;
    return m_tonic + 12 * octave + m_scale.at(within);
}

QList<int> MusicComposer::chordMidi(int degree, bool seventh) const
{
    QList<int> notes = { scaleMidi(degree), scaleMidi(degree + 2), scaleMidi(degree + 4) };
    if (seventh)
        notes.append(scaleMidi(degree + 6));
    // Harmonic minor: the dominant chord gets a major third (leading tone).
    if (m_analysis.mode == u"minor"_s && degree % 7 == 4)
        notes[1] += 1;
    // Voice around middle C (MIDI 55..67) for a compact, even accompaniment.
    for (int& n : notes) {
        while (n < 55)
            n += 12;
        while (n > 67)
            n -= 12;
    }
    std::sort(notes.begin(), notes.end());
    return notes;
}

QList<int> MusicComposer::melodyPitches() const
{
    QList<int> steps = m_scale;
    if (m_analysis.mode == u"pentatonic"_s)
        steps = { 0, 2, 4, 7, 9 };
    QList<int> pitches;
    const int low = m_tonic + 19;
    const int high = m_tonic + 36;
    for (int octave = 0; octave < 5; ++octave) {
        for (int s : steps) {
            const int p = m_tonic + 12 * octave + s;
            if (p >= low && p <= high)
                pitches.append(p);
        }
    }
    return pitches;
}

void MusicComposer::compose(Sequencer& seq, Random& rng) const
{
    const QString& mood = m_analysis.mood;
    const bool soft = mood == u"calm"_s || mood == u"sad"_s || mood == u"romantic"_s;
    const bool epic = mood == u"epic"_s;
    const bool tense = mood == u"tense"_s;
    const bool pentatonic = m_analysis.mode == u"pentatonic"_s;
    Random hash(m_analysis.promptHash ^ 0x696e7374ULL);

    // Lead instrument.
    Kind lead = Kind::Piano;
    if (m_analysis.hasTag(u"piano"_s))
        lead = Kind::Piano;
    else if (m_analysis.hasTag(u"guzheng"_s))
        lead = Kind::Guzheng;
    else if (m_analysis.hasTag(u"guitar"_s))
        lead = Kind::Pluck;
    else if (m_analysis.hasTag(u"flute"_s))
        lead = Kind::Flute;
    else if (pentatonic)
        lead = hash.chance(0.5) ? Kind::Guzheng : Kind::Flute;
    else if (mood == u"happy"_s)
        lead = hash.chance(0.5) ? Kind::Mallet : Kind::Piano;
    else if (tense)
        lead = Kind::Mallet;
    else if (!soft)
        lead = hash.chance(0.6) ? Kind::Piano : Kind::Pluck;
    const double leadGain = lead == Kind::Flute ? 0.55 : (lead == Kind::Mallet ? 0.8 : 0.9);

    const bool drums = m_analysis.hasTag(u"drums"_s) || (!soft && !tense && mood != u"neutral"_s)
        || (mood == u"neutral"_s && hash.chance(0.6));
    const bool seventh = soft || m_analysis.mode == u"dorian"_s;
    const bool strum = m_analysis.hasTag(u"guitar"_s) || (!soft && !epic && hash.chance(0.4));
    const bool padChords = soft || epic || tense || pentatonic || !strum;

    const double totalBeats = m_duration / seq.secondsPerBeat();
    const int bars = int(std::ceil(totalBeats / 4.0)) + 1;
    const int intro = m_duration >= 12.0 ? 1 : 0;
    const QList<int> pitches = melodyPitches();
    int current = int(pitches.size()) / 2;

    QList<QList<int>> motifRhythm; // the rhythm of the two motif bars, reused by the answer phrase
    QList<QList<int>> motifSteps;
    const QList<QList<int>>& rhythms
        = mood == u"happy"_s ? kBusyRhythms : ((soft || tense) ? kSparseRhythms : kMediumRhythms);

    for (int bar = 0; bar < bars; ++bar) {
        const int degree = m_progression.at(bar % m_progression.size());
        const QList<int> chord = chordMidi(degree, seventh);
        const double barStart = bar * 4.0;

        // Harmony.
        if (padChords) {
            for (int note : chord)
                seq.add({ barStart, 4.0, double(note), 0.7, 0.0, soft ? 0.22 : 0.18, Kind::Pad });
        }
        if (strum) {
            static const double kStrum[] = { 0.0, 1.5, 2.0, 3.0 };
            for (double at : kStrum) {
                for (int i = 0; i < chord.size(); ++i)
                    seq.add({ barStart + at + 0.012 * i, 0.9, double(chord.at(i)), at == 0.0 ? 0.8 : 0.6,
                        -0.3, 0.3, Kind::Pluck });
            }
        } else if (soft || pentatonic || lead == Kind::Flute) {
            // Broken chord in eighths (piano, or guzheng for the Chinese style).
            const Kind arp = pentatonic ? Kind::Guzheng : Kind::Piano;
            static const int kOrder[] = { 0, 1, 2, 1, 0, 2, 1, 2 };
            for (int i = 0; i < 8; ++i) {
                const int note = chord.at(kOrder[i] % chord.size()) - (i == 0 ? 12 : 0);
                seq.add({ barStart + 0.5 * i, 4.0 - 0.5 * i, double(note), i == 0 ? 0.7 : 0.5, -0.25, 0.38,
                    arp });
            }
        }
        // Bass.
        const int root = scaleMidi(degree % 7) - 12;
        int bassNote = root;
        while (bassNote > 47)
            bassNote -= 12;
        while (bassNote < 34)
            bassNote += 12;
        if (soft || tense) {
            seq.add({ barStart, 3.8, double(bassNote), 0.7, 0.0, 0.55, Kind::Bass });
        } else {
            seq.add({ barStart, 1.8, double(bassNote), 0.8, 0.0, 0.6, Kind::Bass });
            seq.add({ barStart + 2.0, 1.0, double(bassNote + 7), 0.65, 0.0, 0.6, Kind::Bass });
            seq.add({ barStart + 3.0, 0.9, double(bassNote + (epic ? 12 : 0)), 0.6, 0.0, 0.6, Kind::Bass });
        }
        // Drums.
        if (drums) {
            if (epic) {
                seq.add({ barStart, 1.0, 0, 1.0, 0.0, 0.8, Kind::Kick });
                seq.add({ barStart + 2.0, 1.0, 0, 0.9, 0.0, 0.45, Kind::Snare });
                seq.add({ barStart + 2.5, 1.0, 43, 0.8, -0.3, 0.6, Kind::Tom });
                seq.add({ barStart + 3.5, 1.0, 40, 0.9, 0.3, 0.6, Kind::Tom });
            } else {
                seq.add({ barStart, 1.0, 0, 0.95, 0.0, 0.7, Kind::Kick });
                seq.add({ barStart + 2.0, 1.0, 0, 0.85, 0.0, 0.7, Kind::Kick });
                seq.add({ barStart + 1.0, 1.0, 0, 0.8, -0.05, 0.35, Kind::Snare });
                seq.add({ barStart + 3.0, 1.0, 0, 0.8, -0.05, 0.35, Kind::Snare });
                for (int i = 0; i < 8; ++i)
                    seq.add({ barStart + 0.5 * i, 0.5, 0, i % 2 ? 0.5 : 0.8, 0.35, 0.22, Kind::HiHat });
            }
        } else if (tense && bar % 2 == 0) {
            seq.add({ barStart, 1.0, 38, 0.7, 0.0, 0.5, Kind::Tom });
        }

        // Melody: 4-bar phrases; bars 0-1 state a motif, the next phrase repeats it (re-fitted to the
        // chords), bar 3 of each phrase is a cadence on a chord tone.
        if (bar < intro)
            continue;
        const int phraseBar = (bar - intro) % 4;
        const int phrase = (bar - intro) / 4;
        QList<int> rhythm;
        if (phraseBar == 3)
            rhythm = hash.chance(0.5) ? QList<int> { 4, 4 } : QList<int> { 2, 6 };
        else if (phraseBar < 2 && phrase % 2 == 1 && motifRhythm.size() == 2)
            rhythm = motifRhythm.at(phraseBar);
        else
            rhythm = rhythms.at(rng.integer(0, int(rhythms.size()) - 1));
        if (phraseBar < 2 && phrase % 2 == 0) {
            if (phraseBar == 0) {
                motifRhythm.clear();
                motifSteps.clear();
            }
            motifRhythm.append(rhythm);
        }
        const bool repeatMotif = phraseBar < 2 && phrase % 2 == 1 && motifSteps.size() == 2;
        QList<int> steps;
        int position = 0;
        for (int i = 0; i < rhythm.size(); ++i) {
            const int length = rhythm.at(i);
            const bool strong = position % 4 == 0;
            int step;
            if (repeatMotif && i < motifSteps.at(phraseBar).size())
                step = motifSteps.at(phraseBar).at(i);
            else {
                const double r = rng.uniform();
                step = r < 0.45 ? 1 : (r < 0.75 ? 2 : (r < 0.88 ? 0 : 3));
                const int centre = int(pitches.size()) / 2;
                const bool up
                    = current < centre - 3 ? true : (current > centre + 3 ? false : rng.chance(0.5));
                step = up ? step : -step;
            }
            steps.append(step);
            current = std::clamp(current + step, 0, int(pitches.size()) - 1);
            int pitch = pitches.at(current);
            if (strong || phraseBar == 3) {
                // Snap to the nearest chord tone (any octave).
                int best = pitch, bestDistance = 99;
                for (int c : chord) {
                    for (int octave = -2; octave <= 3; ++octave) {
                        const int candidate = c + 12 * octave;
                        const int distance = std::abs(candidate - pitch);
                        if (distance < bestDistance && candidate >= pitches.first() - 2
                            && candidate <= pitches.last() + 2) {
                            best = candidate;
                            bestDistance = distance;
                        }
                    }
                }
                pitch = best;
            }
            const bool rest = !strong && !repeatMotif && rng.chance(0.08);
            if (!rest) {
                const double velocity = strong ? 0.85 : 0.7;
                seq.add({ barStart + position * 0.5, length * 0.5 * 0.95, double(pitch), velocity, 0.12,
                    leadGain, lead });
            }
            position += length;
        }
        if (phraseBar < 2 && phrase % 2 == 0)
            motifSteps.append(steps);
    }
}

void MusicComposer::render(StereoBuffer& out)
{
    Sequencer sequencer(m_bpm);
    Random rng(Random::mix(m_analysis.promptHash ^ Random::mix(m_seed ^ 0x4d454cULL)));
    compose(sequencer, rng);
    sequencer.render(out, rng);
    const bool soft = m_analysis.mood == u"calm"_s || m_analysis.mood == u"sad"_s;
    Reverb reverb(soft ? 0.85 : 0.65, soft ? 2.8 : 2.0, 0.35);
    reverb.process(out, soft ? 0.4f : 0.28f);
}
