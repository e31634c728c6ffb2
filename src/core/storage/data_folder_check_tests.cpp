// The data folder at start-up: made when missing, private files kept
// private, and a folder that cannot be written said plainly.

#include "core/storage/data_folder_check.h"
#include "core/storage/open_profile.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;

namespace {

mode_t modeOf(const std::string& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

} // namespace

TEST_CASE("A missing data folder is made, private", "[storage][permissions]")
{
    TemporaryFolder folder;
    const DataFolderReport report = checkDataFolder(folder.file("data/rightjob"));
    CHECK(report.created);
    CHECK(report.writable);
    CHECK(report.warnings.empty());
    CHECK(modeOf(folder.file("data/rightjob")) == 0700);
}

TEST_CASE("Files and folders others could read are reported and made private", "[storage][permissions]")
{
    TemporaryFolder folder;
    const std::string profile = folder.file("people/sam/profile.json");
    REQUIRE(ProfileFile(profile).save(rightjob::testing::smallProfile()).ok);
    REQUIRE(::chmod(profile.c_str(), 0644) == 0);
    REQUIRE(::chmod(folder.file("people/sam").c_str(), 0755) == 0);
    REQUIRE(::chmod(folder.path().c_str(), 0700) == 0);

    const DataFolderReport report = checkDataFolder(folder.path());
    CHECK(report.writable);
    REQUIRE(report.warnings.size() == 2);
    for (const auto& warning : report.warnings)
        CHECK_THAT(warning, Catch::EndsWith("could be read by other people. Right Job has made it private."));
    CHECK(modeOf(profile) == 0600);
    CHECK(modeOf(folder.file("people/sam")) == 0700);
    // Checked again, all is quiet.
    CHECK(checkDataFolder(folder.path()).warnings.empty());
}

TEST_CASE("A file another user owns is reported, never changed", "[storage][permissions]")
{
    if (::geteuid() != 0) {
        WARN("Skipped: only root can give a file to another user.");
        return;
    }
    TemporaryFolder folder;
    REQUIRE(::chmod(folder.path().c_str(), 0700) == 0);
    const std::string path = folder.file("someone-elses.json");
    rightjob::testing::writeTextFile(path, "{}");
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
    REQUIRE(::chown(path.c_str(), 12345, 12345) == 0);
    const DataFolderReport report = checkDataFolder(folder.path());
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0] == path + " belongs to another user. Other people may be able to read it.");
    CHECK(modeOf(path) == 0644);
}

TEST_CASE("A data folder that cannot be written is said plainly, and people open to look at only",
          "[storage][permissions]")
{
    TemporaryFolder folder;
    const std::string profile = folder.file("people/sam/profile.json");
    REQUIRE(ProfileFile(profile).save(rightjob::testing::smallProfile()).ok);
    REQUIRE(::chmod(folder.path().c_str(), 0700) == 0);
    // A read-only disk: the same folder mounted again, read-only (root only).
    TemporaryFolder mountPoint;
    if (::geteuid() != 0 || ::mount(folder.path().c_str(), mountPoint.path().c_str(), nullptr, MS_BIND, nullptr) != 0) {
        WARN("Skipped: this process cannot mount a read-only copy of a folder.");
        return;
    }
    const bool readOnly =
        ::mount(nullptr, mountPoint.path().c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
    if (readOnly) {
        const DataFolderReport report = checkDataFolder(mountPoint.path());
        CHECK_FALSE(report.writable);
        REQUIRE_FALSE(report.warnings.empty());
        CHECK(report.warnings[0] == mountPoint.path() + " cannot be changed. You can look at people, but not change them.");

        const LayoutLibrary layouts({rightjob::testing::smallLayout()});
        OpenProfile open(ProfileFile(mountPoint.path() + "/people/sam/profile.json"), layouts,
                         SaveMode::SaveEveryChange);
        CHECK(open.access() == Access::LookOnly);
        CHECK(open.lookOnlyReason() == "This folder cannot be changed. You can look, but not change it.");
        CHECK(open.profile().person.name == "Sam Lee");
    }
    ::umount2(mountPoint.path().c_str(), MNT_DETACH);
    if (!readOnly)
        WARN("Skipped: the bind mount could not be made read-only.");
}
