// The baseline of bench/startup: the smallest Qt Widgets program with a main window, measured the
// same way as the app (process start to first paint, then resident memory after a second idle).
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {
long long processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return static_cast<long long>(now.tv_sec * 1000.0 + now.tv_nsec / 1e6
        - fields.value(19).toDouble() * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK)));
}

long long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class Window : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent* e) override
    {
        QMainWindow::paintEvent(e);
        if (m_done)
            return;
        m_done = true;
        const long long ms = processAgeMs();
        QTimer::singleShot(0, this, [ms] {
            std::printf("first-paint-ms %lld\n", ms);
            std::fflush(stdout);
        });
        QTimer::singleShot(1000, this, [] {
            std::printf("idle-rss-kib %lld\n", residentKiB());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Window w;
    w.setCentralWidget(new QLabel(QStringLiteral("baseline")));
    w.resize(1280, 820);
    w.show();
    return app.exec();
}
