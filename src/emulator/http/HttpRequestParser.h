#pragma once

#include "emulator/http/IncomingRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <memory>

// HTTP/1.1 requests from the bytes of one connection, one at a time, within limits: a request head
// (request line and headers) of at most maxHeadBytes (else 431), a body of at most maxBodyBytes, or
// maxUploadBytes for a PUT (an object upload; else 413), Content-Length or chunked (both at once, or
// a malformed head: 400). A PUT body longer than spillAboveBytes goes to a file in spillDir instead of
// memory (IncomingRequest::bodyFile), so a 200 MB upload costs no memory. The MD5 of every body is
// computed on the way. No sockets and no timers here (HttpConnection): the fuzzers feed it bytes.
class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)

public:
    struct Limits
    {
        qint64 maxHeadBytes = 64 * 1024;
        int maxHeaders = 200;
        qint64 maxBodyBytes = 2 * 1024 * 1024;
        qint64 maxUploadBytes = 5LL * 1024 * 1024 * 1024; // COS's limit for one PutObject
        qint64 spillAboveBytes = 1024 * 1024;
        QString spillDir; // empty: bodies stay in memory (tests, fuzzers)
    };

    enum class State
    {
        Idle, // between requests, nothing received
        Head, // part of a head received
        Body, // the head is complete, the body is arriving
        Complete, // a request is ready: take() it
        Failed, // errorStatus() and errorText() say why; the connection must close
    };

    HttpRequestParser(); // the default limits, bodies in memory
    explicit HttpRequestParser(const Limits& limits);
    ~HttpRequestParser();

    // Consumes what it can from the start of `buffer` (what it leaves is the start of the next
    // request, while one is Complete) and returns the state.
    State feed(QByteArray& buffer);
    State state() const { return m_state; }
    // The complete request; the parser is Idle again for the next one.
    IncomingRequest take();
    // The head asked for "Expect: 100-continue" and its body has not begun.
    bool expectsContinue() const { return m_state == State::Body && m_expectContinue && m_received == 0; }

    int errorStatus() const { return m_errorStatus; }
    QString errorText() const { return m_errorText; }

private:
    State fail(int status, const QString& text);
    State parseHead(QByteArray& buffer);
    State readBody(QByteArray& buffer);
    State readChunked(QByteArray& buffer);
    bool append(const char* data, qint64 size); // the body so far; false after a failure
    State finishBody();

    Limits m_limits;
    State m_state = State::Idle;
    IncomingRequest m_request;
    qint64 m_length = 0; // Content-Length
    qint64 m_received = 0;
    qint64 m_limit = 0; // this request's body limit
    qint64 m_chunkLeft = -1; // chunked: bytes left in this chunk, -1 = a size line comes next
    bool m_chunked = false;
    bool m_trailer = false; // chunked: reading the trailer after the last chunk
    bool m_expectContinue = false;
    QCryptographicHash m_md5 { QCryptographicHash::Md5 };
    std::unique_ptr<QFile> m_spill;
    int m_errorStatus = 0;
    QString m_errorText;
};
