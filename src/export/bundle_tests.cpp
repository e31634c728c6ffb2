#include "export/bundle.h"

#include "export_test_support.h"
#include "test_support.h"

#include "core/base/json_file.h"
#include "core/profile/profile_json.h"

#include <catch2/catch.hpp>
#include <zip.h>

#include <filesystem>

using namespace rightjob;
using namespace rightjob::exporting;
using namespace rightjob::testing;

namespace {

// Every file under a folder, by path inside it, with its bytes.
std::map<std::string, std::string> filesUnder(const std::string& folder)
{
    std::map<std::string, std::string> files;
    if (!std::filesystem::exists(folder))
        return files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            files[std::filesystem::relative(entry.path(), folder).string()] = core::readWholeFile(entry.path().string());
    return files;
}

// A zip made straight with libzip, so it can hold names and files that
// writeZip and makeBundle never would.
std::string rawZip(const std::vector<std::pair<std::string, std::string>>& files)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    zip_source_keep(target);
    for (const auto& [name, bytes] : files) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        REQUIRE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);
    REQUIRE(zip_source_open(target) == 0);
    std::string out;
    char buffer[65536];
    zip_int64_t got = 0;
    while ((got = zip_source_read(target, buffer, sizeof buffer)) > 0)
        out.append(buffer, static_cast<std::size_t>(got));
    zip_source_close(target);
    zip_source_free(target);
    zip_error_fini(&error);
    return out;
}

// The files of a good bundle, to change one thing in.
std::vector<std::pair<std::string, std::string>> bundleFiles(const std::string& bundle)
{
    const ZipReader reader(bundle);
    std::vector<std::pair<std::string, std::string>> files;
    for (std::size_t i = 0; i < reader.entries().size(); ++i)
        files.push_back({reader.entries()[i].name, reader.read(i, 1u << 30)});
    return files;
}

// A manifest for these files (all but manifest.json).
std::string manifestFor(const std::string& person, const std::vector<std::pair<std::string, std::string>>& files)
{
    core::Json list = core::Json::array();
    for (const auto& [path, bytes] : files)
        if (path != "manifest.json")
            list.push_back({{"path", path}, {"bytes", bytes.size()}, {"sha256", sha256Hex(bytes)}});
    return core::Json{{"format", "rightjob-bundle"}, {"format_version", 1}, {"person", person}, {"files", list}}.dump(2);
}

std::vector<std::pair<std::string, std::string>> withManifest(std::vector<std::pair<std::string, std::string>> files,
                                                              const std::string& person)
{
    files.erase(std::remove_if(files.begin(), files.end(), [](const auto& file) { return file.first == "manifest.json"; }),
                files.end());
    files.push_back({"manifest.json", manifestFor(person, files)});
    return files;
}

} // namespace

