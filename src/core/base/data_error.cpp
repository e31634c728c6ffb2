#include "core/base/data_error.h"

namespace rightjob::core {

std::string describeDataError(const std::string& file, TextPlace place, const std::string& message)
{
    std::string text = file.empty() ? std::string("(no file name)") : file;
    if (place.line > 0) {
        text += ", line " + std::to_string(place.line);
        if (place.column > 0)
            text += ", column " + std::to_string(place.column);
    }
    text += ": " + message;
    return text;
}

DataError::DataError(std::string file, TextPlace place, std::string message)
    : std::runtime_error(describeDataError(file, place, message))
    , m_file(std::move(file))
    , m_place(place)
    , m_message(std::move(message))
{
}

} // namespace rightjob::core
