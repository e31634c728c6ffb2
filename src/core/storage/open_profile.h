// An opened profile: its file, its layout, the document being changed, and
// saving after every change — with the change kept in memory and retried
// when the disk says no.
#pragma once

#include "core/profile/profile_document.h"
#include "core/storage/profile_file.h"
#include "core/storage/profile_lock.h"
#include "core/profile/profile_merge.h"

#include <memory>
#include <string>
#include <vector>

namespace rightjob::core {

// The layouts a program knows, loaded once.
class LayoutLibrary {
public:
    // Loads every layout in the folder. Throws DataError.
    static LayoutLibrary loadFolder(const std::string& folder);
    // A library holding just these layouts (for tests).
    explicit LayoutLibrary(std::vector<Layout> layouts) : m_layouts(std::move(layouts)) {}

    // The layout with this id, or nullptr.
    const Layout* find(const std::string& id) const;
    const std::vector<Layout>& layouts() const { return m_layouts; }

private:
    std::vector<Layout> m_layouts;
};

// Whether changes are written to disk.
enum class SaveMode {
    SaveEveryChange, // the program
    NeverSave,       // screenshots and previews of a file that must not change
};

// What the second copy of the program says about a profile the first has open.
inline constexpr const char* kSomeoneElseHasItOpen = "Someone else has this open. You can look, but not change it.";
// What is said about a profile in a folder that cannot be written.
inline constexpr const char* kFolderCannotChange = "This folder cannot be changed. You can look, but not change it.";

// Whether this copy of the program may change an open profile.
enum class Access {
    Change,   // changes are made and saved
    LookOnly, // nothing changes and nothing is saved (lookOnlyReason says why)
};

// Whether the last change reached the disk.
struct SaveState {
    bool allSaved = true;
    std::string problem; // plain words when not saved
    int failedAttempts = 0;
};

// A profile open for work.
class OpenProfile {
public:
    // A profile opened with SaveMode::SaveEveryChange takes the profile's
    // lock (ProfileLock). When another copy of the program holds it, or the
    // folder cannot be written, it opens to look at only: the document
    // takes no changes and nothing is ever saved.
    //
    // Loads the file and its layout. Throws DataError with plain words when
    // the profile cannot be read or its layout is not known; the caller
    // offers a backup (see ProfileFile::load) before that happens.
    OpenProfile(ProfileFile file, const LayoutLibrary& layouts, SaveMode mode, Clock& clock = systemClock());

    // Opens an already loaded profile.
    OpenProfile(ProfileFile file, Profile profile, const LayoutLibrary& layouts, SaveMode mode,
                Clock& clock = systemClock());

    ProfileDocument& document() { return *m_document; }
    const ProfileDocument& document() const { return *m_document; }
    const Profile& profile() const { return m_document->profile(); }
    const Layout& layout() const { return m_layout; }
    const ProfileFile& file() const { return m_file; }
    SaveMode saveMode() const { return m_saveMode; }
    // True when the profile was read from an older format version.
    bool wasMigrated() const { return m_wasMigrated; }

    // Whether this copy may change the profile, and if not, why in plain words.
    Access access() const { return m_lookOnlyReason.empty() ? Access::Change : Access::LookOnly; }
    const std::string& lookOnlyReason() const { return m_lookOnlyReason; }

    // Whether everything is on disk, and if not, why.
    const SaveState& saveState() const { return m_saveState; }

    // Tries again to save changes that did not reach the disk. The program
    // calls this every few seconds while something is unsaved.
    void retrySave();

    // Takes in what another device saved, in a team folder shared by
    // Syncthing (core/storage/sync_conflicts.h): when profile.json changed on the
    // disk since this copy read or saved it, or Syncthing left conflict
    // copies beside it, merges them all into the open profile
    // (core/profile/profile_merge.h), saves the result and removes the copies. Cheap
    // when nothing changed (it only looks at the file's size and times); the
    // program calls it every few seconds. Returns what came in.
    MergeCounts takeInOutsideChanges();

private:
    OpenProfile(ProfileFile file, LoadOutcome loaded, const LayoutLibrary& layouts, SaveMode mode, Clock& clock);
    void saveNow();
    std::string diskStamp() const;

    ProfileFile m_file;
    ProfileLock m_lock;
    std::string m_lookOnlyReason;
    const Layout& m_layout;
    SaveMode m_saveMode;
    bool m_wasMigrated = false;
    std::unique_ptr<ProfileDocument> m_document;
    std::uint64_t m_savedRevision = 0;
    SaveState m_saveState;
    std::string m_knownStamp; // the file and folder as this copy last read or saved them
};

} // namespace rightjob::core
