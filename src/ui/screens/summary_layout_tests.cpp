// The summary screen's layout sums, with no window: columns, and printed
// pages cut into screen pages that fit.

#include "ui/screens/summary_layout.h"

#include <catch2/catch.hpp>

using namespace rightjob::ui;

namespace {

std::vector<BlockHeight> blocks(std::initializer_list<float> heights, float spaceBefore = 0)
{
    std::vector<BlockHeight> out;
    for (const float height : heights)
        out.push_back({spaceBefore, height});
    return out;
}

} // namespace

TEST_CASE("The controls go beside the page only when the page keeps 26 em", "[ui][summary][layout]")
{
    const float em = 20;
    const SummaryColumns wide = summaryColumns(1280, em);
    CHECK(wide.sideBySide);
    CHECK(wide.pageWidth <= 38 * em);
    CHECK(wide.pageWidth + wide.columnWidth + 0.75f * em <= 1280);
    const SummaryColumns narrow = summaryColumns(760, em);
    CHECK_FALSE(narrow.sideBySide);
    CHECK(narrow.pageWidth == 760);
    // The same window at twice the text size stacks them.
    CHECK_FALSE(summaryColumns(1280, 2 * em).sideBySide);
}

TEST_CASE("A printed page that fits stays one screen page", "[ui][summary][layout]")
{
    const auto pages = fitPagesToScreen({blocks({100, 100, 100}), blocks({50})}, 40, 400);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].printedPage == 0);
    CHECK(pages[0].firstBlock == 0);
    CHECK(pages[0].endBlock == 3);
    CHECK(pages[0].parts == 1);
    CHECK(screenPageNumber("Page 1 of 2", pages[0]) == "Page 1 of 2");
    CHECK(pages[1].printedPage == 1);
}

TEST_CASE("A printed page taller than the room is cut between blocks, each part fitting", "[ui][summary][layout]")
{
    const std::vector<std::vector<BlockHeight>> printed = {blocks({100, 100, 100, 100, 100}, 20), blocks({60, 60})};
    const float frame = 40;
    const float room = 300;
    const auto pages = fitPagesToScreen(printed, frame, room);
    REQUIRE(pages.size() == 4);
    // Every block once, in order, and each screen page fits the room.
    std::size_t printedPage = 0;
    std::size_t nextBlock = 0;
    for (const ScreenPage& page : pages) {
        if (page.printedPage != printedPage) {
            CHECK(nextBlock == printed[printedPage].size());
            printedPage = page.printedPage;
            nextBlock = 0;
        }
        CHECK(page.firstBlock == nextBlock);
        float height = frame;
        for (std::size_t block = page.firstBlock; block < page.endBlock; ++block)
            height += (block == page.firstBlock ? 0 : printed[printedPage][block].spaceBefore)
                      + printed[printedPage][block].height;
        CHECK(height <= room);
        nextBlock = page.endBlock;
    }
    CHECK(pages[0].parts == 3);
    CHECK(pages[2].part == 3);
    CHECK(screenPageNumber("Page 1 of 2", pages[1]) == "Page 1 of 2, part 2 of 3");
    CHECK(pages[3].parts == 1);
}

TEST_CASE("A block taller than the room has a screen page of its own", "[ui][summary][layout]")
{
    const auto pages = fitPagesToScreen({blocks({50, 900, 50})}, 10, 300);
    REQUIRE(pages.size() == 3);
    CHECK(pages[1].firstBlock == 1);
    CHECK(pages[1].endBlock == 2);
}

TEST_CASE("After a resize the reader stays on the screen page holding the same words", "[ui][summary][layout]")
{
    const auto pages = fitPagesToScreen({blocks({100, 100, 100, 100}), blocks({100, 100})}, 0, 250);
    REQUIRE(pages.size() == 3);
    CHECK(screenPageHolding(pages, 0, 0) == 0);
    CHECK(screenPageHolding(pages, 0, 3) == 1);
    CHECK(screenPageHolding(pages, 1, 1) == 2);
    CHECK(screenPageHolding(pages, 7, 0) == 2); // past the end: the last page
}
