#include "export/board_export.h"

#include "export/zip_archive.h"

#include "export_test_support.h"
#include "test_support.h"

#include "core/base/json_file.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace rightjob;
using namespace rightjob::exporting;
using namespace rightjob::testing;

namespace {

std::map<std::string, std::string> unzip(const std::string& bytes)
{
    const ZipReader reader(bytes);
    std::map<std::string, std::string> files;
    for (std::size_t i = 0; i < reader.entries().size(); ++i)
        files[reader.entries()[i].name] = reader.read(i, 1u << 26);
    return files;
}

bool isNonEmptyString(const core::Json& json, const char* key)
{
    return json.contains(key) && json[key].is_string() && !json[key].get<std::string>().empty();
}

// Checks a board against every field the Open Board Format requires, and
// that every reference in it resolves inside the .obz.
void checkObz(const std::map<std::string, std::string>& files)
{
    REQUIRE(files.count("manifest.json"));
    const core::Json manifest = core::Json::parse(files.at("manifest.json"));
    CHECK(manifest["format"] == kOpenBoardFormat);
    REQUIRE(isNonEmptyString(manifest, "root"));
    REQUIRE(manifest["paths"].is_object());
    for (const char* kind : {"boards", "images", "sounds"})
        CHECK(manifest["paths"][kind].is_object());
    const std::string root = manifest["root"];
    REQUIRE(files.count(root));
    bool rootListed = false;
    for (const auto& [id, path] : manifest["paths"]["boards"].items()) {
        CHECK(files.count(path.get<std::string>()));
        rootListed = rootListed || path == root;
    }
    CHECK(rootListed);

    const core::Json board = core::Json::parse(files.at(root));
    CHECK(board["format"] == kOpenBoardFormat);
    for (const char* key : {"id", "locale", "name"})
        CHECK(isNonEmptyString(board, key));
    REQUIRE(board["buttons"].is_array());
    REQUIRE(board["images"].is_array());
    REQUIRE(board["grid"].is_object());

    std::set<std::string> imageIds;
    for (const auto& image : board["images"]) {
        for (const char* key : {"id", "content_type", "path"})
            CHECK(isNonEmptyString(image, key));
        CHECK(image["width"].is_number_integer());
        CHECK(image["height"].is_number_integer());
        CHECK(imageIds.insert(image["id"].get<std::string>()).second);
        const std::string path = image["path"];
        REQUIRE(files.count(path));
        CHECK(manifest["paths"]["images"][image["id"].get<std::string>()] == path);
        const std::string& bytes = files.at(path);
        if (image["content_type"] == "image/png") {
            REQUIRE(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n", 8) == 0);
            const auto bigEndian = [&](std::size_t at) {
                return (static_cast<unsigned char>(bytes[at]) << 24) | (static_cast<unsigned char>(bytes[at + 1]) << 16)
                       | (static_cast<unsigned char>(bytes[at + 2]) << 8) | static_cast<unsigned char>(bytes[at + 3]);
            };
            CHECK(image["width"] == bigEndian(16));
            CHECK(image["height"] == bigEndian(20));
        }
    }

    std::set<std::string> buttonIds;
    for (const auto& button : board["buttons"]) {
        CHECK(isNonEmptyString(button, "id"));
        CHECK(isNonEmptyString(button, "label"));
        CHECK(buttonIds.insert(button["id"].get<std::string>()).second);
        if (button.contains("image_id"))
            CHECK(imageIds.count(button["image_id"].get<std::string>()));
    }

    const core::Json& grid = board["grid"];
    REQUIRE(grid["rows"].is_number_integer());
    REQUIRE(grid["columns"].is_number_integer());
    REQUIRE(grid["order"].is_array());
    CHECK(grid["order"].size() == grid["rows"].get<std::size_t>());
    std::set<std::string> placed;
    for (const auto& row : grid["order"]) {
        REQUIRE(row.is_array());
        CHECK(row.size() == grid["columns"].get<std::size_t>());
        for (const auto& cell : row) {
            CHECK((cell.is_null() || cell.is_string()));
            if (cell.is_string()) {
                CHECK(buttonIds.count(cell.get<std::string>()));
                placed.insert(cell.get<std::string>());
            }
        }
    }
    CHECK(placed == buttonIds);
}

} // namespace

TEST_CASE("The board has every field the Open Board Format requires", "[export][board]")
{
    const TemporaryFolder folder;
    for (const NamedProfile& named : exportTestProfiles()) {
        INFO("Profile: " << named.name);
        const PictureSource pictures(&exportData().symbols, folder.path());
        const std::string obz = boardObz(named.profile, exportData().layout, exportData().words, pictures);
        checkObz(unzip(obz));
        CHECK(boardObz(named.profile, exportData().layout, exportData().words, pictures) == obz);
    }
}

TEST_CASE("The demo board has the person's name and their own positive, shared cards", "[export][board]")
{
    const TemporaryFolder folder;
    const PictureSource pictures(&exportData().symbols, folder.path());
    const auto files = unzip(boardObz(exportData().demo, exportData().layout, exportData().words, pictures));
    const core::Json board = core::Json::parse(files.at("boards/all-about-me.obf"));
    CHECK(board["name"] == "All about me");
    CHECK(board["locale"] == "en-GB");
    const auto& buttons = board["buttons"];
    REQUIRE(buttons.size() > 10);
    CHECK(buttons[0]["label"] == "Jordan");
    CHECK(buttons[0]["vocalization"] == "My name is Jordan.");

    std::set<std::string> spoken;
    for (const auto& button : buttons)
        spoken.insert(button["label"].get<std::string>() + ": " + button["vocalization"].get<std::string>());
    CHECK(spoken.count("Animals: I like animals."));
    CHECK(spoken.count("Animals: I liked working with animals."));
    CHECK(spoken.count("Trains: I like trains."));
    CHECK(spoken.count("Polishing: I am good at polishing."));
    // Only the person's own positive answers: not cooking (they were not
    // sure; their mum likes it), not football (no), not bus times (their
    // mum's card), and never the cards not for sharing.
    for (const std::string& text : spoken)
        for (const char* absent : {"cooking", "football", "shout", "cry", "bus times"})
            CHECK(text.find(absent) == std::string::npos);

    // Symbol pictures carry their licence.
    for (const auto& image : board["images"])
        CHECK(image["license"]["type"] == "CC BY-SA 4.0");
}

TEST_CASE("The person's own photo goes on the board", "[export][board]")
{
    const TemporaryFolder folder;
    writePersonFolder(folder.path(), nearlyEmptyProfile());
    core::Profile profile = nearlyEmptyProfile();
    profile.person.photo = "photos/me.png";
    const PictureSource pictures(&exportData().symbols, folder.path());
    const auto files = unzip(boardObz(profile, exportData().layout, exportData().words, pictures));
    const core::Json board = core::Json::parse(files.at("boards/all-about-me.obf"));
    const std::string imageId = board["buttons"][0]["image_id"];
    for (const auto& image : board["images"])
        if (image["id"] == imageId) {
            CHECK(image["width"] == 8);
            CHECK(image["height"] == 6);
            CHECK_FALSE(image.contains("license"));
            CHECK(files.at(image["path"].get<std::string>()) == smallPng());
        }
}
