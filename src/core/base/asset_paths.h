// The one place the program finds its shipped data: layouts/, symbols/ and
// assets/.
#pragma once

#include <string>

namespace rightjob::core {

// The folder holding layouts/, symbols/, assets/ and audio/: $RIGHTJOB_ASSETS
// when set; else, for an installed program (PREFIX/bin/rightjob), its
// PREFIX/share/rightjob when that holds the data; else the source tree the
// program was built from (running from the build folder).
std::string assetRoot();

// PREFIX/share/rightjob for a program at PREFIX/bin/NAME, when that folder
// holds the data (symbols/manifest.json); else empty.
std::string installedDataFolder(const std::string& programPath);

// A path under the asset root: assetPath("layouts/vocational_profile.json").
std::string assetPath(const std::string& relative);

} // namespace rightjob::core
