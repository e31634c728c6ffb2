// The caseload: everyone on this machine, listed fast. Opening the people
// screen or matching a vacancy against everyone used to read every profile
// (about 1 ms each); the index keeps what those need, so only profiles that
// changed since are read again.
//
// The index is a cache and never the only copy of anything: it lives in
// <data folder>/cache/ (outside people/, so a team folder shared with
// Syncthing does not carry it), is written atomically, and is rebuilt from
// the profiles when it is missing, damaged, from another version, or when a
// profile file changed (its size, time or inode differ from what the index
// noted). Deleting the cache folder loses nothing.
#pragma once

#include "core/storage/open_profile.h"
#include "core/storage/person_store.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace rightjob::core {

// What a profile file looks like from outside (size, times, inode): when
// this is unchanged, the file is taken to be unchanged. Empty when the
// file cannot be looked at.
std::string fileStamp(const std::string& path);

// How people can be sorted on the people screen.
enum class CaseloadOrder { ByName, ByLastSession };

// People whose shown name or full name holds the search text (any case,
// any place), or with an empty search everyone; then in the order asked.
std::vector<PersonEntry> findPeople(const std::vector<PersonEntry>& people, const std::string& search,
                                    CaseloadOrder order);

// The first letter people are filed under on the letter strip ("A" … "Z",
// or "#" for anything else).
std::string filingLetter(const PersonEntry& person);

// The index of the people under one data folder.
class CaseloadIndex {
public:
    // layouts (may be null) give how many cards each profile has, for how
    // far along it is.
    CaseloadIndex(const PersonStore& store, const LayoutLibrary* layouts);

    // <data folder>/cache/people-index.json and matching-index.json.
    std::string indexPath() const;
    std::string matchingIndexPath() const;

    // Everyone, as PersonStore::list gives them (sorted by shown name;
    // people whose file cannot be read are there with the problem), with
    // their last session and progress. Profiles changed since the index was
    // written are read again and the index saved. Never throws.
    std::vector<PersonEntry> list();

    // For matching: each readable person with a version that changes when
    // their file does, and, unless alreadyHeld says the caller has them at
    // that version, their answers as matching needs them (the contributors
    // and every giver's latest answer to each card; no notes, sessions or
    // older answers). Throws nothing; unreadable people are left out.
    struct MatchingPerson {
        std::string id;
        std::uint64_t version = 0;
        bool needed = false; // false: the caller holds them already
        Profile answers;     // only when needed
    };
    std::vector<MatchingPerson> peopleForMatching(
        const std::function<bool(const std::string& id, std::uint64_t version)>& alreadyHeld);

    // Whether list() may merge Syncthing's conflict copies into profiles
    // (core/storage/sync_conflicts.h). On by default; off for screenshots, which
    // must change nothing.
    void setMergesConflicts(bool merges) { m_mergesConflicts = merges; }

    // How the last list() or peopleForMatching() went, for the bench and tests.
    struct Stats {
        int fromIndex = 0; // people whose entry was still right
        int read = 0;      // profiles read again
        bool indexWritten = false;
    };
    const Stats& lastStats() const { return m_stats; }

private:
    struct Entry {
        PersonEntry person;
        std::string stamp;
        std::string layoutId;
        int ownCards = 0;
    };

    void refresh();
    void loadIndex();
    void saveIndex();
    void loadMatchingIndex();
    void saveMatchingIndex();
    Entry readEntry(const std::string& id, const std::string& stamp, const Profile* profile,
                    const std::string& problem) const;
    int layoutCards(const std::string& layoutId) const;

    const PersonStore& m_store;
    const LayoutLibrary* m_layouts;
    bool m_loaded = false;
    bool m_mergesConflicts = true;
    bool m_matchingLoaded = false;
    std::map<std::string, Entry> m_entries;            // by person id
    std::map<std::string, Json> m_matching;            // person id -> its answers, as in the matching index
    std::map<std::string, Profile> m_fresh;            // answers of profiles read by the last refresh
    Stats m_stats;
};

// The profile cut down to what matching reads (see peopleForMatching).
Profile answersForMatching(const Profile& profile);

} // namespace rightjob::core
