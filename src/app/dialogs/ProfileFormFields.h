#pragma once

#include "core/profiles/Profile.h"
#include "core/support/ValidationIssue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ProfileStore;
class QWidget;

namespace Ui {
class ProfilesDialog;
}

// The fields of the Profiles dialog's form: what they offer, a profile into them and back, what is
// wrong with their values and the marks that say so. The dialog owns the widgets (its .ui) and the
// list, the secrets and the actions; this class owns the mapping between a Profile and the widgets.
class ProfileFormFields
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFormFields)

public:
    // Presets of the endpoint combo (its item data).
    enum class Preset
    {
        China,
        International,
        Regional,
        LocalEmulator,
        CustomUrl
    };

    explicit ProfileFormFields(Ui::ProfilesDialog* ui);

    // The combos' items and every control's accessible name (never a value).
    void setUp();
    // The profile's values into the fields (the reveal buttons and test result are the dialog's).
    void fill(const Profile& profile);
    // The fields' values as a profile, credentials included.
    Profile profile() const;
    Preset preset() const;
    // What is wrong with the values; loadedName is the stored profile being edited ("" for a new one).
    ValidationIssues issues(const QString& loadedName, const ProfileStore* profiles) const;
    // Marks each field named by an issue (red frame, reason in its tooltip) and clears the others;
    // the issues as lines for the form's summary.
    QStringList mark(const ValidationIssues& issues);
    // The rows the chosen endpoint preset and proxy mode need, and the proxy's note.
    void showEndpointRows();
    void showProxyRows();

    static const QStringList& commonRegions();
    static QString defaultEmulatorUrl();

private:
    QWidget* fieldWidget(const QString& field) const;
    static QString fieldLabel(const QString& field);
    static void markField(QWidget* field, const QString& reason);

    Ui::ProfilesDialog* m_ui;
};
