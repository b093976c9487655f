// Fills a history database with N finished tasks, for bench/startup's "10,000 tasks" case.
#include "core/support/SystemClock.h"
#include "core/tasks/HistoryStore.h"
#include "core/tasks/TaskRecord.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_seed_history DATABASE COUNT\n");
        return 2;
    }
    HistoryStore store(SystemClock::instance());
    QString error;
    if (!store.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const int count = args.at(2).toInt();
    const QStringList prompts { QStringLiteral("rain on a tin roof"),
        QStringLiteral("fireworks over the harbour"), QStringLiteral("a calm piano piece"),
        QStringLiteral("footsteps on gravel"), QStringLiteral("temple bell") };
    QList<TaskRecord> records;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        TaskRecord r;
        r.taskId = QStringLiteral("251441341-AigcAudioTask-%1t").arg(i, 32, 16, QChar(u'0'));
        r.profileName = QStringLiteral("bench");
        r.prompt = prompts.at(i % prompts.size()) + QStringLiteral(" #%1").arg(i);
        r.modelName = QStringLiteral("Kling");
        r.sceneType = QStringLiteral("sfx");
        r.state = TaskRecord::State::Finished;
        r.progress = 100;
        r.submittedAt = now.addSecs(-60LL * (count - i));
        r.createTime = r.submittedAt;
        r.finishTime = r.submittedAt.addSecs(8);
        r.duration = 6;
        r.fileType = QStringLiteral("wav");
        records.append(r);
    }
    if (store.insertRecords(records).size() != records.size()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    std::printf("seeded %d tasks\n", count);
    return 0;
}
