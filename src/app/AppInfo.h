#pragma once

// Names shared by the app and the CLI (QSettings and QStandardPaths locations).
inline constexpr const char* kAppOrganization = "AigcAudioStudio";
inline constexpr const char* kAppName = "aigc-audio-studio";

// Registers the app library's resources (icons): a static library's .qrc needs it explicitly.
void initAppResources();
