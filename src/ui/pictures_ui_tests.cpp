// Pictures in the window: the symbol picker (words and groups), a card's
// picture changed to a symbol or the person's own photo, the picture
// browser, dropped files, refusals, the rotate button, the About screen,
// placeholders for missing pictures and the picture cache's limit.

#include "ui/screens/about_screen.h"
#include "ui/test_harness.h"

#include "core/pictures/picture_decode.h"
#include "core/protection/protection.h"

#include "core/base/easy_read.h"
#include "core/base/json_file.h"
#include "core/profile/profile_json.h"
#include "core/storage/user_folders.h"
#include "speech/speaker.h"

#include <stb_image.h>
#include <stb_image_write.h>

#include <chrono>
#include <fstream>
#include <thread>

using namespace rightjob;
using ui::testing::Harness;
using ui::testing::TemporaryDataFolder;

namespace {

// [SECTION] Pictures made in the test

void appendTo(void* context, void* data, int size)
{
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

// A picture whose left half is red and right half blue, as RGB pixels.
std::vector<unsigned char> redLeftBlueRight(int width, int height)
{
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            unsigned char* p = &pixels[(static_cast<std::size_t>(y) * width + x) * 3];
            const bool left = x < width / 2;
            p[0] = left ? 220 : 20;
            p[1] = 20;
            p[2] = left ? 20 : 220;
        }
    return pixels;
}

std::string pngOf(int width, int height)
{
    const auto pixels = redLeftBlueRight(width, height);
    std::string bytes;
    stbi_write_png_to_func(appendTo, &bytes, width, height, 3, pixels.data(), width * 3);
    return bytes;
}

// A JPEG tagged with EXIF orientation 6: "turn a quarter to the right to
// show it", as a phone writes a photo taken upright.
std::string jpegTurnedByCamera(int width, int height)
{
    const auto pixels = redLeftBlueRight(width, height);
    std::string jpeg;
    stbi_write_jpg_to_func(appendTo, &jpeg, width, height, 3, pixels.data(), 95);
    // TIFF, big-endian, one IFD0 entry: orientation (0x0112), SHORT, 1, value 6.
    const std::string tiff("MM\0\x2a\0\0\0\x08" "\0\x01" "\x01\x12\0\x03\0\0\0\x01\0\x06\0\0" "\0\0\0\0", 26);
    const std::string payload = std::string("Exif\0\0", 6) + tiff;
    const std::size_t length = payload.size() + 2;
    const std::string app1 = std::string("\xff\xe1", 2) + static_cast<char>(length >> 8)
                             + static_cast<char>(length & 0xff) + payload;
    return jpeg.substr(0, 2) + app1 + jpeg.substr(2);
}

std::uint32_t crc32Of(const std::string& bytes)
{
    std::uint32_t crc = 0xffffffffu;
    for (unsigned char byte : bytes) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG that says it is 20,000 pixels square: refused before decoding.
std::string hugePngHeader()
{
    const auto be32 = [](std::uint32_t v) {
        return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                           static_cast<char>(v)};
    };
    const std::string ihdr = "IHDR" + be32(20000) + be32(20000) + std::string("\x08\x02\0\0\0", 5);
    return std::string("\x89PNG\r\n\x1a\n", 8) + be32(13) + ihdr + be32(crc32Of(ihdr));
}

void writeFile(const std::string& path, const std::string& bytes)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

struct Decoded {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgb;
    const unsigned char* at(int x, int y) const { return &rgb[(static_cast<std::size_t>(y) * width + x) * 3]; }
};

Decoded decodeFile(const std::string& path)
{
    Decoded result;
    int channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &result.width, &result.height, &channels, 3);
    REQUIRE(pixels);
    result.rgb.assign(pixels, pixels + static_cast<std::size_t>(result.width) * result.height * 3);
    stbi_image_free(pixels);
    return result;
}

bool reddish(const unsigned char* p) { return p[0] > 150 && p[2] < 100; }
bool bluish(const unsigned char* p) { return p[2] > 150 && p[0] < 100; }

// [SECTION] Getting around

