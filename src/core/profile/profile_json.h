// Reading and writing profile files (docs/profile-format.md), with migration
// of older format versions.
#pragma once

#include "core/profile/profile.h"

#include <string>
#include <vector>

namespace rightjob::core {

// The format version this program writes.
inline constexpr int kProfileFormatVersion = 4;

// A profile made by a newer Right Job. It must never be written over.
class NewerFormatError : public DataError {
public:
    using DataError::DataError;
};

// Reads a profile, migrating older versions. Checks every field's type, that
// ids are unique, and that every answer and note names a known giver and
// session. Throws NewerFormatError for a newer format, DataError otherwise.
Profile readProfile(const JsonFile& file);

// Parses and reads profile text; fileName is used in messages.
Profile parseProfile(const std::string& text, const std::string& fileName);

// The profile as the text of a file of the current format version. Stable:
// the same profile always gives the same bytes.
std::string writeProfile(const Profile& profile);

// Turns a version 1 document into version 2. Exposed for the migration tests.
Json migrateProfileVersion1(const Json& version1);

// Turns a version 2 or 3 document into version 4: each card's
// "not_for_sharing" becomes "sharing", true giving "nobody" and false
// "everyone"; the history's "not_for_sharing" entries are named and valued
// the same way. (Version 3 only added own_cards[].means, which version 4
// keeps.) Exposed for the migration tests.
Json migrateProfileToVersion4(const Json& version2or3);

// Things in a profile that its layout does not know (a card or section the
// service has since removed). They are kept, never dropped; `check` lists them.
std::vector<std::string> profileLayoutWarnings(const Profile& profile, const Layout& layout);

} // namespace rightjob::core
