// The people on this machine: one folder each under the data folder.
#pragma once

#include "core/storage/profile_file.h"

#include <string>
#include <vector>

namespace rightjob::core {

// The data folder: $XDG_DATA_HOME/rightjob, or ~/.local/share/rightjob.
std::string defaultDataFolder();

// A person as listed on the people screen.
struct PersonEntry {
    std::string id;
    std::string profilePath;
    std::string name;      // empty when the profile cannot be read
    std::string shownName;
    std::string photoPath; // full path, or empty
    bool isDemo = false;
    std::string problem;   // plain words when the profile cannot be read
};

// The people folder under a data folder.
class PersonStore {
public:
    explicit PersonStore(std::string dataFolder, FileSystem& files = realFileSystem(), Clock& clock = systemClock());

    const std::string& dataFolder() const { return m_dataFolder; }
    std::string peopleFolder() const { return m_dataFolder + "/people"; }
    std::string personFolder(const std::string& id) const { return peopleFolder() + "/" + id; }
    std::string profilePath(const std::string& id) const { return personFolder(id) + "/profile.json"; }

    // Everyone, sorted by shown name; people whose file cannot be read are
    // listed too, with the problem, so nobody silently disappears.
    std::vector<PersonEntry> list() const;

    // A new folder name made from a name ("Alex Morgan" gives "alex-morgan",
    // then "alex-morgan-2" when that is taken).
    std::string newPersonId(const std::string& name) const;

    // Makes a new person's folder and first saved profile. The profile's id
    // is set to its folder name. Returns the id, or throws EditError.
    std::string addPerson(Profile profile);

    // Copies the demo profile into the data folder when nobody is there yet
    // with its id. Returns the demo's id. Throws DataError when the shipped
    // demo cannot be read.
    std::string installDemo(const std::string& demoProfilePath);

    // Takes a person off the list by moving their folder into deleted/ in
    // the data folder (never erasing it, so a mistake can be put right).
    // Returns the folder it went to. Throws EditError.
    std::string removePerson(const std::string& id);

    // The file object for a person, for loading and saving.
    ProfileFile fileFor(const std::string& id) const { return ProfileFile(profilePath(id), m_files, m_clock); }

private:
    std::string m_dataFolder;
    FileSystem& m_files;
    Clock& m_clock;
};

} // namespace rightjob::core