// Sets $HOME for one test and puts it back after.
struct HomeFolder {
    TemporaryDataFolder folder;
    std::string oldHome;
    std::string oldConfig;
    bool hadConfig = false;
    HomeFolder()
    {
        oldHome = std::getenv("HOME") ? std::getenv("HOME") : "";
        hadConfig = std::getenv("XDG_CONFIG_HOME") != nullptr;
        if (hadConfig)
            oldConfig = std::getenv("XDG_CONFIG_HOME");
        setenv("HOME", folder.path.c_str(), 1);
        unsetenv("XDG_CONFIG_HOME");
    }
    ~HomeFolder()
    {
        setenv("HOME", oldHome.c_str(), 1);
        if (hadConfig)
            setenv("XDG_CONFIG_HOME", oldConfig.c_str(), 1);
    }
    std::string pictures() const { return folder.path + "/Pictures"; }
};

void openCard(Harness& harness, const std::string& sectionId, const std::string& cardId)
{
    harness.tap("person:" + harness.demoId);
    harness.tap("section:" + sectionId);
    harness.tap("all-cards");
    harness.tap("card:" + sectionId + "/" + cardId);
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Card);
}

void openNewCardForm(Harness& harness)
{
    harness.tap("person:" + harness.demoId);
    harness.tap("section:likes");
    harness.tap("all-cards");
    harness.tap("add-card");
    std::string seen;
    for (const auto& target : harness.app->screenMap().targets())
        seen += target.id + " ";
    INFO("on the " << harness.app->screenMap().screenName() << " screen: " << seen);
    REQUIRE(harness.app->screenMap().findById("new-card-words"));
}

// Draws frames until the picture browser has made every thumbnail.
void waitForThumbnails(Harness& harness)
{
    for (int turn = 0; turn < 400 && harness.app->photosScreen().thumbnailsWaiting() > 0; ++turn)
        harness.window->runLoopOnce(ui::WaitPolicy::atMost(std::chrono::milliseconds(25)),
                                    [&] { harness.app->drawFrame(); });
    harness.settle();
    REQUIRE(harness.app->photosScreen().thumbnailsWaiting() == 0);
}

void dropFile(Harness& harness, const std::string& path)
{
    SDL_Event event{};
    event.type = SDL_DROPFILE;
    event.drop.file = SDL_strdup(path.c_str()); // the window frees it, as SDL's own drops
    event.drop.windowID = SDL_GetWindowID(harness.window->sdlWindow());
    REQUIRE(harness.window->pushEvent(event));
    harness.settle();
}

// A copy of a card's record as saved; empty when nobody has touched the card.
std::optional<core::CardRecord> savedCard(const core::Profile& profile, const std::string& key)
{
    const core::CardRecord* record = profile.findCard(key);
    return record ? std::optional<core::CardRecord>(*record) : std::nullopt;
}

std::string personFolder(const Harness& harness)
{
    return harness.data.path + "/people/" + harness.demoId;
}

// The ids of the symbol tiles on screen, top to bottom, left to right.
std::vector<std::string> pictureTiles(const Harness& harness)
{
    // In the order drawn: those in sight, then those scrolled below them.
    std::vector<std::string> ids;
    for (const auto* list : {&harness.app->screenMap().targets(), &harness.app->screenMap().outOfSight()})
        for (const auto& target : *list)
            if (target.id.rfind("picture:", 0) == 0)
                ids.push_back(target.id.substr(8));
    return ids;
}

} // namespace

// [SECTION] The symbol picker

TEST_CASE("The picture picker finds a dog by words, for a new card", "[ui][pictures]")
{
    Harness harness;
    openNewCardForm(harness);
    harness.type("new-card-words", "Walking my dog");
    harness.type("picture-search", "dogs");
    const auto found = pictureTiles(harness);
    REQUIRE_FALSE(found.empty());
    CHECK(found.front() == "dog");
    harness.tap("picture:dog");
    harness.scrollIntoView("new-card-preview"); // the tile may have been far down the results
    CHECK(harness.target("new-card-preview").label == "Walking my dog");
    harness.tap("add-card-now");

    const core::Profile saved = harness.savedProfile();
    REQUIRE_FALSE(saved.ownCards.empty());
    CHECK(saved.ownCards.back().label == "Walking my dog");
    CHECK(saved.ownCards.back().symbol == "dog");
}

