#pragma once

#include <QtGlobal>

// The knobs of the soak suites, from the command line (taken out of argv before QtTest sees it) or the
// environment: --tasks N / AIGC_SOAK_TASKS, --runs N / AIGC_CRASH_RUNS, --seed S / AIGC_SOAK_SEED.
// Without a seed a random one is drawn; every suite prints the seed it used, so that a failure can be
// replayed with --seed.
class SoakOptions
{
public:
    // Removes the options it knows from argc/argv and records them in the environment.
    static void parse(int& argc, char** argv);
    static int tasks(int fallback);
    static int runs(int fallback);
    static quint64 seed(); // the same value on every call within a process
};
