#pragma once

#include <QString>

struct PromptAnalysis;
class Random;
class StereoBuffer;

// Procedural sound effects, one method per family. Each mixes into `out` (already sized to the
// request's duration) and applies its own space (reverb/echo).
class SfxRenderer
{
public:
    // family: rain, wind, fire, fireworks, thunder, footsteps, bells, engine, water, birds, ambience.
    static void render(const QString& family, const PromptAnalysis& analysis, Random& rng, StereoBuffer& out);

private:
    static void rain(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
    static void wind(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
    static void fire(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
    static void thunder(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
    static void water(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
    static void birds(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
    static void ambience(const PromptAnalysis& a, Random& rng, StereoBuffer& out);
};
