#pragma once

#include "emulator/http/FaultConfig.h"

#include <QRandomGenerator>
#include <QString>

// Rolls the dice of a FaultConfig for each request, in a fixed order (drop, truncate, HTTP error,
// API error), from one seeded generator: the same requests meet the same faults on every run.
class FaultInjector
{
public:
    enum class Kind
    {
        None,
        Drop,
        Truncate,
        HttpError,
        ApiError
    };

    struct Decision
    {
        Kind kind = Kind::None;
        FaultConfig::Stage stage = FaultConfig::Stage::Before;
        int httpStatus = 0;
        QString apiCode;
        int latencyMs = 0;
        bool isFault() const { return kind != Kind::None; }
    };

    explicit FaultInjector(const FaultConfig& config = {}) { setConfig(config); }

    void setConfig(const FaultConfig& config);
    const FaultConfig& config() const { return m_config; }
    // `action`: the X-TC-Action of an API request, "File" for a download, or an object-storage
    // operation (FaultConfig::cosOperations(); an ApiError there becomes COS's 500 InternalError or
    // 503 SlowDown).
    Decision decide(const QString& action);
    int faultsInjected() const { return m_injected; }

    static QString kindName(Kind kind);

private:
    bool roll(double rate);
    FaultConfig m_config;
    QRandomGenerator m_random;
    int m_injected = 0;
};
