// Where saved summaries go: the user's Documents folder, found as the
// desktop finds it.

#include "core/storage/user_folders.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using rightjob::core::documentsFolder;

TEST_CASE("Saved summaries go to the user's Documents folder, as the desktop names it", "[core][summary]")
{
    char pattern[] = "/tmp/rightjob-documents-XXXXXX";
    REQUIRE(::mkdtemp(pattern));
    const std::string home = pattern;
    const auto write = [&](const std::string& text) {
        std::filesystem::create_directories(home + "/.config");
        std::ofstream(home + "/.config/user-dirs.dirs") << text;
    };

    // No Documents folder at all: nowhere (the program then uses the person's folder).
    CHECK(documentsFolder(home).empty());

    // The usual ~/Documents.
    std::filesystem::create_directories(home + "/Documents");
    CHECK(documentsFolder(home) == home + "/Documents");

    // A translated name from user-dirs.dirs wins, when the folder is there.
    std::filesystem::create_directories(home + "/Dokumente");
    write("# written by xdg-user-dirs-update\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
    CHECK(documentsFolder(home) == home + "/Dokumente");

    // A folder that is not there, or home itself ("not used"), is passed over.
    write("XDG_DOCUMENTS_DIR=\"$HOME/Nowhere\"\n");
    CHECK(documentsFolder(home) == home + "/Documents");
    write("XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
    CHECK(documentsFolder(home) == home + "/Documents");

    // Another config folder, as $XDG_CONFIG_HOME gives.
    std::filesystem::create_directories(home + "/other-config");
    std::ofstream(home + "/other-config/user-dirs.dirs") << "XDG_DOCUMENTS_DIR=\"" << home << "/Dokumente\"\n";
    CHECK(documentsFolder(home, home + "/other-config") == home + "/Dokumente");

    std::error_code error;
    std::filesystem::remove_all(home, error);
}
