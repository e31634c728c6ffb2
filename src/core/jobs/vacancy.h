// Vacancies: real local jobs a job coach enters by touch, described with the
// same place cards as the catalogue, and kept in vacancies.json in the data
// folder. The file format is written down in assets/jobs/README.md.
#pragma once

#include "core/base/file_system.h"
#include "core/jobs/job_catalogue.h"

#include <optional>
#include <string>
#include <vector>

namespace rightjob::core {

// The format version this program writes.
inline constexpr int kVacancyFormatVersion = 1;

// A day of the week.
enum class Weekday { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

// "monday" … "sunday", as written in files.
const char* weekdayName(Weekday day);
// Reads the name back; nothing for anything else.
std::optional<Weekday> weekdayFromName(const std::string& name);

// One place card as it holds for a vacancy, picked by the job coach.
struct VacancyQuality {
    std::string card; // "places/noisy_places"
    QualityLevel level = QualityLevel::Sometimes;
    std::string words; // the coach's own easy-read words; empty: the catalogue's words for the level

    // Field by field, for tests and for "has it changed?".
    bool operator==(const VacancyQuality& other) const
    {
        return card == other.card && level == other.level && words == other.words;
    }
};

// A real job on offer.
struct Vacancy {
    std::string id;
    std::string title;    // "Shelf filler"
    std::string symbol;   // symbol id
    std::string employer; // "Green's Supermarket, High Street"; may be empty
    std::vector<std::string> tasks; // "Filling shelves", in the coach's words
    double hoursPerWeek = 0;
    std::vector<Weekday> days; // may be empty when not yet known
    std::vector<std::string> uses; // likes/ and good_at/ cards the work uses
    std::vector<VacancyQuality> qualities;

    // The quality for a places/ card, or nullptr.
    const VacancyQuality* findQuality(const std::string& card) const;

    // Field by field, for tests and for "has it changed?".
    bool operator==(const Vacancy& other) const
    {
        return id == other.id && title == other.title && symbol == other.symbol && employer == other.employer
               && tasks == other.tasks && hoursPerWeek == other.hoursPerWeek && days == other.days
               && uses == other.uses && qualities == other.qualities;
    }
};

// Reads a vacancies file. Checks every field's type, that ids are unique and
// valid, that cards are likes/, good_at/ or places/ cards named once, that
// levels and days are known and that hours are from more than 0 to 48.
// Throws DataError with the file, line and what is wrong.
std::vector<Vacancy> readVacancies(const JsonFile& file);

// Parses and reads vacancies text; fileName is used in messages.
std::vector<Vacancy> parseVacancies(const std::string& text, const std::string& fileName);

// Reads a vacancies file that must exist. Throws DataError.
std::vector<Vacancy> loadVacancyFile(const std::string& path);

// The vacancies as the text of a file. Stable: the same list always gives the
// same bytes, and reading them back gives the same list.
std::string writeVacancies(const std::vector<Vacancy>& vacancies);

// An id for a new vacancy made from its title ("Shelf filler" gives
// "shelf-filler", then "shelf-filler-2" when that is taken).
std::string newVacancyId(const std::vector<Vacancy>& vacancies, const std::string& title);

// The vacancies of everyone on this machine: DATA/vacancies.json.
class VacancyStore {
public:
    // The store for a data folder (see defaultDataFolder()); files makes tests able to fail writes.
    explicit VacancyStore(const std::string& dataFolder, FileSystem& files = realFileSystem());

    // The full path of vacancies.json.
    const std::string& path() const { return m_path; }

    // The saved vacancies; empty when none have been saved yet. Throws
    // DataError when the file is damaged, and leaves the file as it is.
    std::vector<Vacancy> load() const;

    // Saves the list atomically: the file holds the old list or all of the
    // new one at every moment. Makes the data folder when it is missing.
    FileResult save(const std::vector<Vacancy>& vacancies);

private:
    std::string m_path;
    FileSystem& m_files;
};

} // namespace rightjob::core
