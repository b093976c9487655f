#include "SoakOptions.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <cstring>

namespace {
const char* const kTasks = "AIGC_SOAK_TASKS";
const char* const kRuns = "AIGC_CRASH_RUNS";
const char* const kSeed = "AIGC_SOAK_SEED";

int positive(const char* name, int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(name, &ok);
    return ok && n > 0 ? n : fallback;
}
} // namespace

void SoakOptions::parse(int& argc, char** argv)
{
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        const char* name = nullptr;
        if (std::strcmp(argv[i], "--tasks") == 0)
            name = kTasks;
        else if (std::strcmp(argv[i], "--runs") == 0)
            name = kRuns;
        else if (std::strcmp(argv[i], "--seed") == 0)
            name = kSeed;
        if (name && i + 1 < argc) {
            qputenv(name, QByteArray(argv[++i]));
            continue;
        }
        argv[out++] = argv[i];
    }
    argc = out;
    argv[argc] = nullptr;
}

int SoakOptions::tasks(int fallback)
{
    return positive(kTasks, fallback);
}

int SoakOptions::runs(int fallback)
{
    return positive(kRuns, fallback);
}

quint64 SoakOptions::seed()
{
    static const quint64 value = [] {
        bool ok = false;
        const quint64 s = qEnvironmentVariable(kSeed).toULongLong(&ok);
        return ok && s != 0 ? s : quint64(QRandomGenerator::system()->bounded(1u, 1000000000u));
    }();
    return value;
}