TEST_CASE("SHA-256 gives the standard digest", "[export][bundle]")
{
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("A bundle round-trips byte for byte", "[export][bundle]")
{
    const TemporaryFolder folder;
    const std::string person = folder.file("jordan");
    writePersonFolder(person, exportData().demo);
    writeTextFile(person + "/photos/.hidden-temporary", "not bundled");
    std::filesystem::create_directories(person + "/backups");
    writeTextFile(person + "/backups/profile-000001.json", "not bundled");

    // The full backup holds everything; the bundle to share is tested in
    // bundle_security_tests.cpp.
    const std::string bundle = makeBundle(person, BundleKind::FullBackup);
    CHECK(makeBundle(person, BundleKind::FullBackup) == bundle);

    const ZipReader reader(bundle);
    std::vector<std::string> names;
    for (const auto& entry : reader.entries())
        names.push_back(entry.name);
    CHECK(names == std::vector<std::string>{"manifest.json", "photos/me.png", "profile.json", "pronunciations.json",
                                            "recordings/likes.music.wav"});

    const std::string data = folder.file("data");
    const BundleImport imported = importBundle(bundle, data, ExistingPerson::Keep);
    CHECK(imported.outcome == ImportOutcome::Imported);
    CHECK(imported.personId == "demo");
    CHECK(imported.personName == "Jordan Reed");
    CHECK(imported.folder == data + "/people/demo");

    // Every file is there with the same bytes, and the full backup kept the
    // cards not for sharing.
    auto original = filesUnder(person);
    original.erase("photos/.hidden-temporary");
    original.erase("backups/profile-000001.json");
    CHECK(filesUnder(imported.folder) == original);
    CHECK(filesUnder(imported.folder).at("profile.json").find("This only happens at home") != std::string::npos);
    CHECK((std::filesystem::status(imported.folder).permissions() & std::filesystem::perms::all)
          == std::filesystem::perms::owner_all);
    CHECK((std::filesystem::status(imported.folder + "/profile.json").permissions() & std::filesystem::perms::all)
          == (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    // No hidden folder is left behind.
    for (const auto& entry : std::filesystem::directory_iterator(data + "/people"))
        CHECK(entry.path().filename().string()[0] != '.');

    CHECK(makeBundle(imported.folder, BundleKind::FullBackup) == bundle);
    // The bundle to share leaves the card not for sharing out.
    for (const BundleFile& file : readBundle(makeBundle(person)).files)
        CHECK(file.bytes.find("This only happens at home") == std::string::npos);
}

TEST_CASE("Importing never replaces someone without being told to", "[export][bundle]")
{
    const TemporaryFolder folder;
    const std::string person = folder.file("person");
    writePersonFolder(person, privateProfile());
    const std::string bundle = makeBundle(person, BundleKind::FullBackup);
    const std::string data = folder.file("data");
    REQUIRE(importBundle(bundle, data, ExistingPerson::Keep).outcome == ImportOutcome::Imported);

    // Someone changes the person on this machine; a second import must ask.
    const std::string there = data + "/people/casey-private/profile.json";
    writeTextFile(there, core::readWholeFile(there) + "\n");
    const auto before = filesUnder(data);
    const BundleImport again = importBundle(bundle, data, ExistingPerson::Keep);
    CHECK(again.outcome == ImportOutcome::PersonExists);
    CHECK(again.personId == "casey-private");
    CHECK(filesUnder(data) == before);

    const BundleImport replaced = importBundle(bundle, data, ExistingPerson::Replace);
    CHECK(replaced.outcome == ImportOutcome::Imported);
    CHECK(replaced.replacedFolder.find(data + "/deleted/casey-private-") == 0);
    CHECK(core::readWholeFile(replaced.replacedFolder + "/profile.json") == before.at("people/casey-private/profile.json"));
    CHECK(core::readWholeFile(there) == core::readWholeFile(person + "/profile.json"));
}

TEST_CASE("Bad bundles are refused in plain words, and nothing is written", "[export][bundle]")
{
    const TemporaryFolder folder;
    const std::string person = folder.file("person");
    writePersonFolder(person, nearlyEmptyProfile());
    const std::string good = makeBundle(person);
    const auto files = bundleFiles(good);
    const std::string data = folder.file("data");

    auto refused = [&](const std::string& bytes, const std::string& words, const BundleLimits& limits = {}) {
        INFO("Expected: " << words);
        try {
            importBundle(bytes, data, ExistingPerson::Replace, core::realFileSystem(), limits);
            FAIL("The bundle was imported");
        } catch (const BundleError& error) {
            const std::string message = error.what();
            CHECK(message.find(words) != std::string::npos);
            CHECK(message.find("errno") == std::string::npos);
            CHECK(message.find("zip_") == std::string::npos);
        }
        CHECK_FALSE(std::filesystem::exists(data));
    };

    SECTION("a name that climbs out of the folder")
    {
        auto bad = files;
        bad.push_back({"../x", "escape"});
        refused(rawZip(withManifest(bad, "ali")), "\"../x\"");
        bad.back().first = "photos/../../x";
        refused(rawZip(withManifest(bad, "ali")), "cannot hold a file with that name");
    }
    SECTION("a name that starts at the top of the disk") { 
        auto bad = files;
        bad.push_back({"/etc/x", "escape"});
        refused(rawZip(withManifest(bad, "ali")), "\"/etc/x\"");
    }
    SECTION("a name with a backslash")
    {
        auto bad = files;
        bad.push_back({"photos\\..\\x", "escape"});
        refused(rawZip(withManifest(bad, "ali")), "cannot hold a file with that name");
    }
    SECTION("a file the bundle does not hold")
    {
        auto bad = files;
        bad.push_back({"programs/run.sh", "echo hi"});
        refused(rawZip(withManifest(bad, "ali")), "\"programs/run.sh\"");
    }
    SECTION("a bundle cut short") { refused(good.substr(0, good.size() * 2 / 3), "cut short or damaged"); }
    SECTION("not a zip at all") { refused("Hello, this is a letter, not a bundle.", "not a zip file"); }
    SECTION("no profile")
    {
        auto bad = files;
        bad.erase(std::remove_if(bad.begin(), bad.end(), [](const auto& file) { return file.first == "profile.json"; }),
                  bad.end());
        refused(rawZip(withManifest(bad, "ali")), "no profile");
    }
    SECTION("no manifest")
    {
        auto bad = files;
        bad.erase(bad.begin()); // manifest.json sorts first
        refused(rawZip(bad), "no list of its files");
    }
    SECTION("a huge entry")
    {
        auto bad = files;
        bad.push_back({"recordings/huge.wav", std::string(3 * 1024 * 1024, '\0')});
        BundleLimits limits;
        limits.zip.maxEntryBytes = 1024 * 1024;
        refused(rawZip(withManifest(bad, "ali")), "\"recordings/huge.wav\" in the bundle is too big", limits);
    }
    SECTION("too many bytes all together")
    {
        BundleLimits limits;
        limits.zip.maxTotalBytes = 100;
        refused(good, "too big all together", limits);
    }
    SECTION("a file changed after the bundle was made")
    {
        auto bad = files;
        for (auto& [name, bytes] : bad)
            if (name == "pronunciations.json")
                bytes += " ";
        refused(rawZip(bad), "\"pronunciations.json\" in the bundle has changed or is damaged");
    }
    SECTION("a file the manifest does not name")
    {
        auto bad = files;
        bad.push_back({"photos/extra.png", smallPng()});
        refused(rawZip(bad), "which its list of files does not name");
    }
    SECTION("a profile that is not a profile")
    {
        auto bad = files;
        for (auto& [name, bytes] : bad)
            if (name == "profile.json")
                bytes = "{\"format\": \"something else\"}";
        refused(rawZip(withManifest(bad, "ali")), "The profile in the bundle cannot be read");
    }
    SECTION("a photo the profile uses that is not there")
    {
        auto bad = files;
        bad.erase(std::remove_if(bad.begin(), bad.end(), [](const auto& file) { return file.first == "photos/me.png"; }),
                  bad.end());
        refused(rawZip(withManifest(bad, "ali")), "uses the photo \"photos/me.png\", which is not in the bundle");
    }
    SECTION("a photo that is not a picture")
    {
        auto bad = files;
        for (auto& [name, bytes] : bad)
            if (name == "photos/me.png")
                bytes = bytes.substr(0, 40); // a PNG header, cut short
        refused(rawZip(withManifest(bad, "ali")), "not a whole PNG or JPEG picture");
    }
    SECTION("a recording that is not a WAV file")
    {
        auto bad = files;
        for (auto& [name, bytes] : bad)
            if (name == "recordings/likes.music.wav")
                bytes = "RIFF and nothing more";
        refused(rawZip(withManifest(bad, "ali")), "not a WAV file");
    }
    SECTION("a person id that cannot name a folder")
    {
        auto bad = files;
        for (auto& [name, bytes] : bad)
            if (name == "profile.json") {
                core::Profile profile = core::parseProfile(bytes, name);
                profile.id = "../../evil";
                bytes = core::writeProfile(profile);
            }
        const auto zip = rawZip(withManifest(bad, "../../evil"));
        try {
            importBundle(zip, data, ExistingPerson::Replace);
            FAIL("imported");
        } catch (const BundleError& error) {
            const std::string message = error.what();
            CHECK((message.find("cannot name a folder") != std::string::npos
                   || message.find("cannot be read") != std::string::npos));
        }
        CHECK_FALSE(std::filesystem::exists(data));
    }
}

TEST_CASE("A bundle is not made of a folder without a readable profile", "[export][bundle]")
{
    const TemporaryFolder folder;
    CHECK_THROWS_AS(makeBundle(folder.path()), BundleError);
    writeTextFile(folder.file("profile.json"), "{ not json");
    CHECK_THROWS_WITH(makeBundle(folder.path()), Catch::Contains("The profile cannot be read"));
}

TEST_CASE("A bundle is not made when a photo the profile uses is missing", "[export][bundle]")
{
    const TemporaryFolder folder;
    writePersonFolder(folder.path(), nearlyEmptyProfile());
    std::filesystem::remove(folder.file("photos/me.png"));
    CHECK_THROWS_WITH(makeBundle(folder.path()), Catch::Contains("photos/me.png"));
}