TEST_CASE("Browsing a group by taps reaches a symbol and puts it on a new card", "[ui][pictures]")
{
    Harness harness;
    const core::SymbolIndex* symbols = harness.app->symbolIndex();
    REQUIRE(symbols);
    const auto animals = symbols->symbolsInCategory("animals");
    REQUIRE(animals.size() > 40);
    const std::string wanted = animals[40]->id; // far down the group: it has to be scrolled to

    openNewCardForm(harness);
    harness.type("new-card-words", "Our farm");
    harness.tap("picture-group:animals");
    CHECK(harness.app->screenMap().findById("picture-groups"));
    CHECK_FALSE(harness.app->screenMap().findById("picture-group:food"));

    // A finger drags the grid up until the symbol is in sight.
    for (int drags = 0; drags < 40; ++drags) {
        const ui::ScreenTarget* target = harness.app->screenMap().findById("picture:" + wanted);
        if (target && !target->partlyHidden && target->y < harness.window->height() * 0.8f)
            break;
        const float x = harness.window->width() * 0.5f;
        harness.drag(x, harness.window->height() * 0.8f, x, harness.window->height() * 0.4f);
    }
    const ui::ScreenTarget* target = harness.app->screenMap().findById("picture:" + wanted);
    REQUIRE(target);
    CHECK_FALSE(target->partlyHidden);
    harness.tap("picture:" + wanted);
    harness.tap("add-card-now");

    const core::Profile saved = harness.savedProfile();
    REQUIRE_FALSE(saved.ownCards.empty());
    CHECK(saved.ownCards.back().label == "Our farm");
    CHECK(saved.ownCards.back().symbol == wanted);
}

TEST_CASE("The vacancy screen uses the same picker, groups and all", "[ui][pictures][jobs]")
{
    Harness harness;
    harness.tap("vacancies");
    harness.tap("add-vacancy");
    harness.type("vacancy-title", "Dog walker");
    CHECK(harness.app->screenMap().findById("picture:dog"));
    harness.tap("picture-group:food");
    CHECK(harness.app->screenMap().findById("picture-groups"));
}

TEST_CASE("A card's picture is changed to a symbol, and undone", "[ui][pictures]")
{
    Harness harness;
    openCard(harness, "likes", "animals");
    harness.tap("change-picture");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Picture);
    harness.type("picture-search", "horse");
    REQUIRE(harness.app->screenMap().findById("picture:horse"));
    harness.tap("picture:horse");
    const auto card = savedCard(harness.savedProfile(), "likes/animals");
    REQUIRE(card);
    CHECK(card->symbol == "horse");
    harness.tap("undo");
    const auto after = savedCard(harness.savedProfile(), "likes/animals");
    CHECK((!after || after->symbol.empty()));
    harness.tap("picture-done");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Card);
}

// [SECTION] Own photos

TEST_CASE("The picture browser starts in Pictures and puts a phone photo on a card upright", "[ui][pictures][photos]")
{
    HomeFolder home;
    writeFile(home.pictures() + "/garden.png", pngOf(64, 48));
    writeFile(home.pictures() + "/upright.jpg", jpegTurnedByCamera(80, 40));
    writeFile(home.pictures() + "/notes.txt", "not a picture");
    writeFile(home.pictures() + "/College/cafe.png", pngOf(30, 30));

    Harness harness;
    openCard(harness, "likes", "animals");
    harness.tap("change-picture");
    harness.tap("choose-photo");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Photos);
    CHECK(harness.app->photosScreen().folder() == home.pictures());
    waitForThumbnails(harness);
    CHECK(harness.app->screenMap().findById("photo-file:garden.png"));
    CHECK(harness.app->screenMap().findById("photo-file:upright.jpg"));
    CHECK_FALSE(harness.app->screenMap().findById("photo-file:notes.txt"));
    CHECK(harness.target("photo-file:upright.jpg").label == "upright");

    // Folders are big tiles, and "Up" goes back.
    harness.tap("folder:College");
    CHECK(harness.app->photosScreen().folder() == home.pictures() + "/College");
    waitForThumbnails(harness);
    CHECK(harness.app->screenMap().findById("photo-file:cafe.png"));
    harness.tap("folder-up");
    CHECK(harness.app->photosScreen().folder() == home.pictures());
    waitForThumbnails(harness);

    harness.tap("photo-file:upright.jpg");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Picture);
    CHECK(harness.app->pictureScreen().problem().empty());
    const auto card = savedCard(harness.savedProfile(), "likes/animals");
    REQUIRE(card);
    REQUIRE(card->photo.rfind("photos/", 0) == 0);
    const std::string copied = personFolder(harness) + "/" + card->photo;
    REQUIRE(std::filesystem::exists(copied));
    // Stored 80 x 40 with red on the left; shown upright it is 40 x 80, red on top.
    const Decoded photo = decodeFile(copied);
    CHECK(photo.width == 40);
    CHECK(photo.height == 80);
    CHECK(reddish(photo.at(20, 10)));
    CHECK(bluish(photo.at(20, 70)));
    // The card shows the photo from the person's folder, not a placeholder.
    const std::size_t failuresBefore = harness.app->pictures().failures();
    harness.tap("picture-done");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Card);
    CHECK(harness.app->pictures().failures() == failuresBefore);
}

