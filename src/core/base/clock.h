// The time, behind an interface so tests can fix it or make it jump.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace rightjob::core {

// Tells the time as UTC.
class Clock {
public:
    virtual ~Clock() = default;
    // Seconds since 1970-01-01 UTC.
    virtual std::int64_t nowSeconds() const = 0;
    // The time now as ISO 8601 UTC: 2026-10-05T10:00:00Z.
    std::string nowText() const;
};

// The computer's clock.
class SystemClock : public Clock {
public:
    std::int64_t nowSeconds() const override;
};

// A clock that only moves when told to (for tests).
class ManualClock : public Clock {
public:
    explicit ManualClock(std::int64_t seconds) : m_seconds(seconds) {}
    std::int64_t nowSeconds() const override { return m_seconds; }
    void set(std::int64_t seconds) { m_seconds = seconds; }
    void advance(std::int64_t seconds) { m_seconds += seconds; }

private:
    std::int64_t m_seconds;
};

// Formats seconds since 1970 as ISO 8601 UTC.
std::string formatUtc(std::int64_t seconds);

// "5 October 2026" from "2026-10-05T10:00:00Z"; text that is not a time
// comes back as it is.
std::string dayInWords(const std::string& time);

// Reads a time formatUtc wrote (2026-10-05T10:00:00Z) as seconds since
// 1970; nothing when the text is not such a time.
std::optional<std::int64_t> parseUtc(const std::string& text);

// The program's clock, shared by everything that stamps a time.
Clock& systemClock();

} // namespace rightjob::core
