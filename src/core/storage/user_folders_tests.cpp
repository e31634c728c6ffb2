#include "core/storage/user_folders.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using rightjob::core::looksLikePhotoFile;
using rightjob::core::picturesFolder;

namespace {

struct TemporaryHome {
    std::string path;
    TemporaryHome()
    {
        char pattern[] = "/tmp/rightjob-home-XXXXXX";
        REQUIRE(::mkdtemp(pattern));
        path = pattern;
    }
    ~TemporaryHome()
    {
        std::error_code error;
        std::filesystem::remove_all(path, error);
    }
    void write(const std::string& relative, const std::string& text) const
    {
        std::filesystem::create_directories(std::filesystem::path(path + "/" + relative).parent_path());
        std::ofstream(path + "/" + relative) << text;
    }
};

} // namespace

TEST_CASE("The picture browser starts in the user's Pictures folder", "[core][pictures]")
{
    TemporaryHome home;
    SECTION("nothing there: the home folder")
    {
        CHECK(picturesFolder(home.path) == home.path);
    }
    SECTION("a Pictures folder")
    {
        std::filesystem::create_directories(home.path + "/Pictures");
        CHECK(picturesFolder(home.path) == home.path + "/Pictures");
    }
    SECTION("user-dirs.dirs names another folder, with $HOME")
    {
        std::filesystem::create_directories(home.path + "/Pictures");
        std::filesystem::create_directories(home.path + "/Bilder");
        home.write(".config/user-dirs.dirs", "# written by xdg-user-dirs-update\n"
                                             "XDG_DESKTOP_DIR=\"$HOME/Desktop\"\n"
                                             "XDG_PICTURES_DIR=\"$HOME/Bilder\"\n");
        CHECK(picturesFolder(home.path) == home.path + "/Bilder");
    }
    SECTION("an absolute path, in another config folder")
    {
        std::filesystem::create_directories(home.path + "/photos here");
        home.write("conf/user-dirs.dirs", "XDG_PICTURES_DIR=\"" + home.path + "/photos here/\"\n");
        CHECK(picturesFolder(home.path, home.path + "/conf") == home.path + "/photos here");
    }
    SECTION("a folder that does not exist falls back to Pictures")
    {
        std::filesystem::create_directories(home.path + "/Pictures");
        home.write(".config/user-dirs.dirs", "XDG_PICTURES_DIR=\"$HOME/Gone\"\n");
        CHECK(picturesFolder(home.path) == home.path + "/Pictures");
    }
}

TEST_CASE("Only PNG and JPEG files are offered as photos", "[core][pictures]")
{
    for (const char* name : {"dog.png", "DOG.JPG", "cafe.jpeg", "a.b.Jpg"})
        CHECK(looksLikePhotoFile(name));
    for (const char* name : {"notes.txt", "movie.mp4", "png", ".png", "photo.png.txt", "scan.gif", "raw.heic"})
        CHECK_FALSE(looksLikePhotoFile(name));
}
