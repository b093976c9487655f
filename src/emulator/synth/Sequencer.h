#pragma once

#include "emulator/synth/NoteEvent.h"

#include <QList>

class Random;
class StereoBuffer;

// Holds note events at a tempo and renders them, with slight humanisation of timing and velocity.
class Sequencer
{
public:
    explicit Sequencer(double bpm);

    double bpm() const { return m_bpm; }
    double secondsPerBeat() const { return 60.0 / m_bpm; }
    void add(const NoteEvent& event) { m_events.append(event); }
    qsizetype size() const { return m_events.size(); }
    const QList<NoteEvent>& events() const { return m_events; }

    void render(StereoBuffer& out, Random& rng) const;

private:
    double m_bpm;
    QList<NoteEvent> m_events;
};