TEST_CASE("A file dropped onto the window becomes the photo of the card or person on screen", "[ui][pictures][photos]")
{
    TemporaryDataFolder files;
    const std::string png = files.path + "/dropped.png";
    writeFile(png, pngOf(50, 50));

    Harness harness;
    openCard(harness, "likes", "music");
    dropFile(harness, png);
    CHECK(harness.app->currentScreen() == ui::ScreenName::Picture);
    const auto card = savedCard(harness.savedProfile(), "likes/music");
    REQUIRE(card);
    CHECK(std::filesystem::exists(personFolder(harness) + "/" + card->photo));

    // On the person's screen, it is the person's photo.
    harness.tap("picture-done");
    harness.tap("back");
    harness.tap("back");
    harness.tap("back");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Person);
    dropFile(harness, png);
    const core::Profile saved = harness.savedProfile();
    CHECK_FALSE(saved.person.photo.empty());
    CHECK(std::filesystem::exists(personFolder(harness) + "/" + saved.person.photo));
    harness.tap("picture-done");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Person);
    // The people screen shows it.
    harness.tap("back");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::People);
    CHECK(harness.app->people().front().photoPath == personFolder(harness) + "/" + saved.person.photo);
}

TEST_CASE("The person chooses who can see their photo, by pictures, and an employer's copy leaves it out",
          "[ui][pictures][photos][sharing]")
{
    TemporaryDataFolder files;
    const std::string png = files.path + "/me.png";
    writeFile(png, pngOf(40, 40));
    Harness harness;
    harness.tap("person:" + harness.demoId);
    harness.tap("person-photo");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::Picture);
    dropFile(harness, png);
    REQUIRE_FALSE(harness.savedProfile().person.photo.empty());

    // Three choices, everyone lit at first, each saying what it means.
    for (const char* id : {"photo-share-everyone", "photo-share-team", "photo-share-nobody"})
        REQUIRE(harness.app->screenMap().findById(id));
    CHECK(harness.savedProfile().person.photoSharing == core::Sharing::Everyone);
    harness.tap("photo-share-team");
    const core::Profile saved = harness.savedProfile();
    CHECK(saved.person.photoSharing == core::Sharing::Team);
    const auto& said = dynamic_cast<speech::NullSpeaker&>(harness.app->speaker()).said();
    REQUIRE_FALSE(said.empty());
    CHECK(said.back().text == core::sharingWords(core::Sharing::Team).spoken);
    // An employer does not see it; the support team does.
    CHECK(core::profileForReader(saved, core::Reader::Employer).person.photo.empty());
    CHECK(core::profileForReader(saved, core::Reader::Team).person.photo == saved.person.photo);
    harness.tap("undo");
    CHECK(harness.savedProfile().person.photoSharing == core::Sharing::Everyone);
    harness.tap("photo-share-nobody");
    CHECK(core::profileForReader(harness.savedProfile(), core::Reader::Team).person.photo.empty());
}

