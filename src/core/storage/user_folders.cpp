#include "core/storage/user_folders.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace rightjob::core {

namespace {

bool isFolder(const std::string& path)
{
    std::error_code error;
    return !path.empty() && std::filesystem::is_directory(path, error);
}

// The value of a key (XDG_PICTURES_DIR, XDG_DOCUMENTS_DIR) in a
// user-dirs.dirs file, with $HOME replaced; empty when the file or the line
// is not there.
std::string userDirLine(const std::string& file, const std::string& name, const std::string& home)
{
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        const auto start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line[start] == '#')
            continue;
        const std::string key = name + "=";
        if (line.compare(start, key.size(), key) != 0)
            continue;
        std::string value = line.substr(start + key.size());
        while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back())))
            value.pop_back();
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        // The file allows only "$HOME/..." or an absolute path.
        if (value.rfind("$HOME", 0) == 0)
            value = home + value.substr(5);
        else if (value.empty() || value.front() != '/')
            return "";
        // xdg-user-dirs sets a folder to $HOME itself to say "not used".
        while (value.size() > 1 && value.back() == '/')
            value.pop_back();
        return value;
    }
    return "";
}

} // namespace

std::string picturesFolder(const std::string& home, const std::string& configHome)
{
    const std::string config = configHome.empty() ? home + "/.config" : configHome;
    const std::string fromFile = userDirLine(config + "/user-dirs.dirs", "XDG_PICTURES_DIR", home);
    if (isFolder(fromFile))
        return fromFile;
    if (isFolder(home + "/Pictures"))
        return home + "/Pictures";
    return home;
}

std::string userPicturesFolder()
{
    const char* home = std::getenv("HOME");
    if (!home || !*home)
        return "/";
    const char* configHome = std::getenv("XDG_CONFIG_HOME");
    return picturesFolder(home, configHome && *configHome == '/' ? configHome : "");
}

std::string documentsFolder(const std::string& home, const std::string& configHome)
{
    const std::string config = configHome.empty() ? home + "/.config" : configHome;
    const std::string fromFile = userDirLine(config + "/user-dirs.dirs", "XDG_DOCUMENTS_DIR", home);
    // A Documents folder set to home itself means "not used".
    if (fromFile != home && isFolder(fromFile))
        return fromFile;
    if (isFolder(home + "/Documents"))
        return home + "/Documents";
    return "";
}

std::string userDocumentsFolder()
{
    const char* home = std::getenv("HOME");
    if (!home || !*home)
        return "";
    const char* configHome = std::getenv("XDG_CONFIG_HOME");
    return documentsFolder(home, configHome && *configHome == '/' ? configHome : "");
}

bool looksLikePhotoFile(const std::string& fileName)
{
    const auto dot = fileName.rfind('.');
    if (dot == std::string::npos || dot == 0)
        return false;
    std::string extension = fileName.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == "png" || extension == "jpg" || extension == "jpeg";
}

} // namespace rightjob::core
