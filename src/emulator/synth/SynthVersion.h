#pragma once

// Bumped whenever the synthesiser's output for a given prompt and seed changes.
inline constexpr int kAigcSynthVersion = 2;