TEST_CASE("Fake, cut and huge pictures are refused in plain words and nothing changes", "[ui][pictures][photos]")
{
    TemporaryDataFolder files;
    const std::string fake = files.path + "/holiday.jpg";
    writeFile(fake, "This is a letter, not a photo.");
    const std::string huge = files.path + "/huge.png";
    writeFile(huge, hugePngHeader());
    const std::string cut = files.path + "/cut.png";
    writeFile(cut, pngOf(60, 60).substr(0, 80));

    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    Harness harness;
    openCard(harness, "likes", "cooking");
    const std::string before = core::writeProfile(harness.savedProfile());
    const auto photosBefore = std::distance(std::filesystem::directory_iterator(personFolder(harness) + "/photos"),
                                            std::filesystem::directory_iterator());
    for (const std::string& path : {fake, huge, cut}) {
        INFO(path);
        harness.app->showScreen(ui::ScreenName::Card);
        dropFile(harness, path);
        CHECK(harness.app->currentScreen() == ui::ScreenName::Picture);
        const std::string problem = harness.app->pictureScreen().problem();
        CHECK_FALSE(problem.empty());
        for (const auto& found : checker.checkText(problem))
            FAIL_CHECK(found.sentence << " " << found.problem);
        CHECK(core::writeProfile(harness.savedProfile()) == before);
        CHECK_FALSE(harness.app->openProfile()->document().canUndo());
    }
    CHECK(std::distance(std::filesystem::directory_iterator(personFolder(harness) + "/photos"),
                        std::filesystem::directory_iterator())
          == photosBefore);
    CHECK_THAT(harness.app->pictureScreen().problem(), Catch::Contains("photo"));

    // Tapped in the picture browser, a fake is refused the same way, and the browser stays.
    HomeFolder home;
    writeFile(home.pictures() + "/fake.png", "not a png at all");
    harness.app->showScreen(ui::ScreenName::Card);
    harness.tap("change-picture");
    harness.tap("choose-photo");
    harness.app->photosScreen().open();
    harness.settle();
    waitForThumbnails(harness);
    harness.tap("photo-file:fake.png");
    CHECK(harness.app->currentScreen() == ui::ScreenName::Photos);
    CHECK_FALSE(harness.app->pictureScreen().problem().empty());
    CHECK(core::writeProfile(harness.savedProfile()) == before);
}

TEST_CASE("The rotate button turns an own photo a quarter, and undo turns it back", "[ui][pictures][photos]")
{
    TemporaryDataFolder files;
    const std::string png = files.path + "/wide.png";
    writeFile(png, pngOf(60, 30));

    Harness harness;
    openCard(harness, "likes", "animals");
    harness.tap("change-picture");
    CHECK_FALSE(harness.target("rotate-photo").label.empty());
    dropFile(harness, png);
    const std::string first = savedCard(harness.savedProfile(), "likes/animals")->photo;
    const Decoded wide = decodeFile(personFolder(harness) + "/" + first);
    CHECK(wide.width == 60);

    harness.tap("rotate-photo");
    const std::string turned = savedCard(harness.savedProfile(), "likes/animals")->photo;
    CHECK(turned != first);
    const Decoded tall = decodeFile(personFolder(harness) + "/" + turned);
    CHECK(tall.width == 30);
    CHECK(tall.height == 60);
    // A quarter to the right: the left (red) half is now on top.
    CHECK(reddish(tall.at(15, 10)));
    CHECK(bluish(tall.at(15, 50)));

    harness.tap("undo");
    CHECK(savedCard(harness.savedProfile(), "likes/animals")->photo == first);
    harness.tap("redo");
    CHECK(savedCard(harness.savedProfile(), "likes/animals")->photo == turned);
    harness.tap("use-symbol");
    CHECK(savedCard(harness.savedProfile(), "likes/animals")->photo.empty());
}

TEST_CASE("A photo added or turned in the window for a person with a passphrase is sealed on disk",
          "[ui][pictures][privacy][issue-16]")
{
    // Before: picture_screen.cpp saved through the plain file system.
    TemporaryDataFolder files;
    const std::string png = files.path + "/wide.png";
    writeFile(png, pngOf(60, 30));

    Harness harness;
    harness.app->setKeyStrength(core::quickKeyStrengthForTests());
    openCard(harness, "likes", "animals");
    REQUIRE(harness.app->setPassphrase("tall green ladder").empty());
    REQUIRE(harness.app->openPersonHasPassphrase());
    harness.tap("change-picture");
    dropFile(harness, png);
    const core::CardRecord* card = harness.app->openProfile()->profile().findCard("likes/animals");
    REQUIRE(card);
    const std::string first = card->photo;
    REQUIRE_FALSE(first.empty());
    const std::string firstPath = personFolder(harness) + "/" + first;
    CHECK(core::isSealed(core::readWholeFile(firstPath)));
    std::string plain;
    REQUIRE(harness.app->personFiles().readFile(firstPath, plain).ok);
    CHECK(core::readPictureHeader(plain)->width == 60);

    harness.tap("rotate-photo");
    const std::string turned = harness.app->openProfile()->profile().findCard("likes/animals")->photo;
    REQUIRE(turned != first);
    const std::string turnedPath = personFolder(harness) + "/" + turned;
    CHECK(core::isSealed(core::readWholeFile(turnedPath)));
    REQUIRE(harness.app->personFiles().readFile(turnedPath, plain).ok);
    CHECK(core::readPictureHeader(plain)->width == 30);
    // And nothing in the folder is plain.
    for (const auto& path : core::personFiles(core::realFileSystem(), personFolder(harness)))
        CHECK(core::isSealed(core::readWholeFile(path)));
}

