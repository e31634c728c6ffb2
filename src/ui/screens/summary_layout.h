// The summary screen's layout as pure sums, apart from drawing: whether the
// controls sit beside the page or above it, and how each printed page is
// cut into screen pages that fit the window, so the page buttons and the
// whole page are always in sight together at any window and text size.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace rightjob::ui {

// Where the page and the controls go across the window.
struct SummaryColumns {
    bool sideBySide = false; // the controls in a column beside the page; else above it
    float pageWidth = 0;
    float columnWidth = 0; // the controls' column, when side by side
};

// The columns for a content area available pixels wide, with em the text's em.
// Side by side when the page keeps at least 26 em beside a 12 em column;
// the page is never wider than 38 em (lines stay short enough to read).
SummaryColumns summaryColumns(float available, float em);

// One block of a printed page as the screen measures it.
struct BlockHeight {
    float spaceBefore = 0; // the gap above it, left out at the top of a screen page
    float height = 0;      // its row and the gap below it
};

// A run of one printed page's blocks shown as one page on screen.
struct ScreenPage {
    std::size_t printedPage = 0;
    std::size_t firstBlock = 0;
    std::size_t endBlock = 0; // one past the last block
    int part = 1;             // which part of its printed page, from 1
    int parts = 1;            // how many parts its printed page has on screen
};

// Cuts each printed page (its blocks' heights, in order) into as few screen
// pages as fit room, where frame is the height a page takes besides its
// blocks (margins and the page number). Blocks stay whole and in order; a
// block taller than room on its own is a screen page of its own. Every
// block of every printed page is on exactly one screen page; a printed page
// with no blocks is one empty screen page.
std::vector<ScreenPage> fitPagesToScreen(const std::vector<std::vector<BlockHeight>>& printedPages, float frame,
                                         float room);

// The screen page showing block `block` of printed page `printedPage`, so
// the reader stays on the same words when the window or text size changes.
std::size_t screenPageHolding(const std::vector<ScreenPage>& pages, std::size_t printedPage, std::size_t block);

// "Page 2 of 9" as printed, with ", part 1 of 2" when the printed page takes
// more than one page on screen.
std::string screenPageNumber(const std::string& printedNumber, const ScreenPage& page);

} // namespace rightjob::ui
