#pragma once

#include "core/audio/ExportSource.h"
#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// An export's file name from a template: "{prompt}_{variation}" -> "rain on a tin roof_02". Tokens:
//   {prompt}     the prompt (at most kMaxPromptLength characters, cut at a word)
//   {date}       the task's creation date, yyyy-MM-dd (the export's date when unknown)
//   {model}      the model name
//   {variation}  the take's number among the variations of one request, two digits: 01, 02...
//   {taskid}     the TaskId
//   {rating}     the rating, 0-5
//   {catid}      the UCS CatID chosen (ExportSettings::ucsCatId)
//   {fxname}     the UCS FXName made from the prompt (UcsCategories::fxName)
// An unknown token, an unclosed brace or a path separator is an error naming it. Every value is
// made safe on its own and the whole name again (safeFileName), so a prompt can never reach another
// folder. The extension is not part of the template: it always follows the format.
class NamingTemplate
{
    Q_DECLARE_TR_FUNCTIONS(NamingTemplate)

public:
    static constexpr int kMaxNameLength = 160; // characters, before the extension
    static constexpr int kMaxNameBytes = 200; // UTF-8 bytes: names must fit 255 with a temp suffix
    static constexpr int kMaxPromptLength = 60;

    static QString defaultTemplate() { return QStringLiteral("{prompt}_{variation}_{taskid}"); }
    // The UCS file name, CatID_FXName_CreatorID_SourceID: the take's number ends the FXName, the
    // creator is this app, the source the model ("RAINMetl_Rain On A Tin Roof 01_AIGC_Kling").
    static QString ucsPreset() { return QStringLiteral("{catid}_{fxname} {variation}_AIGC_{model}"); }
    static const QStringList& knownTokens(); // "prompt", "date"... without braces

    explicit NamingTemplate(const QString& text = defaultTemplate());

    QString text() const { return m_text; }
    bool isValid() const { return m_issues.isEmpty(); }
    // What is wrong with the template, each issue under `field`.
    ValidationIssues issues(const QString& field) const;
    bool uses(const QString& token) const;

    // The file name without extension for one source. `catId` fills {catid}; `now` stands for an
    // unknown creation date. An invalid template renders as "audio".
    QString render(const ExportSource& source, const QString& catId, const QDateTime& now) const;

    // Any text as a file name that every common file system accepts: no path separators, no
    // characters Windows refuses (<>:"/\|?*), no control or invisible formatting characters, no
    // leading dots or dashes, no trailing dots or spaces, not a reserved Windows device name (CON,
    // NUL, COM1...), at most maxLength characters and kMaxNameBytes UTF-8 bytes (cut between
    // characters); "audio" when nothing is left.
    static QString safeFileName(const QString& name, int maxLength = kMaxNameLength);

private:
    struct Part
    {
        bool isToken = false;
        QString text; // literal text, or the token's name
    };
    void parse();
    QString value(
        const QString& token, const ExportSource& source, const QString& catId, const QDateTime& now) const;

    QString m_text;
    QList<Part> m_parts;
    QStringList m_issues;
};
