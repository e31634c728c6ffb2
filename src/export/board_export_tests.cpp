#include "export/board_export.h"

#include "export/zip_archive.h"

#include "export_test_support.h"
#include "test_support.h"

#include "core/base/json_file.h"

#include <catch2/catch.hpp>

#include <cctype>
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

// The checks of CoughDrop's OBF validator (github.com/CoughDrop/obf,
// lib/obf/validator.rb), written again here: what it calls an error and
// what it calls a warning, for the .obz and each board in it.
struct Validation {
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
};

bool isObject(const core::Json& json, const char* key)
{
    return json.contains(key) && json[key].is_object();
}

void validateBoard(const std::map<std::string, std::string>& files, const std::string& path, Validation& result)
{
    auto error = [&](const std::string& what) { result.errors.push_back(path + ": " + what); };
    auto warn = [&](const std::string& what) { result.warnings.push_back(path + ": " + what); };
    if (path.size() < 4 || path.compare(path.size() - 4, 4, ".obf") != 0)
        warn("filename should end with .obf");
    core::Json board;
    try {
        board = core::Json::parse(files.at(path));
    } catch (const std::exception&) {
        return error("Couldn't parse as JSON");
    }
    if (!board.is_object())
        return error("Couldn't parse structure");
    if (!isNonEmptyString(board, "format"))
        error("format attribute is required");
    else if (board["format"] != kOpenBoardFormat)
        error("format version is not 0.1");
    if (!isNonEmptyString(board, "id"))
        error("id attribute is required");
    if (!isNonEmptyString(board, "locale"))
        error("locale attribute is required");
    const std::set<std::string> boardKeys = {"format", "id", "locale", "url", "data_url", "name", "description_html",
                                             "default_layout", "buttons", "images", "sounds", "grid", "license"};
    for (const auto& [key, value] : board.items())
        if (!boardKeys.count(key) && key.rfind("ext_", 0) != 0)
            warn(key + " attribute is not defined in the spec");
    if (!board.contains("name"))
        warn("name attribute is strongly recommended");
    if (!board.contains("description_html"))
        warn("description_html attribute is recommended");
    if (!board.contains("buttons") || !board["buttons"].is_array())
        return error("buttons attribute must be an array");

    // The grid.
    std::set<std::string> buttonIds;
    for (const auto& button : board["buttons"])
        if (button.is_object() && button.contains("id"))
            buttonIds.insert(button["id"].is_string() ? button["id"].get<std::string>() : button["id"].dump());
    if (!isObject(board, "grid"))
        return error("grid attribute must be a hash");
    const core::Json& grid = board["grid"];
    if (!grid.contains("rows") || !grid["rows"].is_number_integer() || grid["rows"] < 1)
        return error("grid.row attribute must be a valid positive number");
    if (!grid.contains("columns") || !grid["columns"].is_number_integer() || grid["columns"] < 1)
        return error("grid.column attribute must be a valid positive number");
    if (grid["rows"] > 20)
        warn("grid.row is probably too large a number for most systems");
    if (grid["columns"] > 20)
        warn("grid.column is probably too large a number for most systems");
    if (!grid.contains("order") || !grid["order"].is_array())
        return error("grid.order must be an array of arrays");
    if (grid["order"].size() != grid["rows"].get<std::size_t>())
        error("grid.order length must match grid.rows");
    std::set<std::string> used;
    for (const auto& row : grid["order"]) {
        if (!row.is_array() || row.size() != grid["columns"].get<std::size_t>()) {
            error("grid.order must contain rows arrays each of size columns");
            continue;
        }
        for (const auto& cell : row)
            if (!cell.is_null()) {
                const std::string id = cell.is_string() ? cell.get<std::string>() : cell.dump();
                used.insert(id);
                if (!buttonIds.count(id))
                    error("grid.order references button with id " + id + " but no button with that id found");
            }
    }
    for (const auto& [key, value] : grid.items())
        if (key != "rows" && key != "columns" && key != "order" && key.rfind("ext_", 0) != 0)
            warn("grid." + key + " attribute is not defined in the spec");
    if (used.empty())
        warn("board has no buttons defined in the grid");
    if (used != buttonIds)
        warn("not all defined buttons were included in the grid order");

    // Images and sounds.
    if (!board.contains("images") || !board["images"].is_array())
        return error("images attribute must be an array");
    std::set<std::string> imageIds;
    for (const auto& image : board["images"]) {
        if (!image.is_object()) {
            error("image must be a hash");
            continue;
        }
        if (!image.contains("id"))
            error("image.id is required");
        else if (!imageIds.insert(image["id"].dump()).second)
            error("image ids must be present and unique");
        if (!image.contains("width") || !image["width"].is_number_integer())
            error("image.width must be a valid positive number");
        if (!image.contains("height") || !image["height"].is_number_integer())
            error("image.height must be a valid positive number");
        if (!isNonEmptyString(image, "content_type") || image["content_type"].get<std::string>().rfind("image/", 0) != 0)
            error("image.content_type must be a valid image mime type");
        if (!image.contains("url") && !image.contains("data") && !image.contains("symbol") && !image.contains("path"))
            error("image must have data, url, path or symbol attribute defined");
        if (image.contains("path") && !files.count(image["path"].get<std::string>()))
            error("image.path not found in .obz package");
        const std::set<std::string> imageKeys = {"id", "width", "height", "content_type", "data", "url", "symbol", "path",
                                                 "data_url", "license"};
        for (const auto& [key, value] : image.items())
            if (!imageKeys.count(key) && key.rfind("ext_", 0) != 0)
                warn("image." + key + " attribute is not defined in the spec");
    }
    if (!board.contains("sounds") || !board["sounds"].is_array())
        error("sounds attribute must be an array");

    // Buttons.
    const std::set<std::string> buttonKeys = {"id", "label", "vocalization", "image_id", "sound_id", "hidden",
                                              "background_color", "border_color", "action", "actions", "load_board",
                                              "top", "left", "width", "height"};
    for (const auto& button : board["buttons"]) {
        if (!button.is_object()) {
            error("button must be a hash");
            continue;
        }
        if (!button.contains("id"))
            error("button.id is required");
        else if (!button.contains("label"))
            error("button.label is required");
        if (button.contains("hidden") && !button["hidden"].is_boolean())
            error("button.hidden must be a boolean if defined");
        if (!button.contains("image_id"))
            warn("button.image_id is recommended");
        if (button.contains("action"))
            error("button.action must start with either : or + and be an array");
        for (const auto& [key, value] : button.items())
            if (!buttonKeys.count(key) && key.rfind("ext_", 0) != 0)
                warn("button." + key + " attribute is not defined in the spec");
        if (button.contains("load_board") && button["load_board"].contains("path")) {
            const std::string target = button["load_board"]["path"];
            core::Json loaded;
            try {
                loaded = core::Json::parse(files.at(target));
            } catch (const std::exception&) {
            }
            if (!loaded.is_object() || !loaded.contains("id"))
                error("button.load_board.path references " + target + " which isn't found in the zipped file");
        }
    }
}

