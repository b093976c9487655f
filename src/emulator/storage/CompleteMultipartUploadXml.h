#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// The body of COS's CompleteMultipartUpload:
// <CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"..."</ETag></Part>...</...>
// Pure, for ObjectStorage and the fuzzer. Order and existence of the parts are ObjectStorage's checks.
struct CompleteMultipartUploadXml
{
    struct Part
    {
        int number = 0;
        QString etag;
    };

    // The parts as listed, or nullopt when the XML is malformed (COS's MalformedXML): not well-formed,
    // another root element, a Part without PartNumber (an integer) or ETag, or no Part at all.
    static std::optional<QList<Part>> parse(const QByteArray& body);
};
