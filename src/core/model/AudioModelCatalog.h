#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The models the form offers (spec §4): which scenes and versions each has, and templates of its
// AdditionalParameters. A model name the catalogue does not know is still allowed (new models appear).
class AudioModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(AudioModelCatalog)

public:
    struct Template
    {
        QString title;
        QString json;
    };
    struct Model
    {
        QString name;
        QString description;
        QStringList scenes; // first = default
        QStringList versions; // "" = the model's stable version; first = default
        QList<Template> templates;
    };

    static const QList<Model>& models();
    static const Model* find(const QString& name);
    // Example prompts for the form's "Examples" menu: (scene, prompt).
    static QList<QPair<QString, QString>> examplePrompts();
};
