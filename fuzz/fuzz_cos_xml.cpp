// The object-storage XML: the emulator's parsing of a CompleteMultipartUpload body
// (CompleteMultipartUploadXml), the client's reading of COS answers (CosJob::xmlElement,
// CosJob::errorFromXml), and the emulator's Range header (HttpRange) on the same bytes.
//
// Input: [0..1] HTTP status (big-endian, mod 600), then the body.
#include "FuzzSupport.h"
#include "core/uploads/CosJob.h"
#include "emulator/http/HttpRange.h"
#include "emulator/storage/CompleteMultipartUploadXml.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = ((data[0] << 8) | data[1]) % 600;
    const QByteArray body = FuzzSupport::bytes(data + 2, size - 2);

    const std::optional<QList<CompleteMultipartUploadXml::Part>> parts
        = CompleteMultipartUploadXml::parse(body);
    if (parts)
        FuzzSupport::check(!parts->isEmpty(), "a CompleteMultipartUpload without parts accepted");

    (void)CosJob::xmlElement(body, u"UploadId"_s);
    (void)CosJob::xmlElement(body, u"ETag"_s);
    const ApiError e = CosJob::errorFromXml(status, body, "NjVkZjQ3Y2JfOTBmMDJhMDlfMTQ4YmNfMjQ1NzQ4Yg==");
    FuzzSupport::check(e.isError(), "an object-storage error that is not an error");
    (void)e.toString();
    (void)e.advice();

    for (const qint64 length : { qint64(0), qint64(1), qint64(1000), qint64(1) << 40 }) {
        const HttpRange r = HttpRange::parse(body, length);
        if (r.kind == HttpRange::Kind::Satisfiable) {
            FuzzSupport::check(r.first >= 0 && r.first <= r.last && r.last < length,
                "a range outside the file", QString::fromLatin1(r.contentRange(length)));
            FuzzSupport::check(r.length() > 0 && r.length() <= length, "a range longer than the file");
        }
        (void)r.contentRange(length);
    }
    return 0;
}
