#pragma once

#include <QElapsedTimer>
#include <QObject>

// For bench/startup: with AIGC_STARTUP_PROBE=1 the app prints, on standard output, the milliseconds
// from process start to the main window's first paint, then its resident memory after a second of
// idling, and quits. Does nothing otherwise.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    static bool isEnabled();
    // Milliseconds since the process started (from /proc/self/stat), or -1.
    static qint64 processAgeMs();
    static qint64 residentKiB(); // VmRSS

    explicit StartupProbe(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_painted = false;
};
