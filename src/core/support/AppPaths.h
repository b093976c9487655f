#pragma once

#include <QProcessEnvironment>
#include <QString>

// Where the app and the CLI keep their files, so that both see the same profiles and history.
//   config:  $AIGC_AUDIO_CONFIG_DIR, else $XDG_CONFIG_HOME/aigc-audio-studio, else
//   ~/.config/aigc-audio-studio data:    $AIGC_AUDIO_DATA_DIR, else $XDG_DATA_HOME/aigc-audio-studio, else
//   ~/.local/share/aigc-audio-studio library: ~/Music/AIGC Audio Studio (the app's preference overrides it)
namespace AppPaths {
QString configDir(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
QString dataDir(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
// <data>/history.sqlite: the task history the app and the CLI share.
QString historyDatabase(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
QString defaultLibraryDir(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
// The library folder in use: $AIGC_AUDIO_LIBRARY_DIR, else the app's preference (library/dir in
// <config>/settings.ini), else defaultLibraryDir(). The app and the CLI save into the same folder.
QString libraryDir(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
bool setLibraryDir(
    const QString& dir, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
// <config>/settings.ini: the preferences the app and the CLI share.
QString settingsFile(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
QString homeDir(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
} // namespace AppPaths
