// Tests of the window, driven headless: SDL's offscreen video driver, the
// software renderer, and input injected as SDL events.
// Set RIGHTJOB_KEEP_SCREENSHOTS=DIR to keep the PNGs these tests write.

#include "ui/platform/window.h"

#include <catch2/catch.hpp>

#include <SDL.h>
#include <stb_image.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace rightjob::ui;
using namespace std::chrono_literals;

namespace {

// Runs with no display unless the person running the tests chose a driver
// (SDL_VIDEODRIVER=x11 shows the windows, which helps when debugging).
void useOffscreenDriversUnlessChosen()
{
    setenv("SDL_VIDEODRIVER", "offscreen", 0);
    setenv("SDL_AUDIODRIVER", "dummy", 0);
}

// A fresh folder for the test's files, removed afterwards unless
// RIGHTJOB_KEEP_SCREENSHOTS names a folder to keep them in.
class ScreenshotFolder {
public:
    ScreenshotFolder()
    {
        if (const char* keep = std::getenv("RIGHTJOB_KEEP_SCREENSHOTS")) {
            m_path = keep;
            std::filesystem::create_directories(m_path);
            return;
        }
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("rightjob-ui-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
        m_remove = true;
    }
    ~ScreenshotFolder()
    {
        std::error_code ignored;
        if (m_remove)
            std::filesystem::remove_all(m_path, ignored);
    }
    ScreenshotFolder(const ScreenshotFolder&) = delete;
    ScreenshotFolder& operator=(const ScreenshotFolder&) = delete;

    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
    bool m_remove = false;
};

WindowOptions headlessOptions(int width, int height)
{
    useOffscreenDriversUnlessChosen();
    WindowOptions options;
    options.title = "Right Job test";
    options.width = width;
    options.height = height;
    options.mode = WindowMode::Headless;
    return options;
}

// A screen with one big button, as a screen would draw it; its view state
// lives here, not in static locals.
struct HelloScreen {
    int presses = 0;
    ImVec2 buttonMin;
    ImVec2 buttonMax;

    void draw(const Window& window)
    {
        const Scaling& scaling = window.scaling();
        const ImGuiIO& io = ImGui::GetIO();
        ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("##hello", nullptr,
            ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
                | ImGuiWindowFlags_NoBringToFrontOnFocus);
        ImGui::PushFont(window.headingFont());
        ImGui::TextUnformatted("Right Job \xE2\x80\x9C" "caf\xC3\xA9" "\xE2\x80\x9D \xE2\x80\x93 \xC2\xA3" "5 \xE2\x82\xAC" "5\xE2\x80\xA6");
        ImGui::PopFont();
        if (ImGui::Button("Hello", ImVec2(scaling.targetPixels(8.0f), scaling.targetPixels(3.0f))))
            ++presses;
        buttonMin = ImGui::GetItemRectMin();
        buttonMax = ImGui::GetItemRectMax();
        ImGui::PushFont(window.boldFont());
        ImGui::TextUnformatted("Bold words");
        ImGui::PopFont();
        ImGui::TextUnformatted("Body text for reading.");
        ImGui::End();
    }

