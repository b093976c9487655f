#include "app/StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

bool StartupProbe::isEnabled()
{
    return qEnvironmentVariableIntValue("AIGC_STARTUP_PROBE") == 1;
}

qint64 StartupProbe::processAgeMs()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) comes after the ')' that closes the command name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
    return static_cast<qint64>(nowMs - startTicks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK)));
}

qint64 StartupProbe::residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

StartupProbe::StartupProbe(QWidget* window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        const qint64 ms = processAgeMs();
        QTimer::singleShot(0, this, [ms] {
            std::printf("first-paint-ms %lld\n", static_cast<long long>(ms));
            std::fflush(stdout);
        });
        QTimer::singleShot(1000, this, [] {
            std::printf("idle-rss-kib %lld\n", static_cast<long long>(residentKiB()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}
