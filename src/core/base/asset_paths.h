// The one place the program finds its shipped data: layouts/, symbols/ and
// assets/.
#pragma once

#include <string>

namespace rightjob::core {

// The folder holding layouts/, symbols/ and assets/: $RIGHTJOB_ASSETS when
// set, else the source tree the program was built from.
std::string assetRoot();

// A path under the asset root: assetPath("layouts/vocational_profile.json").
std::string assetPath(const std::string& relative);

} // namespace rightjob::core
