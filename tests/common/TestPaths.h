#pragma once

#include <QString>

// Where tests find the shared brief, the source tree and the built executables.
namespace TestPaths {
QString sharedDir();
QString vectorsFile(const QString& name); // ../shared/vectors/<name>
QString sourceDir();
QString binary(const QString& name); // build/bin/<name>
QByteArray readFile(const QString& path);
} // namespace TestPaths
