#pragma once

#include <QStringList>

// The emulator's built-in demo credentials (documented in the README and docs/emulator.md). They only
// open the local emulator; --secret-id/--secret-key replace them.
inline constexpr const char* kEmulatorDemoSecretId = "AKIDLOCALEMULATORDEMO0000000000000000";
inline constexpr const char* kEmulatorDemoSecretKey = "LocalEmulatorDemoSecretKey000000";
inline constexpr int kEmulatorDefaultPort = 8708;
// The account id that prefixes TaskIds of requests without a SubAppId.
inline constexpr quint64 kEmulatorDefaultAccountId = 251441341;
inline constexpr const char* kEmulatorApiVersion = "2018-07-17";
// The object-storage bucket ApplyUpload hands out (StorageBucket).
inline constexpr const char* kEmulatorStorageBucket = "vodemu-1250000000";

namespace EmulatorInfo {
// Case-insensitive substrings that make CreateAigcAudioTask answer InvalidParameter.ViolationContent
// unless --blocked-word replaces them.
QStringList defaultBlockedWords();
QString version();
} // namespace EmulatorInfo
