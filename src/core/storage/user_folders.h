// The user's own folders on this computer, found the way the desktop finds
// them, so the picture browser opens where the person keeps their photos
// and saved summaries land where they keep their documents.
#pragma once

#include <string>

namespace rightjob::core {

// The folder the user keeps pictures in: XDG_PICTURES_DIR from
// <configHome>/user-dirs.dirs ("$HOME/Pictures" style, as xdg-user-dirs
// writes it) when that folder exists; else <home>/Pictures when it exists;
// else home. configHome empty means <home>/.config.
std::string picturesFolder(const std::string& home, const std::string& configHome = "");

// picturesFolder for the person using the program, from $HOME and
// $XDG_CONFIG_HOME; "/" when $HOME is not set.
std::string userPicturesFolder();

// The folder the user keeps documents in: XDG_DOCUMENTS_DIR from
// <configHome>/user-dirs.dirs when that folder exists (and is not home
// itself); else <home>/Documents when it exists; else empty. configHome
// empty means <home>/.config.
std::string documentsFolder(const std::string& home, const std::string& configHome = "");

// documentsFolder for the person using the program, from $HOME and
// $XDG_CONFIG_HOME; empty when $HOME is not set or there is no such folder.
std::string userDocumentsFolder();

// Whether a file name ends in .png, .jpg or .jpeg (any case): the kinds of
// picture a photo may be made from.
bool looksLikePhotoFile(const std::string& fileName);

} // namespace rightjob::core
