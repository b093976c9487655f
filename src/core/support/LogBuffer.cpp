#include "core/support/LogBuffer.h"

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>
#include <deque>

using namespace Qt::StringLiterals;

namespace {

struct State
{
    QMutex mutex;
    std::deque<QString> lines;
    size_t capacity = 2000;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State& state()
{
    static State s;
    return s;
}

QString typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"critical"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"log"_s;
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + typeName(type);
    if (context.category && qstrcmp(context.category, "default") != 0)
        line += u" ["_s + QString::fromLatin1(context.category) + u']';
    line += u' ' + message;
    LogBuffer::append(line);
    if (QtMessageHandler previous = state().previous)
        previous(type, context, message);
}

} // namespace

void LogBuffer::install(int capacity)
{
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.capacity = size_t(qMax(1, capacity));
        if (s.installed)
            return;
        s.installed = true;
    }
    s.previous = qInstallMessageHandler(handler);
}

bool LogBuffer::isInstalled()
{
    QMutexLocker lock(&state().mutex);
    return state().installed;
}

QStringList LogBuffer::recent()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return QStringList(s.lines.begin(), s.lines.end());
}

void LogBuffer::append(const QString& line)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.lines.push_back(line);
    while (s.lines.size() > s.capacity)
        s.lines.pop_front();
}