Validation validateObz(const std::map<std::string, std::string>& files)
{
    Validation result;
    if (!files.count("manifest.json")) {
        result.errors.push_back("manifest.json is required in the zip package");
        return result;
    }
    core::Json manifest;
    try {
        manifest = core::Json::parse(files.at("manifest.json"));
    } catch (const std::exception&) {
        result.errors.push_back("manifest.json must contain a valid JSON structure");
        return result;
    }
    if (!isNonEmptyString(manifest, "format") || manifest["format"] != kOpenBoardFormat)
        result.errors.push_back("format attribute is required, set to open-board-0.1");
    if (!isNonEmptyString(manifest, "root") || !files.count(manifest["root"].get<std::string>()))
        result.errors.push_back("root attribute must reference a file in the package");
    if (!isObject(manifest, "paths") || !isObject(manifest["paths"], "boards")) {
        result.errors.push_back("paths.boards must be a valid hash");
        return result;
    }
    for (const char* kind : {"images", "sounds"})
        if (manifest["paths"].contains(kind) && !manifest["paths"][kind].is_object())
            result.errors.push_back(std::string("paths.") + kind + " must be a valid hash if defined");
    for (const auto& [key, value] : manifest.items())
        if (key != "format" && key != "root" && key != "paths" && key.rfind("ext_", 0) != 0)
            result.warnings.push_back(key + " attribute is not defined in the spec");
    std::set<std::string> listed{"manifest.json"};
    for (const auto& [id, path] : manifest["paths"]["boards"].items()) {
        listed.insert(path.get<std::string>());
        if (!files.count(path.get<std::string>())) {
            result.errors.push_back("board path " + path.get<std::string>() + " not found in the zip package");
            continue;
        }
        const core::Json board = core::Json::parse(files.at(path.get<std::string>()));
        if (!board.contains("id") || board["id"] != id)
            result.errors.push_back("board at path " + path.get<std::string>() + " has another id than " + id);
    }
    for (const char* kind : {"images", "sounds"})
        if (isObject(manifest["paths"], kind))
            for (const auto& [id, path] : manifest["paths"][kind].items()) {
                listed.insert(path.get<std::string>());
                if (!files.count(path.get<std::string>()))
                    result.errors.push_back(std::string(kind) + " path " + path.get<std::string>() + " not found");
            }
    for (const auto& [path, bytes] : files)
        if (!listed.count(path))
            result.warnings.push_back("the file " + path + " isn't listed in manifest.json");
    for (const auto& [id, path] : manifest["paths"]["boards"].items())
        if (files.count(path.get<std::string>()))
            validateBoard(files, path.get<std::string>(), result);
    return result;
}

