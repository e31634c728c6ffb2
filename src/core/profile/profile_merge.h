// Merging two copies of one person's profile, changed apart: on two devices
// sharing a folder (Syncthing), or a bundle brought back in. Nothing is ever
// lost: every answer, note, own card, session and helper from both copies is
// kept. Where both copies changed the same single thing (a name, a card's
// picture), the newer change wins and the older value goes into the
// profile's history.
//
// Who sees a card, a note or the photo (Sharing) follows the same rule, so
// a person who shares something more widely on one device is heard on the
// other; but when the times cannot tell (neither known, or the same), the
// most private choice wins, never the wider one. A bundle for the support
// team never holds what nobody may see, so bringing it back cannot widen it.
//
// The merge is a pure function with these promises, tested on generated
// histories (profile_merge_tests.cpp):
//   mergeProfiles(a, b) == mergeProfiles(b, a)
//   mergeProfiles(a, a) == a
//   everything in a and in b is in mergeProfiles(a, b).
// So two devices that each merge what the other saved end with the same
// profile, however often and in whatever order they do it.
//
// Ids: new ids carry a random part (newIdPart in profile.h), so ids made on
// two devices do not meet. Older ids ("session-1" made on both devices for
// different sessions) are told apart by what they name; the copy that
// sorts second gets a new id made from a hash of it (the same on every
// device), and everything that pointed to it is changed with it.
#pragma once

#include "core/profile/profile.h"

#include <stdexcept>
#include <string>

namespace rightjob::core {

// Two profiles that are not copies of one person's profile. what() is plain words.
class MergeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Both copies merged, as described above. Throws MergeError when the
// profiles have different ids or layouts.
Profile mergeProfiles(const Profile& a, const Profile& b);

// What the merge brought into `before`, counted, for a message ("3 answers
// came from the other copy").
struct MergeCounts {
    int answers = 0;
    int notes = 0;
    int ownCards = 0;
    int sessions = 0;
    int contributors = 0;

    int total() const { return answers + notes + ownCards + sessions + contributors; }
};
MergeCounts countAdded(const Profile& before, const Profile& after);

} // namespace rightjob::core
