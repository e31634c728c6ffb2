#include "test_support.h"

#include "core/base/asset_paths.h"
#include "core/base/json_file.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <unistd.h>

namespace rightjob::testing {

namespace {

// Where the tests' folders go: RIGHTJOB_TEST_TMPDIR when set, else the
// memory-backed /dev/shm when there is one, else /tmp. The kill tests kill
// the process, not the power, so a memory-backed folder tests the same
// thing, without waiting for a disk at every fsync.
std::string testFolderParent()
{
    if (const char* chosen = std::getenv("RIGHTJOB_TEST_TMPDIR"); chosen && *chosen)
        return chosen;
    if (::access("/dev/shm", W_OK | X_OK) == 0 && std::filesystem::is_directory("/dev/shm"))
        return "/dev/shm";
    return "/tmp";
}

} // namespace

TemporaryFolder::TemporaryFolder()
{
    std::string pattern = testFolderParent() + "/rightjob-test-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("cannot make a temporary folder in " + testFolderParent());
    m_path = pattern;
}

TemporaryFolder::~TemporaryFolder()
{
    std::error_code error;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, error);
    std::filesystem::remove_all(m_path, error);
}

void writeTextFile(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

core::FileResult FailingFileSystem::writeNewFile(const std::string& path, const std::string& bytes)
{
    if (failing)
        return core::FileResult::failure("Cannot write " + path + ": the disk is full.");
    return core::realFileSystem().writeNewFile(path, bytes);
}

core::FileResult FailingFileSystem::rename(const std::string& from, const std::string& to)
{
    return core::realFileSystem().rename(from, to);
}

core::FileResult FailingFileSystem::syncFolder(const std::string& path)
{
    return core::realFileSystem().syncFolder(path);
}

core::FileResult FailingFileSystem::keepCopy(const std::string& existing, const std::string& copyPath)
{
    return core::realFileSystem().keepCopy(existing, copyPath);
}

core::FileResult FailingFileSystem::removeFile(const std::string& path)
{
    return core::realFileSystem().removeFile(path);
}

core::FileResult FailingFileSystem::makeFolders(const std::string& path)
{
    return core::realFileSystem().makeFolders(path);
}

bool FailingFileSystem::exists(const std::string& path) const
{
    return core::realFileSystem().exists(path);
}

std::vector<std::string> FailingFileSystem::listFolder(const std::string& path) const
{
    return core::realFileSystem().listFolder(path);
}

std::string smallLayoutText()
{
    return R"({
  "format": "rightjob-layout",
  "format_version": 1,
  "id": "small",
  "title": "A small layout",
  "language": "en-GB",
  "scales": [
    { "id": "like",
      "answers": [
        { "value": "positive", "words": "I like it", "symbol": "thumbs-up", "sentence": "I like {phrase}." },
        { "value": "middle", "words": "Not sure", "symbol": "thinking-face", "sentence": "I am not sure about {phrase}." },
        { "value": "negative", "words": "I do not like it", "symbol": "thumbs-down", "sentence": "I do not like {phrase}." }
      ] }
  ],
  "sections": [
    { "id": "likes", "title": "Things I like", "prompt": "What do you like?", "symbol": "red-heart", "scale": "like",
      "cards": [
        { "id": "cooking", "label": "Cooking", "spoken": "Cooking food", "phrase": "cooking", "symbol": "cook" },
        { "id": "animals", "label": "Animals", "phrase": "animals", "symbol": "dog" },
        { "id": "music", "label": "Music", "phrase": "music", "symbol": "musical-note" }
      ] },
    { "id": "places", "title": "Places", "prompt": "Where do you like to be?", "scale": "like",
      "cards": [
        { "id": "quiet_places", "label": "Quiet places", "phrase": "quiet places" }
      ] }
  ]
}
)";
}

core::Layout smallLayout()
{
    return core::readLayout(core::JsonFile::parse(smallLayoutText(), "small.json"));
}

core::Profile smallProfile()
{
    core::Profile profile;
    profile.id = "sam-lee";
    profile.layoutId = "small";
    profile.person.name = "Sam Lee";
    profile.contributors.push_back({"helper-1", core::ContributorKind::Supporter, "Karen", "Mum"});
    profile.sessions.push_back({"session-1", "2026-10-05T10:00:00Z", "Home", {"person", "helper-1"}});
    return profile;
}

std::string assetPathForTest(const std::string& relative)
{
    return core::assetPath(relative);
}

core::Layout shippedLayout(const std::string& id)
{
    return core::loadLayoutFile(core::assetPath("layouts/" + id + ".json"));
}

} // namespace rightjob::testing
