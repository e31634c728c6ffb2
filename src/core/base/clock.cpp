#include "core/base/clock.h"

#include <chrono>
#include <ctime>

namespace rightjob::core {

std::string Clock::nowText() const
{
    return formatUtc(nowSeconds());
}

std::int64_t SystemClock::nowSeconds() const
{
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::string formatUtc(std::int64_t seconds)
{
    const std::time_t time = static_cast<std::time_t>(seconds);
    std::tm parts{};
    gmtime_r(&time, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

Clock& systemClock()
{
    static SystemClock clock;
    return clock;
}

} // namespace rightjob::core
