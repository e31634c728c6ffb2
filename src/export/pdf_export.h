// The summary as a PDF made with cairo and pango: A4 pages that look like
// the HTML page printed, with real text, embedded fonts, structure tags and
// page numbers.
#pragma once

#include "core/summary/summary.h"
#include "export/pictures.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace rightjob::exporting {

// A PDF that cairo could not make.
class PdfError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The bytes of the summary as a PDF. A4 portrait; the cover first, "What
// is in this summary" on the same page when it fits, then every part on a
// new page, its title again at the top of any page it runs on to. Each line
// has its picture on the left and its words on the right, in Andika (found
// through fontconfig and embedded as a subset by cairo), 16 pt bold for
// the line and regular for its notes, headings larger; words are never
// hyphenated. Page numbers ("Page 2 of 7", from the document) at the foot.
// The title is in the metadata, and the creation date is the summary's
// date, so the same summary always makes the same bytes. Meets PDF/UA-1:
// headings at the HTML page's levels, lines as lists (L, LI, Lbl, LBody),
// pictures as Figures with the HTML page's alt text, what only decorates
// as artifacts, links with /Contents, a bookmark for every part and group,
// /Lang, XMP and DisplayDocTitle (see pdf_tagging.h and README.md).
// Throws PdfError when cairo or qpdf fails.
std::string summaryPdf(const core::SummaryDocument& document, const PictureSource& pictures);

// [SECTION] The printed pages, for the screen

// What a block of a printed page is.
enum class PrintedBlockKind { Title, PartHeading, GroupHeading, Line };

// One block of a printed page, pointing into the document it was made from.
struct PrintedBlock {
    PrintedBlockKind kind = PrintedBlockKind::Line;
    std::size_t part = 0;  // in document.parts
    int group = -1;        // in the part's groups; -1 for the part's title and its own lines
    std::size_t line = 0;  // a Line's place in the part's lines (group -1) or in its group's lines
    bool repeated = false; // a title or group heading again at the top of a page it runs on to
    bool hasPicture = false; // a heading whose picture is drawn (a line always keeps room for one)
    double top = 0;        // in points from the top of the page
    double height = 0;     // in points, from its top to the next block's
};

// The blocks of one printed page, top to bottom.
struct PrintedPage {
    std::vector<PrintedBlock> blocks;
};

// The pages summaryPdf makes, block by block, without drawing them: the
// same measures and the same page breaks (one function decides them for
// both), so the screen can show the summary page by page as it will print.
// Throws PdfError when cairo fails.
std::vector<PrintedPage> summaryPrintedPages(const core::SummaryDocument& document, const PictureSource& pictures);

// A short page (core/summary/reader_pages.h) made to fit on maxPages A4 pages as
// summaryPdf prints it: at the largest of core::kPageTextScales that fits
// whole; else at the smallest, with whole lines taken off by
// core::trimToFit (the least important line of the fullest part first,
// never the first part). Throws PdfError when cairo fails.
core::SummaryDocument fittedToPages(const core::SummaryDocument& document, std::size_t maxPages,
                                    const PictureSource& pictures);

// "Page 2 of 9": the document's page number words for page (from 0) of pages.
std::string printedPageNumber(const core::SummaryDocument& document, std::size_t page, std::size_t pages);

} // namespace rightjob::exporting
