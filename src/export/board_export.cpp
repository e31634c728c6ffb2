#include "export/board_export.h"

#include "core/base/json_file.h"
#include "export/zip_archive.h"

#include <cmath>
#include <map>

namespace rightjob::exporting {

namespace {

constexpr const char* kBoardId = "all-about-me";
constexpr const char* kBoardPath = "boards/all-about-me.obf";
constexpr int kMostColumns = 6;

std::string replaced(std::string text, const std::string& placeholder, const std::string& value)
{
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
    return text;
}

struct Button {
    std::string label;
    std::string vocalization;
    core::SummaryPicture picture;
};

struct BoardImage {
    std::string id;
    std::string path;
    const PictureFile* file = nullptr;
    bool isSymbol = false;
};

struct Board {
    core::Json json;
    std::vector<BoardImage> images;
};

// The buttons: the person's name, then their own positive answers on shared cards.
std::vector<Button> buttonsFor(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words)
{
    const core::Profile shared = core::profileForReader(profile, core::Reader::Me);
    std::vector<Button> buttons;
    Button name;
    name.label = shared.person.shownName();
    name.vocalization = replaced(words.boardNameButton, "{name}", shared.person.shownName());
    name.picture.altText = name.label;
    if (!shared.person.photo.empty()) {
        name.picture.kind = core::PictureKind::Photo;
        name.picture.photo = shared.person.photo;
    } else {
        name.picture.kind = core::PictureKind::Symbol;
    }
    name.picture.symbol = words.personSymbol;
    buttons.push_back(name);

    for (const core::SectionDefinition& section : layout.sections) {
        const core::Scale& scale = layout.scaleFor(section);
        for (const core::CardView& card : core::sectionCards(layout, shared, section.id)) {
            const auto answer = shared.latestAnswer(core::cardKey(section.id, card.id), core::kPersonGiver);
            if (!answer || answer->value != core::AnswerValue::Positive)
                continue;
            Button button;
            button.label = card.label;
            button.vocalization
                = replaced(scale.answer(core::AnswerValue::Positive).sentence, "{phrase}", core::cardPhrase(card));
            button.picture.altText = card.label;
            button.picture.symbol = card.symbol;
            button.picture.photo = card.photo;
            button.picture.kind = !card.photo.empty() ? core::PictureKind::Photo
                                  : !card.symbol.empty() ? core::PictureKind::Symbol
                                                         : core::PictureKind::None;
            buttons.push_back(button);
        }
    }
    return buttons;
}

core::Json symbolLicence(const core::SymbolIndex& symbols)
{
    core::Json licence = {{"type", symbols.licence()}, {"author_name", "OpenMoji"}, {"author_url", "https://openmoji.org"}};
    if (symbols.licence() == "CC BY-SA 4.0")
        licence["copyright_notice_url"] = "https://creativecommons.org/licenses/by-sa/4.0/";
    return licence;
}

Board makeBoard(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                const PictureSource& pictures)
{
    const std::vector<Button> buttons = buttonsFor(profile, layout, words);
    Board board;
    std::map<std::string, std::size_t> imageByKey;
    core::Json buttonList = core::Json::array();
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        const Button& button = buttons[i];
        core::Json json = {{"id", std::to_string(i + 1)}, {"label", button.label}, {"vocalization", button.vocalization}};
        if (const PictureFile* file = pictures.load(button.picture, core::SymbolSize::Large)) {
            const std::string key = pictures.keyOf(button.picture, core::SymbolSize::Large);
            auto found = imageByKey.find(key);
            if (found == imageByKey.end()) {
                BoardImage image;
                image.id = "image-" + std::to_string(board.images.size() + 1);
                image.path = "images/" + image.id + "." + file->extension;
                image.file = file;
                image.isSymbol = key.rfind("symbol", 0) == 0;
                found = imageByKey.emplace(key, board.images.size()).first;
                board.images.push_back(image);
            }
            json["image_id"] = board.images[found->second].id;
        }
        buttonList.push_back(std::move(json));
    }

    const int count = static_cast<int>(buttons.size());
    const int columns = std::max(1, std::min(kMostColumns, static_cast<int>(std::ceil(std::sqrt(count)))));
    const int rows = std::max(1, (count + columns - 1) / columns);
    core::Json order = core::Json::array();
    for (int row = 0; row < rows; ++row) {
        core::Json cells = core::Json::array();
        for (int column = 0; column < columns; ++column) {
            const int index = row * columns + column;
            cells.push_back(index < count ? core::Json(std::to_string(index + 1)) : core::Json(nullptr));
        }
        order.push_back(std::move(cells));
    }

    core::Json images = core::Json::array();
    for (const BoardImage& image : board.images) {
        core::Json json = {{"id", image.id},
                           {"path", image.path},
                           {"content_type", image.file->contentType},
                           {"width", image.file->width},
                           {"height", image.file->height}};
        if (image.isSymbol && pictures.symbols())
            json["license"] = symbolLicence(*pictures.symbols());
        images.push_back(std::move(json));
    }

    board.json = {{"format", kOpenBoardFormat},
                  {"id", kBoardId},
                  {"locale", layout.language},
                  {"name", words.boardName},
                  {"buttons", buttonList},
                  {"grid", {{"rows", rows}, {"columns", columns}, {"order", order}}},
                  {"images", images},
                  {"sounds", core::Json::array()}};
    if (pictures.symbols())
        board.json["description_html"] = pictures.symbols()->attribution();
    return board;
}

} // namespace

std::string boardJson(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                      const PictureSource& pictures)
{
    return makeBoard(profile, layout, words, pictures).json.dump(2) + "\n";
}

std::string boardObz(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                     const PictureSource& pictures)
{
    const Board board = makeBoard(profile, layout, words, pictures);
    core::Json imagePaths = core::Json::object();
    for (const BoardImage& image : board.images)
        imagePaths[image.id] = image.path;
    const core::Json manifest = {{"format", kOpenBoardFormat},
                                 {"root", kBoardPath},
                                 {"paths", {{"boards", {{kBoardId, kBoardPath}}},
                                            {"images", imagePaths},
                                            {"sounds", core::Json::object()}}}};
    std::vector<ZipEntry> entries;
    entries.push_back({"manifest.json", manifest.dump(2) + "\n", ZipCompression::Deflate});
    entries.push_back({kBoardPath, board.json.dump(2) + "\n", ZipCompression::Deflate});
    for (const BoardImage& image : board.images)
        entries.push_back({image.path, image.file->bytes, ZipCompression::Store});
    return writeZip(std::move(entries));
}

} // namespace rightjob::exporting
