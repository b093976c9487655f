#pragma once

#include "emulator/synth/PromptAnalysis.h"

struct SynthRequest;

// Keyword-based prompt understanding (English and Chinese, case-insensitive). English keywords
// match at word starts ("rain" matches "raining", not "brain"); Chinese ones as substrings.
class PromptAnalyzer
{
public:
    static PromptAnalysis analyze(const SynthRequest& request);
    // FNV-1a 64 over the normalised (trimmed, lower-cased, simplified) UTF-8 prompt.
    static quint64 hashPrompt(const QString& prompt);
};
