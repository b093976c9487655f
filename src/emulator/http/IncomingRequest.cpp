#include "emulator/http/IncomingRequest.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

QByteArray IncomingRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

bool IncomingRequest::hasHeader(const QByteArray& name) const
{
    return !header(name).isNull();
}

bool IncomingRequest::wantsClose() const
{
    return header("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
}

QByteArray IncomingRequest::md5() const
{
    return !bodyMd5.isEmpty() ? bodyMd5 : QCryptographicHash::hash(body, QCryptographicHash::Md5);
}
