#include "export/board_export.h"

#include "core/base/json_file.h"
#include "core/base/text.h"
#include "export/zip_archive.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <vector>

namespace rightjob::exporting {

namespace {

constexpr const char* kHomeBoardId = "all-about-me";
constexpr const char* kHomeBoardPath = "boards/all-about-me.obf";
constexpr int kMostColumns = 6;

struct Button {
    std::string label;
    std::string vocalization;    // empty for a button that only opens a board
    core::SummaryPicture picture;
    std::string loadBoard;       // the id of the board it opens, or empty
};

struct BoardPage {
    std::string id;
    std::string path;
    std::string name;
    std::vector<Button> buttons;
};

struct BoardImage {
    std::string id;
    std::string path;
    const PictureFile* file = nullptr;
    bool isSymbol = false;
};

struct Boards {
    std::vector<BoardPage> pages; // the home board first
    std::vector<core::Json> json; // one for each page
    std::vector<BoardImage> images;
};

// Letters an AAC app compares labels by: ASCII letters made small, spaces trimmed.
std::string labelKey(const std::string& label)
{
    std::string key;
    for (const char c : label)
        key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const auto first = key.find_first_not_of(' ');
    const auto last = key.find_last_not_of(' ');
    return first == std::string::npos ? "" : key.substr(first, last - first + 1);
}

// Adds a button unless its label is on the page already: then its sentence
// becomes its label ("Animals" twice in a section becomes "I like
// animals."), and when that is there too it says nothing new and is left out.
void addButton(BoardPage& page, std::set<std::string>& labels, Button button)
{
    if (labelKey(button.label).empty() || labels.count(labelKey(button.label))) {
        if (button.vocalization.empty() || labels.count(labelKey(button.vocalization)))
            return;
        button.label = button.vocalization;
    }
    labels.insert(labelKey(button.label));
    page.buttons.push_back(std::move(button));
}

// A board id and file name from a section id: ASCII letters, digits, '-'
// and '_' kept, anything else '-'; "section-N" when nothing is left.
std::string boardIdFor(const std::string& sectionId, std::size_t index, const std::set<std::string>& taken)
{
    std::string id;
    for (const char c : sectionId)
        id += ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') ? c
              : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
                                       : '-';
    if (id.empty() || id == kHomeBoardId || taken.count(id))
        id = "section-" + std::to_string(index + 1);
    return id;
}

// The pages: the home board, then a board for each section with buttons.
std::vector<BoardPage> pagesFor(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words)
{
    const core::Profile shared = core::profileForReader(profile, core::Reader::Me);
    std::vector<BoardPage> pages(1);
    BoardPage& home = pages[0];
    home.id = kHomeBoardId;
    home.path = kHomeBoardPath;
    home.name = words.boardName;
    std::set<std::string> homeLabels;

    Button name;
    name.label = shared.person.shownName();
    name.vocalization = core::replaced(words.boardNameButton, "{name}", shared.person.shownName());
    name.picture.altText = name.label;
    if (!shared.person.photo.empty()) {
        name.picture.kind = core::PictureKind::Photo;
        name.picture.photo = shared.person.photo;
    } else {
        name.picture.kind = core::PictureKind::Symbol;
    }
    name.picture.symbol = words.personSymbol;
    addButton(home, homeLabels, name);

    std::set<std::string> boardIds{kHomeBoardId};
    std::vector<BoardPage> sections;
    for (std::size_t index = 0; index < layout.sections.size(); ++index) {
        const core::SectionDefinition& section = layout.sections[index];
        const core::Scale& scale = layout.scaleFor(section);
        BoardPage page;
        page.id = boardIdFor(section.id, index, boardIds);
        page.path = "boards/" + page.id + ".obf";
        page.name = section.title;
        std::set<std::string> labels;
        Button back;
        back.label = words.boardName;
        back.picture.kind = core::PictureKind::Symbol;
        back.picture.symbol = words.personSymbol;
        back.loadBoard = kHomeBoardId;
        addButton(page, labels, back);
        for (const core::CardView& card : core::sectionCards(layout, shared, section.id)) {
            const auto answer = shared.latestAnswer(core::cardKey(section.id, card.id), core::kPersonGiver);
            if (!answer || answer->value != core::AnswerValue::Positive)
                continue;
            Button button;
            button.label = card.label;
            button.vocalization
                = core::replaced(scale.answer(core::AnswerValue::Positive).sentence, "{phrase}", core::cardPhrase(card));
            button.picture.altText = card.label;
            button.picture.symbol = card.symbol;
            button.picture.photo = card.photo;
            button.picture.kind = !card.photo.empty() ? core::PictureKind::Photo
                                  : !card.symbol.empty() ? core::PictureKind::Symbol
                                                         : core::PictureKind::None;
            addButton(page, labels, button);
        }
        if (page.buttons.size() < 2)
            continue; // nothing but the way back
        Button open;
        open.label = section.title;
        open.picture.kind = section.symbol.empty() ? core::PictureKind::None : core::PictureKind::Symbol;
        open.picture.symbol = section.symbol;
        open.loadBoard = page.id;
        const std::size_t before = home.buttons.size();
        addButton(home, homeLabels, open);
        if (home.buttons.size() == before)
            continue; // a section with the same title as another: cannot be told apart
        boardIds.insert(page.id);
        sections.push_back(std::move(page));
    }
    for (BoardPage& page : sections)
        pages.push_back(std::move(page));
    return pages;
}

core::Json symbolLicence(const core::SymbolIndex& symbols)
{
    core::Json licence = {{"type", symbols.licence()}, {"author_name", "OpenMoji"}, {"author_url", "https://openmoji.org"}};
    if (symbols.licence() == "CC BY-SA 4.0")
        licence["copyright_notice_url"] = "https://creativecommons.org/licenses/by-sa/4.0/";
    return licence;
}

// The grid: as square as it can be, at most kMostColumns wide, in button order.
core::Json gridFor(std::size_t buttons)
{
    const int count = static_cast<int>(buttons);
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
    return {{"rows", rows}, {"columns", columns}, {"order", order}};
}

Boards makeBoards(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                  const PictureSource& pictures)
{
    Boards boards;
    boards.pages = pagesFor(profile, layout, words);
    std::map<std::string, std::string> pathOf;
    for (const BoardPage& page : boards.pages)
        pathOf[page.id] = page.path;
    std::map<std::string, std::size_t> imageByKey;

    for (const BoardPage& page : boards.pages) {
        core::Json buttonList = core::Json::array();
        std::vector<std::size_t> used; // images of this board, in the order first used
        for (std::size_t i = 0; i < page.buttons.size(); ++i) {
            const Button& button = page.buttons[i];
            core::Json json = {{"id", std::to_string(i + 1)}, {"label", button.label}};
            if (!button.vocalization.empty())
                json["vocalization"] = button.vocalization;
            if (!button.loadBoard.empty())
                json["load_board"] = {{"id", button.loadBoard}, {"path", pathOf.at(button.loadBoard)}};
            if (const PictureFile* file = pictures.load(button.picture, core::SymbolSize::Large)) {
                const std::string key = pictures.keyOf(button.picture, core::SymbolSize::Large);
                auto found = imageByKey.find(key);
                if (found == imageByKey.end()) {
                    BoardImage image;
                    image.id = "image-" + std::to_string(boards.images.size() + 1);
                    image.path = "images/" + image.id + "." + file->extension;
                    image.file = file;
                    image.isSymbol = key.rfind("symbol", 0) == 0;
                    found = imageByKey.emplace(key, boards.images.size()).first;
                    boards.images.push_back(image);
                }
                json["image_id"] = boards.images[found->second].id;
                if (std::find(used.begin(), used.end(), found->second) == used.end())
                    used.push_back(found->second);
            }
            buttonList.push_back(std::move(json));
        }

        core::Json images = core::Json::array();
        for (const std::size_t index : used) {
            const BoardImage& image = boards.images[index];
            core::Json json = {{"id", image.id},
                               {"path", image.path},
                               {"content_type", image.file->contentType},
                               {"width", image.file->width},
                               {"height", image.file->height}};
            if (image.isSymbol && pictures.symbols())
                json["license"] = symbolLicence(*pictures.symbols());
            images.push_back(std::move(json));
        }

        core::Json board = {{"format", kOpenBoardFormat},
                            {"id", page.id},
                            {"locale", layout.language},
                            {"name", page.name},
                            {"buttons", buttonList},
                            {"grid", gridFor(page.buttons.size())},
                            {"images", images},
                            {"sounds", core::Json::array()}};
        if (pictures.symbols())
            board["description_html"] = pictures.symbols()->attribution();
        boards.json.push_back(std::move(board));
    }
    return boards;
}

} // namespace

std::string boardJson(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                      const PictureSource& pictures)
{
    return core::Json(makeBoards(profile, layout, words, pictures).json).dump(2) + "\n";
}

std::string boardObz(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                     const PictureSource& pictures)
{
    const Boards boards = makeBoards(profile, layout, words, pictures);
    core::Json boardPaths = core::Json::object();
    for (const BoardPage& page : boards.pages)
        boardPaths[page.id] = page.path;
    core::Json imagePaths = core::Json::object();
    for (const BoardImage& image : boards.images)
        imagePaths[image.id] = image.path;
    const core::Json manifest = {{"format", kOpenBoardFormat},
                                 {"root", kHomeBoardPath},
                                 {"paths", {{"boards", boardPaths}, {"images", imagePaths}, {"sounds", core::Json::object()}}}};
    std::vector<ZipEntry> entries;
    entries.push_back({"manifest.json", manifest.dump(2) + "\n", ZipCompression::Deflate});
    for (std::size_t i = 0; i < boards.pages.size(); ++i)
        entries.push_back({boards.pages[i].path, boards.json[i].dump(2) + "\n", ZipCompression::Deflate});
    for (const BoardImage& image : boards.images)
        entries.push_back({image.path, image.file->bytes, ZipCompression::Store});
    return writeZip(std::move(entries));
}

} // namespace rightjob::exporting
