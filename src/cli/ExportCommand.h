#pragma once

#include "cli/CliCommand.h"
#include "core/audio/ExportResult.h"
#include "core/audio/ExportSettings.h"

#include <QMutex>
#include <optional>

// `aigc-audio export TASKID... [--input FILE]... --dir DIR`: the export pipeline (core/audio) over
// the files the history has saved (or any audio files), with the format, rate, depth, loudness,
// region, fades and naming template given as options. Every rule is checked and every name planned
// before anything is written.
class ExportCommand : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString positionalSyntax() const override { return QStringLiteral("[TASKID...]"); }
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser) override;

    // The settings the options describe; each option that cannot be read is an issue naming it.
    static ExportSettings parseSettings(const QCommandLineParser& parser, ValidationIssues& issues);
    // "1500-4000" (ms), "1.5s-4s", "250ms-2.5s" -> a region in ms; nullopt and an issue otherwise.
    static std::optional<ExportSettings::Region> parseRegion(const QString& text, ValidationIssues& issues);

private:
    void printUcsList();
    void report(const ExportResult& r, bool json);
    void showProgress(double fraction);

    QMutex m_outputMutex;
    int m_lastPercent = -1;
};
