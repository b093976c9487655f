#include "core/support/AppPaths.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace AppPaths {

QString homeDir(const QProcessEnvironment& env)
{
    const QString home = env.value(u"HOME"_s);
    return home.isEmpty() ? QDir::homePath() : home;
}

QString configDir(const QProcessEnvironment& env)
{
    const QString explicitDir = env.value(u"AIGC_AUDIO_CONFIG_DIR"_s);
    if (!explicitDir.isEmpty())
        return explicitDir;
    const QString xdg = env.value(u"XDG_CONFIG_HOME"_s);
    return (xdg.isEmpty() ? homeDir(env) + u"/.config"_s : xdg) + u"/aigc-audio-studio"_s;
}

QString dataDir(const QProcessEnvironment& env)
{
    const QString explicitDir = env.value(u"AIGC_AUDIO_DATA_DIR"_s);
    if (!explicitDir.isEmpty())
        return explicitDir;
    const QString xdg = env.value(u"XDG_DATA_HOME"_s);
    return (xdg.isEmpty() ? homeDir(env) + u"/.local/share"_s : xdg) + u"/aigc-audio-studio"_s;
}

QString historyDatabase(const QProcessEnvironment& env)
{
    return dataDir(env) + u"/history.sqlite"_s;
}

QString defaultLibraryDir(const QProcessEnvironment& env)
{
    const QString explicitDir = env.value(u"AIGC_AUDIO_LIBRARY_DIR"_s);
    if (!explicitDir.isEmpty())
        return explicitDir;
    return homeDir(env) + u"/Music/AIGC Audio Studio"_s;
}

QString settingsFile(const QProcessEnvironment& env)
{
    return configDir(env) + u"/settings.ini"_s;
}

QString libraryDir(const QProcessEnvironment& env)
{
    const QString explicitDir = env.value(u"AIGC_AUDIO_LIBRARY_DIR"_s);
    if (!explicitDir.isEmpty())
        return explicitDir;
    const QString chosen
        = QSettings(settingsFile(env), QSettings::IniFormat).value(u"library/dir"_s).toString();
    return chosen.isEmpty() ? defaultLibraryDir(env) : chosen;
}

bool setLibraryDir(const QString& dir, const QProcessEnvironment& env)
{
    QSettings settings(settingsFile(env), QSettings::IniFormat);
    settings.setValue(u"library/dir"_s, dir);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace AppPaths
