// The request validator: CreateAigcAudioTask parameters as JSON (what the emulator receives, what a
// saved draft holds) -> AudioTaskRequest::fromJson -> validate; a request that validates must survive
// its own wire form unchanged. Then the text readers of FieldParse on the same bytes.
#include "FuzzSupport.h"
#include "core/model/AudioTaskRequest.h"
#include "core/support/FieldParse.h"

#include <QJsonDocument>
#include <limits>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);

    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        ValidationIssues typeIssues;
        const AudioTaskRequest request = AudioTaskRequest::fromJson(doc.object(), &typeIssues);
        const ValidationIssues issues = request.validate(now);
        for (const ValidationIssue& i : issues)
            FuzzSupport::check(
                !i.field.isEmpty() && !i.message.isEmpty(), "an issue without field or message");
        const QByteArray wire = request.toJsonBytes();
        ValidationIssues wireIssues;
        const AudioTaskRequest back
            = AudioTaskRequest::fromJson(QJsonDocument::fromJson(wire).object(), &wireIssues);
        if (typeIssues.isEmpty() && issues.isEmpty()) {
            FuzzSupport::check(
                wireIssues.isEmpty(), "a valid request's wire form has type issues", QString::fromUtf8(wire));
            FuzzSupport::check(
                back == request, "a valid request changed on the wire", QString::fromUtf8(wire));
            FuzzSupport::check(back.validate(now).isEmpty(), "a valid request's wire form is invalid");
        }
    }

    // The CLI's and the form's text fields.
    const QString text = QString::fromUtf8(input);
    ValidationIssues textIssues;
    const std::optional<qint64> n = FieldParse::textInteger(text, u"Duration"_s, textIssues);
    const std::optional<quint64> u = FieldParse::textUnsigned(text, u"SubAppId"_s, textIssues);
    if (u && *u <= quint64(std::numeric_limits<qint64>::max()))
        FuzzSupport::check(n && *n == qint64(*u), "an unsigned integer that is not an integer");
    FuzzSupport::check(FieldParse::characterCount(text) <= text.size(), "more characters than UTF-16 units");
    const QDateTime t = FieldParse::parseIso8601(text);
    if (t.isValid())
        (void)t.toString(Qt::ISODate);
    return 0;
}
