// The shapes path (DrawPath::Shapes) must put the same pixels on the screen
// as ImGui's own backend, which hands every triangle to SDL_RenderGeometry
// (DrawPath::Triangles): the same frame is drawn both ways and compared.
// Set RIGHTJOB_KEEP_SCREENSHOTS=DIR to keep both pictures of each screen.
//
// How close is close enough: the shapes path follows SDL's own rule for
// which pixels a triangle covers (corners on the pixel grid, centres inside,
// top and left edges in), and on Debian 12's SDL 2.26 every screen below
// matches exactly. A pixel on a shape's edge may still be taken by one and
// not the other where snapping the corners to the grid bends a shape out of
// convex; such a pixel is on an anti-aliased edge, which ImGui's fringe
// softens either way. So:
// - no more than kMostEdgePixels of the picture may differ by more than kSameLevels;
// - no 3 x 3 block may differ by more than kMostBlockLevels on average, so
//   a whole missing line, corner, letter or shape fails even when it is thin;
// - and the picture is not blank (both paths drawing nothing would match).

#include "ui/platform/window.h"
#include "ui/test_harness.h"

#include <catch2/catch.hpp>

#include <SDL.h>
#include <stb_image_write.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

using namespace rightjob;
using namespace rightjob::ui;

namespace {

constexpr int kSameLevels = 24;            // of 255, in any one channel
constexpr double kMostEdgePixels = 0.001;  // 0.1% of the picture
constexpr double kMostBlockLevels = 48.0;  // mean of the largest channel difference over 3 x 3 pixels

struct FramePixels {
    std::vector<unsigned char> rgba;
    int width = 0;
    int height = 0;
};

FramePixels readFrame(Window& window, DrawPath path)
{
    window.setDrawPath(path);
    FramePixels picture;
    std::string error;
    INFO(error);
    REQUIRE(window.readPixels(picture.rgba, picture.width, picture.height, error));
    window.setDrawPath(DrawPath::Shapes);
    return picture;
}

int channelDifference(const FramePixels& a, const FramePixels& b, int x, int y)
{
    const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(a.width) + static_cast<std::size_t>(x)) * 4;
    int largest = 0;
    for (std::size_t channel = 0; channel < 3; ++channel)
        largest = std::max(largest, std::abs(static_cast<int>(a.rgba[at + channel]) - static_cast<int>(b.rgba[at + channel])));
    return largest;
}

std::size_t distinctColours(const FramePixels& picture)
{
    std::set<std::uint32_t> colours;
    for (std::size_t at = 0; at + 3 < picture.rgba.size() && colours.size() < 1000; at += 4 * 7)
        colours.insert(static_cast<std::uint32_t>(picture.rgba[at]) << 16 | picture.rgba[at + 1] << 8 | picture.rgba[at + 2]);
    return colours.size();
}

struct Comparison {
    double shareDiffering = 0; // of pixels differing by more than kSameLevels
    double worstBlock = 0;     // the largest 3 x 3 mean difference
    int worstPixel = 0;
};

Comparison compare(const FramePixels& a, const FramePixels& b)
{
    REQUIRE(a.width == b.width);
    REQUIRE(a.height == b.height);
    Comparison result;
    std::vector<int> difference(static_cast<std::size_t>(a.width) * static_cast<std::size_t>(a.height));
    std::size_t differing = 0;
    for (int y = 0; y < a.height; ++y) {
        for (int x = 0; x < a.width; ++x) {
            const int value = channelDifference(a, b, x, y);
            difference[static_cast<std::size_t>(y) * static_cast<std::size_t>(a.width) + static_cast<std::size_t>(x)] = value;
            result.worstPixel = std::max(result.worstPixel, value);
            if (value > kSameLevels)
                ++differing;
        }
    }
    for (int y = 1; y + 1 < a.height; ++y) {
        for (int x = 1; x + 1 < a.width; ++x) {
            int sum = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    sum += difference[static_cast<std::size_t>(y + dy) * static_cast<std::size_t>(a.width)
                                      + static_cast<std::size_t>(x + dx)];
            result.worstBlock = std::max(result.worstBlock, sum / 9.0);
        }
    }
    result.shareDiffering = static_cast<double>(differing) / static_cast<double>(difference.size());
    return result;
}

void keep(const FramePixels& picture, const std::string& name)
{
    const char* folder = std::getenv("RIGHTJOB_KEEP_SCREENSHOTS");
    if (folder == nullptr)
        return;
    std::filesystem::create_directories(folder);
    const std::string path = std::string(folder) + "/" + name + ".png";
    stbi_write_png(path.c_str(), picture.width, picture.height, 4, picture.rgba.data(), picture.width * 4);
}

// Draws the frame both ways and checks they match closely (see the top of this file).
void checkBothPathsMatch(Window& window, const std::string& name)
{
    const FramePixels triangles = readFrame(window, DrawPath::Triangles);
    const FramePixels shapes = readFrame(window, DrawPath::Shapes);
    keep(triangles, name + "-triangles");
    keep(shapes, name + "-shapes");
    const Comparison comparison = compare(triangles, shapes);
    const DrawCounts counts = window.drawCounts(); // of the shapes path, drawn last
    CHECK(counts.filledRectangles + counts.copies + counts.convexShapes > 0);
    INFO(name << ": " << comparison.shareDiffering * 100 << "% of pixels differ by more than " << kSameLevels
              << "; worst 3x3 block " << comparison.worstBlock << "; worst pixel " << comparison.worstPixel);
    CHECK(distinctColours(triangles) > 8);
    CHECK(comparison.shareDiffering <= kMostEdgePixels);
    CHECK(comparison.worstBlock <= kMostBlockLevels);
}

