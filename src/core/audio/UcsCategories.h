#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// The Universal Category System (UCS, universalcategorysystem.com): a sound's category and
// subcategory as a CatID ("RAINMetl" = RAIN / METAL), the first part of a UCS file name
// "CatID_FXName_CreatorID_SourceID". This is a built-in pick list of the categories sound effects
// are most often filed under (a subset of UCS 8: every category, the common subcategories), with the
// UCS spellings; FXName is made from the prompt.
class UcsCategories
{
    Q_DECLARE_TR_FUNCTIONS(UcsCategories)

public:
    struct Entry
    {
        QString catId; // "RAINMetl"
        QString category; // "RAIN"
        QString subCategory; // "METAL"

        bool operator==(const Entry&) const = default;
    };

    // UCS recommends FXName of at most 25 characters.
    static constexpr int kMaxFxNameLength = 25;

    static const QList<Entry>& all();
    // Case-insensitive ("rainmetl" finds "RAINMetl"); nullopt when the CatID is not in the list.
    static std::optional<Entry> find(const QString& catId);
    // The CatID whose category or subcategory words appear in the prompt ("rain on a tin roof" ->
    // "RAIN"), preferring a subcategory match; empty when nothing matches. A default for the pick list.
    static QString suggest(const QString& prompt);
    // "rain on a tin roof, at night" -> "Rain On A Tin Roof At": the prompt's words in title case,
    // without punctuation or underscores (the UCS separator), cut at a word boundary to at most
    // kMaxFxNameLength characters; words of scripts without case are kept as they are.
    static QString fxName(const QString& prompt);
};
