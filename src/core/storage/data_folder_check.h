// The data folder checked at start-up: made when it is missing, and every
// file and folder in it looked at, so that only the person running Right Job
// can read what it holds (files 0600, folders 0700).
#pragma once

#include <string>
#include <vector>

namespace rightjob::core {

// What the start-up check found, in plain words.
struct DataFolderReport {
    bool created = false;  // it was missing and has been made (0700)
    bool writable = true;  // false: people open to look at only
    std::vector<std::string> warnings; // one sentence each, with the path
};

// Checks the data folder: makes it (0700) when missing; finds a folder that
// cannot be written (read-only disk or no permission); and for each file
// wider than 0600 or folder wider than 0700 (group or others may read,
// write or enter it) warns, then narrows it when the running user owns it.
// Files that another user owns are never changed, only reported. Links are
// not followed. Never throws.
DataFolderReport checkDataFolder(const std::string& dataFolder);

} // namespace rightjob::core