// Checks every board against every field the Open Board Format requires
// and CoughDrop's validator, that every reference resolves inside the
// .obz, and that no board has two buttons with the same label.
void checkObz(const std::map<std::string, std::string>& files)
{
    const Validation validation = validateObz(files);
    for (const std::string& error : validation.errors)
        FAIL_CHECK("OBF validator error: " << error);
    // A card with no picture (an own card without one) is only a warning
    // for the validator; anything else it warns about is a fault here.
    for (const std::string& warning : validation.warnings)
        if (warning.find("button.image_id is recommended") == std::string::npos)
            FAIL_CHECK("OBF validator warning: " << warning);

    const core::Json manifest = core::Json::parse(files.at("manifest.json"));
    const std::string root = manifest["root"];
    CHECK(manifest["paths"]["boards"]["all-about-me"] == root);
    for (const auto& [boardId, boardPath] : manifest["paths"]["boards"].items()) {
        INFO("Board: " << boardPath.get<std::string>());
        const core::Json board = core::Json::parse(files.at(boardPath.get<std::string>()));
        CHECK(board["format"] == kOpenBoardFormat);
        for (const char* key : {"id", "locale", "name"})
            CHECK(isNonEmptyString(board, key));
        std::set<std::string> labels;
        for (const auto& button : board["buttons"]) {
            CHECK(isNonEmptyString(button, "label"));
            std::string label = button["label"];
            for (char& c : label)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            CHECK(labels.insert(label).second); // no two buttons on a board with the same label
            if (button.contains("load_board")) {
                const std::string target = button["load_board"]["id"];
                CHECK(manifest["paths"]["boards"][target] == button["load_board"]["path"]);
                CHECK(target != boardId);
            } else {
                CHECK(isNonEmptyString(button, "vocalization"));
            }
        }
        for (const auto& image : board["images"]) {
            const std::string& bytes = files.at(image["path"].get<std::string>());
            CHECK(manifest["paths"]["images"][image["id"].get<std::string>()] == image["path"]);
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
    }
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

TEST_CASE("The OBF check finds what CoughDrop's validator finds", "[export][board]")
{
    const TemporaryFolder folder;
    const PictureSource pictures(&exportData().symbols, folder.path());
    auto files = unzip(boardObz(exportData().demo, exportData().layout, exportData().words, pictures));
    CHECK(validateObz(files).errors.empty());
    CHECK(validateObz(files).warnings.empty());
    auto broken = files;
    core::Json home = core::Json::parse(broken.at("boards/all-about-me.obf"));
    home["grid"]["order"][0][0] = "999";
    home["buttons"][1]["load_board"]["path"] = "boards/missing.obf";
    broken["boards/all-about-me.obf"] = home.dump();
    broken["stray.txt"] = "x";
    const Validation found = validateObz(broken);
    CHECK(found.errors.size() == 2);
    CHECK(found.warnings.size() == 2); // the stray file and a button left out of the grid
}

TEST_CASE("The demo's home board opens a board for each section", "[export][board]")
{
    const TemporaryFolder folder;
    const PictureSource pictures(&exportData().symbols, folder.path());
    const auto files = unzip(boardObz(exportData().demo, exportData().layout, exportData().words, pictures));
    const core::Json manifest = core::Json::parse(files.at("manifest.json"));
    CHECK(manifest["root"] == "boards/all-about-me.obf");
    const core::Json home = core::Json::parse(files.at("boards/all-about-me.obf"));
    CHECK(home["name"] == "All about me");
    CHECK(home["locale"] == "en-GB");
    const auto& buttons = home["buttons"];
    REQUIRE(buttons.size() > 3);
    CHECK(buttons[0]["label"] == "Jordan");
    CHECK(buttons[0]["vocalization"] == "My name is Jordan.");
    CHECK(buttons.size() == manifest["paths"]["boards"].size()); // the name, then one for each other board

    // Each section's board: the way home first, then the person's own
    // positive answers, each saying its sentence.
    std::map<std::string, std::set<std::string>> spokenOn;
    for (std::size_t i = 1; i < buttons.size(); ++i) {
        const auto& button = buttons[i];
        REQUIRE(button.contains("load_board"));
        CHECK_FALSE(button.contains("vocalization"));
        const core::Json board = core::Json::parse(files.at(button["load_board"]["path"].get<std::string>()));
        CHECK(board["name"] == button["label"]);
        CHECK(board["buttons"][0]["label"] == "All about me");
        CHECK(board["buttons"][0]["load_board"]["id"] == "all-about-me");
        for (std::size_t b = 1; b < board["buttons"].size(); ++b)
            spokenOn[board["id"]].insert(board["buttons"][b]["label"].get<std::string>() + ": "
                                         + board["buttons"][b]["vocalization"].get<std::string>());
    }
    std::set<std::string> spoken;
    for (const auto& [board, texts] : spokenOn)
        spoken.insert(texts.begin(), texts.end());
    CHECK(spoken.count("Animals: I like animals."));
    CHECK(spoken.count("Animals: I liked working with animals."));
    CHECK(spoken.count("Trains: I like trains."));
    CHECK(spoken.count("Polishing: I am good at polishing."));
    // "Animals" twice, with two meanings, is now on two boards.
    std::size_t boardsWithAnimals = 0;
    for (const auto& [board, texts] : spokenOn)
        for (const std::string& text : texts)
            boardsWithAnimals += text.rfind("Animals: ", 0) == 0;
    CHECK(boardsWithAnimals == 2);
    // Only the person's own positive answers: not cooking (they were not
    // sure; their mum likes it), not football (no), not bus times (their
    // mum's card), and never the cards not for sharing.
    for (const std::string& text : spoken)
        for (const char* absent : {"cooking", "football", "shout", "cry", "bus times"})
            CHECK(text.find(absent) == std::string::npos);

    // Symbol pictures carry their licence.
    for (const auto& image : home["images"])
        CHECK(image["license"]["type"] == "CC BY-SA 4.0");
}

TEST_CASE("Two cards with the same label on one board are told apart by their sentences", "[export][board]")
{
    const core::Layout& layout = exportData().layout;
    core::Profile profile = nearlyEmptyProfile();
    // The person's own card with the label of a layout card of the same section, both liked.
    const core::SectionDefinition& section = layout.sections.front();
    const core::CardDefinition& first = section.cards.front();
    core::OwnCard own;
    own.section = section.id;
    own.id = "own-same-label";
    own.label = first.label;
    own.addedBy = core::kPersonGiver;
    profile.ownCards.push_back(own);
    for (const std::string& id : {first.id, own.id})
        profile.cards[core::cardKey(section.id, id)].answers.push_back(answerBy(core::AnswerValue::Positive, core::kPersonGiver));
    const TemporaryFolder folder;
    const PictureSource pictures(&exportData().symbols, folder.path());
    const auto files = unzip(boardObz(profile, layout, exportData().words, pictures));
    checkObz(files);
    std::size_t boardsWithTheLabel = 0;
    for (const auto& [path, bytes] : files) {
        if (path.rfind("boards/", 0) != 0)
            continue;
        const core::Json board = core::Json::parse(bytes);
        std::size_t labelled = 0, sentenced = 0;
        for (const auto& button : board["buttons"]) {
            labelled += button["label"] == first.label;
            sentenced += button.contains("vocalization") && button["label"] == button["vocalization"];
        }
        if (labelled) {
            ++boardsWithTheLabel;
            CHECK(labelled == 1);
            CHECK(sentenced >= 1);
        }
    }
    CHECK(boardsWithTheLabel == 1);
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
