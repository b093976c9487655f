#pragma once

struct PromptAnalysis;
class Random;
class StereoBuffer;

// The sound effects made of events in time (fireworks, footsteps, bells, engines), beside the beds
// and weather of SfxRenderer, which dispatches to them. Each mixes into `out` and applies its space.
class EventSfxRenderer
{
public:
    static void fireworks(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
    static void footsteps(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
    static void bells(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
    static void engine(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
};
