// The people on this machine: one folder each under the data folder.
#pragma once

#include "core/storage/profile_file.h"

#include <string>
#include <vector>

namespace rightjob::core {

// The data folder: $XDG_DATA_HOME/rightjob, or ~/.local/share/rightjob.
std::string defaultDataFolder();

// The marker file in a person's folder that is not finished yet.
inline constexpr const char* kUnfinishedMarker = ".unfinished";

// A person as listed on the people screen.
struct PersonEntry {
    std::string id;
    std::string profilePath;
    std::string name;      // empty when the profile cannot be read
    std::string shownName;
    std::string photoPath; // full path, or empty
    bool isDemo = false;
    std::string problem;   // plain words when the profile cannot be read
    // Filled by CaseloadIndex (core/storage/caseload_index.h); PersonStore::list
    // leaves them empty.
    std::string lastSession; // when anything was last done, ISO 8601 UTC; empty when never
    int answered = 0;        // cards with an answer
    int total = 0;           // the layout's cards and the person's own; 0 when not known
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

    // True when someone's folder with a profile is in people/ (the demo
    // person is added at the first start, when there is nobody).
    bool hasAnyone() const;

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

    // [Putting a person in place, all or nothing]
    // A new person's folder is first made whole in a hidden folder in
    // people/ (".import-<id>-<random>", holding the marker file
    // kUnfinishedMarker), then swapped into place in one step (or renamed,
    // when nobody is there). A program killed at any instant leaves the
    // person there, old or new; recoverLeftovers() tidies up at the next start.

    // A hidden folder in people/ to make id's new folder in, with the marker.
    // Throws EditError.
    std::string startNewFolder(const std::string& id, const std::string& kind = "import");
    // Puts a folder made by startNewFolder in the place of id's folder. When
    // someone is there, the two are swapped in one step and the one replaced
    // is moved into deleted/ (its path is returned); else "" is returned.
    // Throws EditError, leaving the person who was there in place.
    std::string putNewFolderInPlace(const std::string& newFolder, const std::string& id);
    // At the start: removes unfinished new folders (they have the marker),
    // puts back a person whose swap was cut short, moves a replaced person
    // still in people/ into deleted/, and takes away markers left in place.
    // Returns what it did, one plain sentence each (for the log).
    std::vector<std::string> recoverLeftovers();

    // [Deleted people]
    // How many days a deleted person is kept in deleted/ before Right Job
    // removes them for good (removeExpiredDeleted, at the start).
    static constexpr int kDeletedKeptDays = 30;
    struct DeletedPerson {
        std::string folder;    // full path in deleted/
        std::string name;      // from their profile; the folder name when unreadable
        std::string deletedOn; // "2026-11-05"
        int daysLeft = 0;      // until they are removed for good
    };
    // Everyone in deleted/, newest first.
    std::vector<DeletedPerson> deletedPeople() const;
    // How many people are in deleted/, without reading their profiles.
    std::size_t deletedCount() const;
    // Brings a deleted person back into people/ (under a new id when their
    // id is taken). Returns the id. Throws EditError.
    std::string restoreDeleted(const std::string& deletedFolder);
    // Removes for good the people deleted more than kDeletedKeptDays ago.
    void removeExpiredDeleted();

    // The file object for a person, for loading and saving.
    ProfileFile fileFor(const std::string& id) const { return ProfileFile(profilePath(id), m_files, m_clock); }

private:
    // Whether deleted/NAME is a deleted person's folder (not hidden, with a profile).
    bool holdsDeletedPerson(const std::string& name) const;

    std::string m_dataFolder;
    FileSystem& m_files;
    Clock& m_clock;
};

} // namespace rightjob::core
