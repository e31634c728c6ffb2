// Who said it: one wording of who gave an answer, for the summary, the jobs
// screen, the matcher's warnings and every export. "Mum says loud places are
// hard for you." A family role nobody else in the profile has ("Mum") is said
// in place of the name; anyone else by their name, else their role. The
// layout's attribution gives the patterns and the family roles.
#pragma once

#include "core/profile/layout.h"
#include "core/profile/profile.h"

#include <string>

namespace rightjob::core {

// The word for who gave an answer: "Mum", "Karen", "Job coach"; empty for the
// person themselves or for a giver the profile does not know.
std::string giverWord(const Profile& profile, const Attribution& attribution, const std::string& giver);

// A sentence as its giver said it. The person's sentence is returned as it
// is; anyone else's goes through the layout's attribution pattern:
// "Mum says I like cooking.", "Priya saw that I am good at polishing.".
// When the whole name would make the sentence longer than 15 words, only the
// first name is used. An unknown giver's sentence is returned as it is.
std::string saidBy(const Profile& profile, const Attribution& attribution, const std::string& giver,
                   const std::string& sentence);

} // namespace rightjob::core