    ImVec2 buttonCentre() const { return ImVec2((buttonMin.x + buttonMax.x) / 2, (buttonMin.y + buttonMax.y) / 2); }
};

// Takes the queued events and draws frames until the window has nothing
// more to draw; returns how many frames that took.
int drawUntilIdle(Window& window, HelloScreen& screen)
{
    const std::uint64_t framesBefore = window.framesDrawn();
    int turns = 0;
    do {
        REQUIRE(window.runLoopOnce(WaitPolicy::noWait(), [&] { screen.draw(window); }));
    } while (++turns < 50 && window.frameDue());
    REQUIRE_FALSE(window.frameDue());
    return static_cast<int>(window.framesDrawn() - framesBefore);
}

struct LoadedPicture {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;
};

LoadedPicture loadPng(const std::string& path)
{
    LoadedPicture picture;
    int channels = 0;
    unsigned char* pixels = stbi_load(path.c_str(), &picture.width, &picture.height, &channels, 4);
    REQUIRE(pixels != nullptr);
    picture.rgba.assign(pixels, pixels + static_cast<std::size_t>(picture.width) * picture.height * 4);
    stbi_image_free(pixels);
    return picture;
}

double shareOfPixelsNotColored(const LoadedPicture& picture, Color color)
{
    std::size_t differing = 0;
    const std::size_t count = picture.rgba.size() / 4;
    for (std::size_t index = 0; index < count; ++index) {
        const unsigned char* pixel = &picture.rgba[index * 4];
        if (pixel[0] != color.red || pixel[1] != color.green || pixel[2] != color.blue)
            ++differing;
    }
    return count == 0 ? 0.0 : static_cast<double>(differing) / static_cast<double>(count);
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST_CASE("A headless window draws a themed button and saves it as a PNG", "[ui]")
{
    const ThemeSet themes = loadShippedThemes();
    const std::string themeId = GENERATE(as<std::string>{}, "standard", "high_contrast", "dark", "cream");
    const Theme& theme = *themes.find(themeId);

    Window window(headlessOptions(640, 480));
    CHECK(window.fontProblem().empty());
    window.setTheme(theme);
    HelloScreen screen;
    drawUntilIdle(window, screen);

    ScreenshotFolder folder;
    const std::string path = folder.file("hello-" + themeId + ".png");
    std::string error;
    REQUIRE(window.savePng(path, error));
    CHECK(error.empty());

    const LoadedPicture picture = loadPng(path);
    CHECK(picture.width == 640);
    CHECK(picture.height == 480);
    CHECK(shareOfPixelsNotColored(picture, theme.background) > 0.01);
    // The button's face is a card with a border, somewhere on the screen.
    CHECK(shareOfPixelsNotColored(picture, theme.card) < 1.0);
}

TEST_CASE("A screenshot needs a finished frame", "[ui]")
{
    Window window(headlessOptions(320, 240));
    std::string error;
    CHECK_FALSE(window.savePng("/nonexistent/never.png", error));
    CHECK_THAT(error, Catch::Contains("no finished frame"));

    HelloScreen screen;
    drawUntilIdle(window, screen);
    CHECK_FALSE(window.savePng("/nonexistent/folder/shot.png", error));
    CHECK_THAT(error, Catch::Contains("/nonexistent/folder/shot.png"));
}

TEST_CASE("A resized window gives a screenshot of the new size", "[ui]")
{
    Window window(headlessOptions(640, 480));
    HelloScreen screen;
    drawUntilIdle(window, screen);
    window.setSize(800, 600);
    CHECK(window.frameDue());
    drawUntilIdle(window, screen);

    ScreenshotFolder folder;
    std::string error;
    REQUIRE(window.savePng(folder.file("resized.png"), error));
    const LoadedPicture picture = loadPng(folder.file("resized.png"));
    CHECK(picture.width == 800);
    CHECK(picture.height == 600);
}

TEST_CASE("An idle window sleeps and draws nothing", "[ui]")
{
    Window window(headlessOptions(640, 480));
    HelloScreen screen;
    CHECK(drawUntilIdle(window, screen) >= 1);
    const std::uint64_t framesBefore = window.framesDrawn();

    SECTION("one wait of 200 ms")
    {
        const auto start = std::chrono::steady_clock::now();
        CHECK(window.runLoopOnce(WaitPolicy::atMost(200ms), [&] { screen.draw(window); }));
        CHECK(secondsSince(start) >= 0.18);
        CHECK(window.framesDrawn() == framesBefore);
        CHECK_FALSE(window.frameDue());
    }
    SECTION("two seconds of waiting wake the loop only when its limit comes, and draw nothing")
    {
        const std::uint64_t wakeUpsBefore = window.wakeUps();
        const auto start = std::chrono::steady_clock::now();
        const std::clock_t processorStart = std::clock();
        for (int turn = 0; turn < 2; ++turn)
            CHECK(window.runLoopOnce(WaitPolicy::atMost(1000ms), [&] { screen.draw(window); }));
        const double processorSeconds = static_cast<double>(std::clock() - processorStart) / CLOCKS_PER_SEC;
        CHECK(secondsSince(start) >= 1.9);
        CHECK(window.framesDrawn() == framesBefore);
        // One wake-up a turn (two if the clock's tick falls just short), not
        // one a millisecond as SDL's own wait does with the offscreen driver.
        CHECK(window.wakeUps() - wakeUpsBefore >= 2);
        CHECK(window.wakeUps() - wakeUpsBefore <= 4);
        CHECK(processorSeconds < 0.3);
    }
    SECTION("waiting with no limit sleeps until another thread pushes an event")
    {
        const std::uint64_t wakeUpsBefore = window.wakeUps();
        std::thread pusher([&] {
            std::this_thread::sleep_for(300ms);
            SDL_Event event{};
            event.type = SDL_USEREVENT;
            window.pushEvent(event);
        });
        const auto start = std::chrono::steady_clock::now();
        CHECK(window.runLoopOnce(WaitPolicy::untilEvent(), [&] { screen.draw(window); }));
        const double waited = secondsSince(start);
        pusher.join();
        CHECK(waited >= 0.25);
        CHECK(waited < 5.0);
        // Woken once by the event (or once more by the longest sleep, 1 s,
        // on a very busy machine), and the event brought a frame.
        CHECK(window.wakeUps() - wakeUpsBefore <= 2);
        CHECK(window.framesDrawn() == framesBefore + 1);
    }
}

TEST_CASE("Input wakes the loop, which draws a few frames and sleeps again", "[ui]")
{
    Window window(headlessOptions(640, 480));
    HelloScreen screen;
    drawUntilIdle(window, screen);
    const std::uint64_t framesBefore = window.framesDrawn();

    window.injectPointerMove(10.0f, 10.0f);
    const auto start = std::chrono::steady_clock::now();
    CHECK(window.runLoopOnce(WaitPolicy::atMost(2000ms), [&] { screen.draw(window); }));
    CHECK(secondsSince(start) < 1.0);
    CHECK(window.framesDrawn() == framesBefore + 1);

    const int settleFrames = drawUntilIdle(window, screen);
    CHECK(settleFrames >= 1);
    CHECK(settleFrames <= 5);
}

TEST_CASE("A click or a tap on a button presses it once", "[ui]")
{
    const PointerKind kind = GENERATE(PointerKind::Mouse, PointerKind::Finger);
    Window window(headlessOptions(640, 480));
    HelloScreen screen;
    drawUntilIdle(window, screen);
    REQUIRE(screen.buttonMax.x > screen.buttonMin.x);

    const ImVec2 centre = screen.buttonCentre();
    window.injectTap(centre.x, centre.y, kind);
    drawUntilIdle(window, screen);
    CHECK(screen.presses == 1);

    // A tap beside the button does nothing.
    window.injectTap(screen.buttonMax.x + 40.0f, screen.buttonMax.y + 40.0f, kind);
    drawUntilIdle(window, screen);
    CHECK(screen.presses == 1);
}

TEST_CASE("A finger that lifts leaves nothing hovered", "[ui]")
{
    Window window(headlessOptions(640, 480));
    HelloScreen screen;
    drawUntilIdle(window, screen);
    const ImVec2 centre = screen.buttonCentre();
    window.injectTap(centre.x, centre.y, PointerKind::Finger);
    drawUntilIdle(window, screen);
    CHECK(screen.presses == 1);
    CHECK_FALSE(ImGui::IsMousePosValid());
}

TEST_CASE("A pressed and released key is seen by a frame", "[ui]")
{
    Window window(headlessOptions(320, 240));
    int spacePresses = 0;
    const auto draw = [&] {
        if (ImGui::IsKeyPressed(SDL_SCANCODE_SPACE, false))
            ++spacePresses;
    };
    const auto drawUntilIdle = [&] {
        int turns = 0;
        do {
            window.runLoopOnce(WaitPolicy::noWait(), draw);
        } while (++turns < 50 && window.frameDue());
    };
    drawUntilIdle();
    window.injectKey(SDL_SCANCODE_SPACE);
    drawUntilIdle();
    CHECK(spacePresses == 1);
}

TEST_CASE("Requested frames come when asked and then stop", "[ui]")
{
    Window window(headlessOptions(320, 240));
    HelloScreen screen;
    drawUntilIdle(window, screen);
    const auto draw = [&] { screen.draw(window); };

    SECTION("a redraw for 200 ms draws at about 60 frames a second, not flat out")
    {
        const std::uint64_t framesBefore = window.framesDrawn();
        window.requestRedrawFor(200ms);
        const auto start = std::chrono::steady_clock::now();
        while (secondsSince(start) < 0.5)
            window.runLoopOnce(WaitPolicy::atMost(50ms), draw);
        const std::uint64_t frames = window.framesDrawn() - framesBefore;
        CHECK(frames >= 5);
        CHECK(frames <= 20);
        CHECK_FALSE(window.frameDue());
    }
    SECTION("a frame after 100 ms wakes a sleeping loop once")
    {
        const std::uint64_t framesBefore = window.framesDrawn();
        window.requestFrameAfter(100ms);
        CHECK_FALSE(window.frameDue());
        const auto start = std::chrono::steady_clock::now();
        window.runLoopOnce(WaitPolicy::atMost(2000ms), draw);
        CHECK(secondsSince(start) >= 0.09);
        CHECK(secondsSince(start) < 1.0);
        CHECK(window.framesDrawn() == framesBefore + 1);
        CHECK_FALSE(window.frameDue());
    }
    SECTION("a timed frame that asks for the next one while drawing keeps the chain going, sleeping between")
    {
        // As one-switch scanning does: each step's frame asks for the next step.
        std::vector<double> drawnAt;
        const auto start = std::chrono::steady_clock::now();
        const auto stepping = [&] {
            screen.draw(window);
            drawnAt.push_back(secondsSince(start));
            window.requestFrameAfter(150ms);
        };
        window.requestFrameAfter(150ms);
        const std::uint64_t wakeUpsBefore = window.wakeUps();
        while (secondsSince(start) < 1.0)
            window.runLoopOnce(WaitPolicy::atMost(400ms), stepping); // a lost wake-up sleeps the whole 400 ms
        // About 6 steps of 150 ms in one second, one frame each, none lost.
        CHECK(drawnAt.size() >= 5);
        CHECK(drawnAt.size() <= 8);
        for (std::size_t i = 1; i < drawnAt.size(); ++i)
            CHECK(drawnAt[i] - drawnAt[i - 1] < 0.3);
        CHECK(window.wakeUps() - wakeUpsBefore <= 3 * drawnAt.size());
    }
    SECTION("animation frames are counted")
    {
        const std::uint64_t framesBefore = window.framesDrawn();
        window.requestAnimationFrames(4);
        for (int turn = 0; turn < 10; ++turn)
            window.runLoopOnce(WaitPolicy::noWait(), draw);
        CHECK(window.framesDrawn() == framesBefore + 4);
    }
}

TEST_CASE("Quitting stops the loop", "[ui]")
{
    Window window(headlessOptions(320, 240));
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    REQUIRE(window.pushEvent(quit));
    CHECK_FALSE(window.runLoopOnce(WaitPolicy::atMost(1000ms), [] {}));
    CHECK_FALSE(window.processEvents(WaitPolicy::noWait()));
}

TEST_CASE("Fonts are rebuilt for a larger text size and another typeface", "[ui]")
{
    Window window(headlessOptions(640, 480));
    HelloScreen screen;
    drawUntilIdle(window, screen);
    REQUIRE(window.bodyFont() != nullptr);
    CHECK(window.bodyFont()->FontSize == Approx(26.0f));
    CHECK(window.headingFont()->FontSize > window.bodyFont()->FontSize);
    const float buttonWidthBefore = screen.buttonMax.x - screen.buttonMin.x;

    FontChoice dyslexia;
    dyslexia.family = FontFamily::OpenDyslexic;
    window.rebuildFonts(dyslexia, 2.0f);
    CHECK(window.scaling().em() == Approx(52.0f));
    CHECK(window.frameDue());
    drawUntilIdle(window, screen);

    CHECK(window.fontProblem().empty());
    CHECK(window.bodyFont()->FontSize == Approx(52.0f));
    CHECK(ImGui::GetStyle().FramePadding.y == Approx(window.scaling().toPixels(0.4f)));
    CHECK(screen.buttonMax.x - screen.buttonMin.x == Approx(buttonWidthBefore * 2.0f));
    // The fonts hold the punctuation and currency signs easy-read text uses.
    for (ImWchar character : {0x2019, 0x201C, 0x2013, 0x2026, 0x20AC, 0x00A3, 0x0175})
        CHECK(window.bodyFont()->FindGlyphNoFallback(character) != nullptr);

    ScreenshotFolder folder;
    std::string error;
    CHECK(window.savePng(folder.file("hello-opendyslexic-200.png"), error));
}

TEST_CASE("A missing font folder falls back to the system fonts", "[ui]")
{
    WindowOptions options = headlessOptions(320, 240);
    options.fonts.searchFolders = {"/nonexistent/fonts"};
    Window window(options);
    CHECK(window.fontProblem().empty());
}
