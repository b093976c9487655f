#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// What the prompt analyser understood: the sound families to layer, whether it is music (with its
// mode and mood), modifier tags ("heavy", "gravel", "ocean", "piano", ...) and a stable prompt hash.
struct PromptAnalysis
{
    bool music = false;
    QString mode; // music only: "major", "minor", "pentatonic", "dorian"
    QString mood; // "happy", "sad", "calm", "epic", "tense", "romantic" or "neutral"
    QStringList families; // sfx families in prompt order (at most 2; for music at most 1 ambient layer)
    QSet<QString> tags;
    quint64 promptHash = 0;

    bool hasTag(const QString& tag) const { return tags.contains(tag); }
    // "rain", "rain+thunder", "music:pentatonic", "music:minor+rain", "ambience"
    QString label() const;
};
