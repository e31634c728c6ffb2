#include "core/clock.h"

#include <chrono>
#include <cstdlib>
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

std::string dayInWords(const std::string& time)
{
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    if (time.size() < 10)
        return time;
    const int month = std::atoi(time.substr(5, 2).c_str());
    const int day = std::atoi(time.substr(8, 2).c_str());
    if (month < 1 || month > 12)
        return time.substr(0, 10);
    return std::to_string(day) + " " + months[month - 1] + " " + time.substr(0, 4);
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
