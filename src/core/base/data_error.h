// Errors in data files (layouts, profiles, catalogues, manifests), told in
// plain words with the file and the place in it.
#pragma once

#include <stdexcept>
#include <string>

namespace rightjob::core {

// Where in a text file something is: 1-based line and column; 0 means unknown.
struct TextPlace {
    int line = 0;
    int column = 0;
};

// A problem with a data file. what() gives "FILE, line L, column C: MESSAGE",
// so that the person fixing the file can go straight to the place.
class DataError : public std::runtime_error {
public:
    DataError(std::string file, TextPlace place, std::string message);

    const std::string& file() const { return m_file; }
    TextPlace place() const { return m_place; }
    // The message without the file and place.
    const std::string& message() const { return m_message; }

private:
    std::string m_file;
    TextPlace m_place;
    std::string m_message;
};

// Joins file, place and message the way every error in the program reads.
std::string describeDataError(const std::string& file, TextPlace place, const std::string& message);

} // namespace rightjob::core
