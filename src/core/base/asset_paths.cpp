#include "core/base/asset_paths.h"

#include <cstdlib>

#ifndef RIGHTJOB_SOURCE_DATA_DIR
#error "RIGHTJOB_SOURCE_DATA_DIR must be defined by the build"
#endif

namespace rightjob::core {

std::string assetRoot()
{
    const char* overridden = std::getenv("RIGHTJOB_ASSETS");
    if (overridden && *overridden)
        return overridden;
    return RIGHTJOB_SOURCE_DATA_DIR;
}

std::string assetPath(const std::string& relative)
{
    return assetRoot() + "/" + relative;
}

} // namespace rightjob::core
