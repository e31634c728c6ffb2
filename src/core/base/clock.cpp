#include "core/base/clock.h"

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

std::optional<std::int64_t> parseUtc(const std::string& text)
{
    // YYYY-MM-DDTHH:MM:SSZ, each part in range.
    static const char kPattern[] = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != sizeof kPattern - 1)
        return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (kPattern[i] == 'd' ? (text[i] < '0' || text[i] > '9') : text[i] != kPattern[i])
            return std::nullopt;
    const auto number = [&](std::size_t at, std::size_t length) { return std::stoi(text.substr(at, length)); };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = y / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + dayOfEra - 719468;
    return days * 86400 + hour * 3600 + minute * 60 + second;
}

Clock& systemClock()
{
    static SystemClock clock;
    return clock;
}

} // namespace rightjob::core
