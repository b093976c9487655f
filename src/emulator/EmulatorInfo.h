#pragma once

// The emulator's built-in demo credentials (documented in the README). They only open the local emulator.
inline constexpr const char* kEmulatorDemoSecretId = "AKIDLOCALEMULATORDEMO0000000000000000";
inline constexpr const char* kEmulatorDemoSecretKey = "LocalEmulatorDemoSecretKey000000";
inline constexpr int kEmulatorDefaultPort = 8708;
