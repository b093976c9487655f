#pragma once

#include <QString>

// Paths under a (possibly injected) home directory, and their "~/..." form for messages: what a
// user typed is what a user recognises.
namespace HomePath {

// home + "/" + relative, cleaned.
QString join(const QString& home, const QString& relative);
// "/home/ann/.tccli/default.credential" -> "~/.tccli/default.credential" when under home; else unchanged.
QString display(const QString& path, const QString& home);

} // namespace HomePath
