#pragma once

#include <QStringList>

// The process's recent log messages, for "Export diagnostics…": install() puts a Qt message handler in
// front of the previous one (which still prints as before) and keeps the last `capacity` lines in
// memory, "2026-11-24T01:02:03.456Z warning [category] text". Nothing is written to disk by it.
// Thread-safe. Log lines never carry secrets by design; DiagnosticsReport redacts known ones anyway.
namespace LogBuffer {
void install(int capacity = 2000);
bool isInstalled();
QStringList recent();
// Adds a line as if it had been logged (tests).
void append(const QString& line);
} // namespace LogBuffer
