#include "emulator/storage/CompleteMultipartUploadXml.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

std::optional<QList<CompleteMultipartUploadXml::Part>> CompleteMultipartUploadXml::parse(
    const QByteArray& body)
{
    QList<Part> listed;
    QXmlStreamReader reader(body);
    bool rootSeen = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (!rootSeen) {
            if (reader.name() != "CompleteMultipartUpload"_L1)
                return std::nullopt;
            rootSeen = true;
            continue;
        }
        if (reader.name() != "Part"_L1) {
            reader.skipCurrentElement();
            continue;
        }
        Part item;
        bool haveNumber = false, haveEtag = false;
        while (reader.readNextStartElement()) {
            if (reader.name() == "PartNumber"_L1) {
                item.number = reader.readElementText().trimmed().toInt(&haveNumber);
            } else if (reader.name() == "ETag"_L1) {
                item.etag = reader.readElementText();
                haveEtag = true;
            } else {
                reader.skipCurrentElement();
            }
        }
        if (!haveNumber || !haveEtag)
            return std::nullopt;
        listed.append(item);
    }
    if (reader.hasError() || !rootSeen || listed.isEmpty())
        return std::nullopt;
    return listed;
}
