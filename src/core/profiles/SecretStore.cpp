#include "core/profiles/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

void SecretStore::deliverLater(QObject* context, std::function<void()> fn)
{
    QMetaObject::invokeMethod(context ? context : this, std::move(fn), Qt::QueuedConnection);
}

void SecretStore::rename(
    const QString& oldName, const QString& newName, QObject* context, DoneCallback callback)
{
    const QPointer<QObject> guard(context ? context : this);
    auto finish = [guard, callback](const QString& error) {
        if (guard && callback)
            callback(error);
    };
    if (oldName == newName) {
        deliverLater(context, [finish] { finish(QString()); });
        return;
    }
    read(oldName, this,
        [this, oldName, newName, finish](const Credentials& credentials, const QString& error) {
            if (!error.isEmpty()) {
                finish(error);
                return;
            }
            if (credentials == Credentials()) {
                finish(QString()); // nothing stored: nothing to move
                return;
            }
            write(newName, credentials, this, [this, oldName, finish](const QString& writeError) {
                if (!writeError.isEmpty()) {
                    finish(writeError);
                    return;
                }
                remove(oldName, this, [finish](const QString& removeError) { finish(removeError); });
            });
        });
}

QByteArray SecretStore::toJson(const Credentials& credentials)
{
    QJsonObject o;
    o.insert("secretId"_L1, credentials.secretId);
    o.insert("secretKey"_L1, credentials.secretKey);
    if (!credentials.token.isEmpty())
        o.insert("token"_L1, credentials.token);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool SecretStore::fromJson(const QByteArray& json, Credentials* credentials, QString* problem)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        if (problem)
            *problem = tr("not valid JSON (%1 at character %2)").arg(err.errorString()).arg(err.offset);
        return false;
    }
    if (!doc.isObject()) {
        if (problem)
            *problem = tr("not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    for (const auto key : { "secretId"_L1, "secretKey"_L1, "token"_L1 }) {
        if (o.contains(key) && !o.value(key).isString() && !o.value(key).isNull()) {
            if (problem)
                *problem = tr("\"%1\" is not a string").arg(key);
            return false;
        }
    }
    if (credentials) {
        credentials->secretId = o.value("secretId"_L1).toString();
        credentials->secretKey = o.value("secretKey"_L1).toString();
        credentials->token = o.value("token"_L1).toString();
    }
    return true;
}