// [SECTION] About

TEST_CASE("The About screen gives the OpenMoji credit from the symbols folder", "[ui][about]")
{
    Harness harness;
    harness.tap("about");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::About);
    const core::SymbolIndex* symbols = harness.app->symbolIndex();
    REQUIRE(symbols);
    std::ifstream licence(core::assetPath("symbols/LICENSE.md"));
    const std::string licenceText((std::istreambuf_iterator<char>(licence)), std::istreambuf_iterator<char>());
    CHECK_THAT(licenceText, Catch::Contains("All emojis designed by"));

    std::string all;
    for (const auto& idea : ui::aboutIdeas(symbols))
        all += idea.headline + "\n" + idea.lines + "\n";
    CHECK_THAT(all, Catch::Contains(symbols->attribution()));
    CHECK_THAT(all, Catch::Contains("All emojis designed by OpenMoji"));
    CHECK_THAT(all, Catch::Contains("CC BY-SA 4.0"));
    CHECK_THAT(all, Catch::Contains("GPL-3.0-or-later"));
    CHECK_THAT(all, Catch::Contains("SIL Open Font License"));
    CHECK_THAT(all, Catch::Contains("eSpeak NG"));
    CHECK_THAT(all, Catch::Contains(std::string("Version ") + ui::programVersion()));

    // The words for the person follow easy read.
    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    for (const auto& idea : ui::aboutIdeas(symbols))
        for (const auto& problem : checker.checkText(idea.headline))
            FAIL_CHECK(problem.sentence << " " << problem.problem);
    harness.tap("about-done");
    CHECK(harness.app->currentScreen() == ui::ScreenName::People);
}

TEST_CASE("Every word on the picture screens follows the easy-read rules", "[ui][easy-read][pictures]")
{
    HomeFolder home;
    writeFile(home.pictures() + "/garden.png", pngOf(20, 20));
    writeFile(home.pictures() + "/Holiday/beach.png", pngOf(20, 20));
    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    Harness harness;
    const auto checkScreen = [&] {
        for (const auto& target : harness.app->screenMap().targets()) {
            if (target.id.rfind("picture:", 0) == 0 || target.id.rfind("photo-file:", 0) == 0
                || target.id.rfind("folder:", 0) == 0)
                continue; // names of symbols and files, as they are
            for (const std::string& text : {target.label, target.spoken}) {
                INFO(harness.app->screenMap().screenName() << ": " << text);
                for (const auto& problem : checker.checkText(text))
                    FAIL_CHECK(problem.sentence << " " << problem.problem);
            }
        }
    };
    harness.tap("about");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::About);
    checkScreen();
    harness.tap("back");
    REQUIRE(harness.app->currentScreen() == ui::ScreenName::People);
    harness.tap("person:" + harness.demoId);
    checkScreen();
    harness.tap("person-photo");
    checkScreen();
    harness.tap("choose-photo");
    waitForThumbnails(harness);
    checkScreen();
    harness.tap("back"); // to the picture screen
    harness.tap("back"); // to the person
    harness.tap("back"); // to the people
    openCard(harness, "likes", "cooking");
    checkScreen();
    harness.tap("change-picture");
    checkScreen();
    harness.tap("picture-group:animals");
    checkScreen();
}

// [SECTION] Missing pictures and the cache