void useTheme(testing::Harness& harness, const std::string& themeId)
{
    core::Settings settings = harness.app->settings();
    settings.themeId = themeId;
    harness.app->changeSettings(settings);
    harness.settle();
}

} // namespace

TEST_CASE("The shapes path draws what SDL_RenderGeometry draws, on real screens", "[ui]")
{
    for (const auto& [width, height] : {std::pair{1280, 800}, std::pair{800, 1280}}) {
        const std::string size = std::to_string(width) + "x" + std::to_string(height);
        testing::Harness harness(width, height);
        checkBothPathsMatch(*harness.window, "people-" + size);

        harness.tap("person:" + harness.demoId);
        checkBothPathsMatch(*harness.window, "person-" + size);

        harness.app->openSection("likes");
        harness.app->showSectionGrid();
        harness.settle();
        checkBothPathsMatch(*harness.window, "section-" + size);
        // The cards really went the fast ways: rounded cards as shapes, letters and pictures as copies.
        CHECK(harness.window->drawCounts().convexShapes >= 10);
        CHECK(harness.window->drawCounts().copies >= 100);
        harness.wheel(-2); // scrolled part way: cards cut by the clip rectangle
        checkBothPathsMatch(*harness.window, "section-scrolled-" + size);

        for (const std::string theme : {"high_contrast", "dark", "cream"}) {
            useTheme(harness, theme);
            checkBothPathsMatch(*harness.window, "section-" + theme + "-" + size);
        }
        useTheme(harness, "standard");

        harness.app->showScreen(ScreenName::Settings);
        harness.settle();
        checkBothPathsMatch(*harness.window, "settings-" + size);
    }
}

TEST_CASE("The shapes path keeps the painter's order, clip rectangles and see-through colours", "[ui]")
{
    setenv("SDL_VIDEODRIVER", "offscreen", 0);
    WindowOptions options;
    options.mode = WindowMode::Headless;
    options.width = 400;
    options.height = 300;
    Window window(options);
    window.beginFrame();
    ImDrawList* drawList = ImGui::GetForegroundDrawList();
    // Overlapping see-through shapes: the order shows in every overlap.
    drawList->AddRectFilled(ImVec2(10, 10), ImVec2(200, 150), IM_COL32(200, 30, 30, 255), 24.0f);
    drawList->AddCircleFilled(ImVec2(150, 120), 70.0f, IM_COL32(30, 30, 220, 140), 48);
    drawList->AddRectFilled(ImVec2(120.5f, 60.25f), ImVec2(330.75f, 200.5f), IM_COL32(20, 180, 40, 160), 17.0f);
    drawList->AddRectFilled(ImVec2(40, 170), ImVec2(120, 290), IM_COL32(250, 200, 0, 90)); // plain rectangle, blended
    drawList->AddRect(ImVec2(30, 160), ImVec2(380, 295), IM_COL32(0, 0, 0, 255), 12.0f, 0, 3.0f);
    drawList->AddTriangleFilled(ImVec2(300, 20), ImVec2(390, 40), ImVec2(320, 140), IM_COL32(120, 0, 120, 255));
    drawList->AddText(ImVec2(20, 200), IM_COL32(0, 0, 0, 255), "Clip and order");
    // A clip rectangle that cuts shapes, letters and a line in half.
    drawList->PushClipRect(ImVec2(200, 150), ImVec2(300, 260));
    drawList->AddRectFilled(ImVec2(150, 100), ImVec2(350, 300), IM_COL32(0, 120, 200, 255), 30.0f);
    drawList->AddText(ImVec2(180, 230), IM_COL32(255, 255, 255, 255), "Half shown");
    drawList->AddLine(ImVec2(150, 150), ImVec2(350, 260), IM_COL32(255, 255, 255, 255), 4.0f);
    drawList->PopClipRect();
    window.endFrame();

    checkBothPathsMatch(window, "shapes");
    // The rounded cards and the circle as convex shapes, the yellow and the
    // clipped rectangle's middle as fills, the letters as copies; the
    // triangle, the line and the anti-aliased edges as triangles.
    const DrawCounts counts = window.drawCounts();
    CHECK(counts.convexShapes >= 4);
    CHECK(counts.filledRectangles >= 1);
    CHECK(counts.copies >= 20);
    CHECK(counts.triangles >= 1);

    // The shapes really are there: the blue circle's see-through fill over
    // the red card, in the red card's corner, outside the clip rectangle.
    const FramePixels shapes = readFrame(window, DrawPath::Shapes);
    const auto pixel = [&](int x, int y) {
        const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(shapes.width) + static_cast<std::size_t>(x)) * 4;
        return std::array<int, 3>{shapes.rgba[at], shapes.rgba[at + 1], shapes.rgba[at + 2]};
    };
    const auto overlap = pixel(100, 100);
    CHECK(overlap[0] > 60);   // red under
    CHECK(overlap[2] > 100);  // blue over
    const auto clipped = pixel(190, 230); // the blue card is here, but left of its clip rectangle
    CHECK(clipped != std::array<int, 3>{0, 120, 200});
    const auto clippedInside = pixel(210, 160);
    CHECK(clippedInside == std::array<int, 3>{0, 120, 200});
    const auto corner = pixel(11, 11); // cut off by the card's rounding
    CHECK(corner != std::array<int, 3>{200, 30, 30});
}
