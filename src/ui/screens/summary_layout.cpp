#include "ui/screens/summary_layout.h"

#include <algorithm>
#include <cassert>

namespace rightjob::ui {

SummaryColumns summaryColumns(float available, float em)
{
    SummaryColumns columns;
    const float gap = 0.75f * em;
    columns.columnWidth = 12.0f * em;
    columns.sideBySide = available >= columns.columnWidth + gap + 26.0f * em;
    columns.pageWidth = columns.sideBySide ? std::min(available - columns.columnWidth - gap, 38.0f * em) : available;
    return columns;
}

std::vector<ScreenPage> fitPagesToScreen(const std::vector<std::vector<BlockHeight>>& printedPages, float frame,
                                         float room)
{
    std::vector<ScreenPage> pages;
    for (std::size_t printed = 0; printed < printedPages.size(); ++printed) {
        const std::vector<BlockHeight>& blocks = printedPages[printed];
        const std::size_t firstOfPrinted = pages.size();
        ScreenPage page;
        page.printedPage = printed;
        float used = frame;
        for (std::size_t block = 0; block < blocks.size(); ++block) {
            const bool first = block == page.firstBlock;
            const float needed = (first ? 0.0f : blocks[block].spaceBefore) + blocks[block].height;
            if (!first && used + needed > room) {
                page.endBlock = block;
                pages.push_back(page);
                page.firstBlock = block;
                used = frame + blocks[block].height;
                continue;
            }
            used += needed;
        }
        page.endBlock = blocks.size();
        pages.push_back(page);
        const int parts = static_cast<int>(pages.size() - firstOfPrinted);
        for (std::size_t i = firstOfPrinted; i < pages.size(); ++i) {
            pages[i].part = static_cast<int>(i - firstOfPrinted) + 1;
            pages[i].parts = parts;
        }
    }
#ifndef NDEBUG
    for (std::size_t i = 0; i < pages.size(); ++i) {
        assert(pages[i].firstBlock < pages[i].endBlock || printedPages[pages[i].printedPage].empty());
        if (i > 0 && pages[i].printedPage == pages[i - 1].printedPage)
            assert(pages[i].firstBlock == pages[i - 1].endBlock);
    }
#endif
    return pages;
}

std::size_t screenPageHolding(const std::vector<ScreenPage>& pages, std::size_t printedPage, std::size_t block)
{
    std::size_t best = 0;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (pages[i].printedPage > printedPage)
            break;
        best = i;
        if (pages[i].printedPage == printedPage && block < pages[i].endBlock)
            break;
    }
    return best;
}

std::string screenPageNumber(const std::string& printedNumber, const ScreenPage& page)
{
    if (page.parts <= 1)
        return printedNumber;
    return printedNumber + ", part " + std::to_string(page.part) + " of " + std::to_string(page.parts);
}

} // namespace rightjob::ui
