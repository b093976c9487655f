#include "app/form/FormDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const auto kDraftKey = "form/draft"_L1;
const auto kDraftReferencesKey = "form/draftReferences"_L1; // the lists with their local files
const auto kVariationsKey = "form/variations"_L1;
} // namespace

void FormDraft::save() const
{
    QSettings s;
    s.setValue(kDraftKey, QString::fromUtf8(request.toJsonBytes()));
    s.setValue(kVariationsKey, variations);
    QJsonArray refs;
    for (const Reference& ref : references) {
        QJsonObject o;
        o.insert("List"_L1, ref.video ? u"video"_s : u"audio"_s);
        o.insert("Type"_L1, ref.type);
        o.insert("Value"_L1, ref.value);
        if (ref.uploadId != 0)
            o.insert("UploadId"_L1, ref.uploadId);
        refs.append(o);
    }
    s.setValue(kDraftReferencesKey, QString::fromUtf8(QJsonDocument(refs).toJson(QJsonDocument::Compact)));
}

std::optional<FormDraft> FormDraft::load()
{
    QSettings s;
    const QByteArray json = s.value(kDraftKey).toString().toUtf8();
    if (json.isEmpty())
        return std::nullopt;
    FormDraft draft;
    draft.request = AudioTaskRequest::fromJson(QJsonDocument::fromJson(json).object());
    draft.variations = s.value(kVariationsKey, 1).toInt();
    const QJsonArray refs = QJsonDocument::fromJson(s.value(kDraftReferencesKey).toString().toUtf8()).array();
    for (const QJsonValue v : refs) {
        const QJsonObject o = v.toObject();
        draft.references.append({ o.value("List"_L1).toString() == "video"_L1, o.value("Type"_L1).toString(),
            o.value("Value"_L1).toString(), o.value("UploadId"_L1).toInteger() });
    }
    return draft;
}

void FormDraft::clear()
{
    QSettings s;
    s.remove(kDraftKey);
    s.remove(kDraftReferencesKey);
}
