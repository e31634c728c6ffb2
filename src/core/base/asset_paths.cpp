#include "core/base/asset_paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#ifndef RIGHTJOB_SOURCE_DATA_DIR
#error "RIGHTJOB_SOURCE_DATA_DIR must be defined by the build"
#endif

namespace rightjob::core {

namespace {

// Whether a folder holds the program's data: its symbol manifest is the
// one file every part of the program reads.
bool holdsData(const std::filesystem::path& folder)
{
    std::error_code error;
    return std::filesystem::is_regular_file(folder / "symbols" / "manifest.json", error);
}

} // namespace

std::string installedDataFolder(const std::string& programPath)
{
    if (programPath.empty())
        return "";
    const std::filesystem::path folder
        = std::filesystem::path(programPath).parent_path().parent_path() / "share" / "rightjob";
    return holdsData(folder) ? folder.string() : "";
}

std::string assetRoot()
{
    const char* overridden = std::getenv("RIGHTJOB_ASSETS");
    if (overridden && *overridden)
        return overridden;
    // Found once: where the running program is does not change.
    static const std::string installed = [] {
        std::error_code error;
        const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
        return error ? std::string() : installedDataFolder(program.string());
    }();
    return installed.empty() ? std::string(RIGHTJOB_SOURCE_DATA_DIR) : installed;
}

std::string assetPath(const std::string& relative)
{
    return assetRoot() + "/" + relative;
}

} // namespace rightjob::core
