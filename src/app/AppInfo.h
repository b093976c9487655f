#pragma once

// Names shared by the app and the CLI (QSettings and QStandardPaths locations).
inline constexpr const char* kAppOrganization = "AigcAudioStudio";
inline constexpr const char* kAppName = "aigc-audio-studio";
