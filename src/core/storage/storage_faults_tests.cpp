// A disk that fills up or refuses writes: the change is kept in memory, the
// problem is said plainly, saving is tried again, and the file on disk stays
// the old, good one. With a real small disk (a 256 KiB tmpfs the test mounts,
// when it runs as root and may mount) and with writes failed on purpose.

#include "core/pictures/image_import.h"
#include "core/storage/open_profile.h"
#include "core/storage/settings.h"

#include "test_support.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/mount.h>
#include <unistd.h>

using namespace rightjob::core;
using rightjob::testing::TemporaryFolder;

namespace {

// A small disk of its own: a tmpfs mounted on a temporary folder, or
// nothing (with the reason) when this process may not mount.
struct SmallDisk {
    TemporaryFolder folder;
    bool mounted = false;
    std::string whyNot;

    explicit SmallDisk(const char* size)
    {
        if (::geteuid() != 0) {
            whyNot = "the tests do not run as root, so they cannot mount a small disk";
            return;
        }
        const std::string options = std::string("size=") + size + ",mode=0700";
        if (::mount("tmpfs", folder.path().c_str(), "tmpfs", 0, options.c_str()) != 0) {
            whyNot = std::string("mounting a small disk failed: ") + std::strerror(errno);
            return;
        }
        mounted = true;
    }
    ~SmallDisk()
    {
        if (mounted)
            ::umount2(folder.path().c_str(), MNT_DETACH);
    }

    // Writes a file until the disk is full; returns its path.
    std::string fill()
    {
        const std::string path = folder.file("filler");
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        REQUIRE(fd >= 0);
        const std::string block(4096, 'x');
        while (::write(fd, block.data(), block.size()) > 0) {
        }
        CHECK(errno == ENOSPC);
        ::close(fd);
        return path;
    }
};

} // namespace

TEST_CASE("On a disk that fills up, a change is kept, said plainly, retried and saved when there is room",
          "[storage][full-disk]")
{
    SmallDisk disk("256k");
    if (!disk.mounted) {
        WARN("Skipped the real full disk: " << disk.whyNot << ". The failing file system tests below still run.");
        return;
    }
    const std::string path = disk.folder.file("sam/profile.json");
    REQUIRE(ProfileFile(path).save(rightjob::testing::smallProfile()).ok);
    const LayoutLibrary layouts({rightjob::testing::smallLayout()});
    OpenProfile open(ProfileFile(path), layouts, SaveMode::SaveEveryChange);
    REQUIRE(open.access() == Access::Change);

    const std::string filler = disk.fill();
    open.document().renamePerson("Sam Changed", "");
    for (int card = 0; card < 3; ++card)
        open.document().addNote("likes", "cooking", std::string(2000, 'n'));
    CHECK_FALSE(open.saveState().allSaved);
    CHECK_THAT(open.saveState().problem, Catch::Contains("the disk is full"));
    CHECK(open.profile().person.name == "Sam Changed"); // kept in memory
    // The file on disk is still the old, good version, and no temporary is left.
    const LoadOutcome onDisk = ProfileFile(path).load();
    REQUIRE(onDisk.profile);
    CHECK(onDisk.profile->person.name == "Sam Lee");
    for (const auto& name : realFileSystem().listFolder(disk.folder.file("sam")))
        CHECK(name.find(".tmp-") == std::string::npos);

    // Retrying on a full disk changes nothing; with room again it saves.
    open.retrySave();
    CHECK_FALSE(open.saveState().allSaved);
    CHECK(open.saveState().failedAttempts >= 2);
    REQUIRE(realFileSystem().removeFile(filler).ok);
    open.retrySave();
    CHECK(open.saveState().allSaved);
    CHECK(ProfileFile(path).load().profile->person.name == "Sam Changed");
}

TEST_CASE("On a full disk a photo and the settings are refused plainly, leaving nothing half written",
          "[storage][full-disk]")
{
    SmallDisk disk("256k");
    if (!disk.mounted) {
        WARN("Skipped the real full disk: " << disk.whyNot << ".");
        return;
    }
    const std::string person = disk.folder.file("sam");
    const std::string settingsPath = disk.folder.file("settings.json");
    Settings settings;
    REQUIRE(saveSettings(realFileSystem(), settingsPath, settings).ok);
    disk.fill();

    ImportedImage image;
    image.bytes = std::string(100000, 'p');
    try {
        savePhotoIntoFolder(realFileSystem(), person, image);
        FAIL("a photo was saved on a full disk");
    } catch (const ImageError& error) {
        CHECK(error.problem() == ImageProblem::CannotSave);
        CHECK_THAT(std::string(error.what()), Catch::StartsWith("Right Job could not save the photo."));
    }
    for (const auto& name : realFileSystem().listFolder(person + "/photos"))
        FAIL("left behind: " << name);

    Settings changed = settings;
    changed.textSizePercent = settings.textSizePercent + 25;
    const FileResult saved = saveSettings(realFileSystem(), settingsPath, changed);
    CHECK_FALSE(saved.ok);
    CHECK_THAT(saved.problem, Catch::Contains("the disk is full"));
    CHECK(loadSettings(settingsPath).textSizePercent == settings.textSizePercent);
}

TEST_CASE("When writes fail, a photo and the settings are refused plainly and the old files stay",
          "[storage][full-disk]")
{
    TemporaryFolder folder;
    rightjob::testing::FailingFileSystem files;
    const std::string settingsPath = folder.file("settings.json");
    Settings settings;
    REQUIRE(saveSettings(files, settingsPath, settings).ok);
    files.failing = true;

    ImportedImage image;
    image.bytes = "photo";
    CHECK_THROWS_AS(savePhotoIntoFolder(files, folder.file("sam"), image), ImageError);
    CHECK(realFileSystem().listFolder(folder.file("sam/photos")).empty());

    Settings changed = settings;
    changed.textSizePercent = settings.textSizePercent + 25;
    const FileResult saved = saveSettings(files, settingsPath, changed);
    CHECK_FALSE(saved.ok);
    CHECK_THAT(saved.problem, Catch::Contains("the disk is full"));
    CHECK(loadSettings(settingsPath).textSizePercent == settings.textSizePercent);

    files.failing = false;
    CHECK(saveSettings(files, settingsPath, changed).ok);
    CHECK(loadSettings(settingsPath).textSizePercent == changed.textSizePercent);
}