TEST_CASE("A missing or broken picture shows a placeholder, is logged once, and never crashes", "[ui][pictures]")
{
    Harness harness;
    {
        core::PersonStore store(harness.data.path);
        core::ProfileFile file = store.fileFor(harness.demoId);
        core::Profile profile = *file.load().profile;
        writeFile(personFolder(harness) + "/photos/broken.jpg", "these bytes are not a photo");
        core::ProfileDocument document(profile, *harness.layouts.find(profile.layoutId));
        // Cooking: a symbol that is not in the library, and a photo that is not a picture.
        document.setCardSymbol("likes", "cooking", "no-such-symbol");
        document.setCardPhoto("likes", "cooking", "photos/broken.jpg");
        REQUIRE(file.save(document.profile()).ok);
    }
    harness.app->openPerson(harness.demoId);
    harness.app->openSection("likes");
    harness.app->showSectionGrid();
    harness.window->requestAnimationFrames(3); // no input came: ask for frames
    harness.settle();
    INFO("on the " << harness.app->screenMap().screenName() << " screen");
    REQUIRE(harness.app->screenMap().findById("card:likes/cooking"));
    const std::size_t failures = harness.app->pictures().failures();
    CHECK(failures >= 2);
    // More frames: nothing new is logged or tried again.
    for (int frame = 0; frame < 5; ++frame) {
        harness.window->injectPointerMove(10.0f + frame, 10.0f);
        harness.settle();
    }
    CHECK(harness.app->pictures().failures() == failures);

    // The placeholder is drawn: the danger colour of its cross is in the card's picture.
    TemporaryDataFolder shots;
    std::string error;
    REQUIRE(harness.window->savePng(shots.path + "/section.png", error));
    const Decoded shot = decodeFile(shots.path + "/section.png");
    const ui::ScreenTarget& card = harness.target("card:likes/cooking");
    const ui::Color danger = harness.window->theme().danger;
    int dangerPixels = 0;
    for (int y = static_cast<int>(card.y); y < static_cast<int>(card.y + card.height) && y < shot.height; ++y)
        for (int x = static_cast<int>(card.x); x < static_cast<int>(card.x + card.width) && x < shot.width; ++x) {
            const unsigned char* p = shot.at(x, y);
            if (std::abs(p[0] - danger.red) < 30 && std::abs(p[1] - danger.green) < 30
                && std::abs(p[2] - danger.blue) < 30)
                ++dangerPixels;
        }
    CHECK(dangerPixels > 20);
}

TEST_CASE("The picture cache stays under its limit while every symbol is loaded", "[ui][pictures]")
{
    Harness harness;
    const core::SymbolIndex* symbols = harness.app->symbolIndex();
    REQUIRE(symbols);
    constexpr std::size_t kLimit = 8u * 1024u * 1024u; // about 32 large symbols
    ui::PictureCache cache(harness.window->sdlRenderer(), kLimit);
    std::size_t shown = 0;
    for (const auto& symbol : symbols->symbols()) {
        if (cache.symbol(symbol.id))
            ++shown;
        REQUIRE(cache.bytesInUse() <= cache.byteLimit());
    }
    CHECK(shown == symbols->size());
    CHECK(cache.bytesInUse() > kLimit / 2); // it was used, not left empty
    CHECK(cache.failures() == 0);
    // The least recently used went first; the newest is still there.
    CHECK(cache.symbol(symbols->symbols().back().id));
}

TEST_CASE("The window refuses a picture on disk that is huge or damaged, before decoding it", "[ui][pictures]")
{
    // A folder copied from a memory stick may hold pictures the import never
    // saw: the window checks them as the import does.
    Harness harness;
    TemporaryDataFolder folder;
    const std::string huge = folder.path + "/huge.png";
    const std::string damaged = folder.path + "/damaged.jpg";
    const std::string good = folder.path + "/good.png";
    writeFile(huge, hugePngHeader());
    writeFile(damaged, core::readWholeFile(core::assetPath("fuzz/regressions/image_import/"
                                                           "jpeg-huffman-table-over-256-codes.jpg")));
    writeFile(good, pngOf(40, 30));
    ui::PictureCache cache(harness.window->sdlRenderer(), 1u << 20);
    CHECK_FALSE(cache.file(huge));
    CHECK_FALSE(cache.file(damaged));
    CHECK_FALSE(cache.file(folder.path + "/not-there.png"));
    CHECK(cache.failures() == 3);
    const ui::Picture picture = cache.file(good);
    REQUIRE(picture);
    CHECK(picture.width == 40);
    CHECK(picture.height == 30);
    CHECK(cache.bytesInUse() <= cache.byteLimit());
}
