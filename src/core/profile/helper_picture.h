// The picture for a helper (a supporter or observer), chosen from the role
// they were given: a cook for "Chef", a teacher for "Tutor", an office
// worker for "Café manager", a woman for "Mum". Any other role, or none,
// gets a plain person: never a picture that reads as something else (an
// observer's role once gave "eyes").
#pragma once

#include <string>

namespace rightjob::core {

// The symbol id for a helper with this role: "office-worker" for "Café
// manager", "bust-in-silhouette" when no word of the role is known.
std::string helperPicture(const std::string& role);

} // namespace rightjob::core
