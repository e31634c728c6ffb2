// The summary as a PDF made with cairo and pango: A4 pages that look like
// the HTML page printed, with real text, embedded fonts, structure tags and
// page numbers.
#pragma once

#include "core/summary.h"
#include "export/pictures.h"

#include <stdexcept>
#include <string>

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
// date, so the same summary always makes the same bytes. Headings are
// tagged H1, H2 and H3 and lines P, and the contents links to each part.
// Throws PdfError when cairo fails.
std::string summaryPdf(const core::SummaryDocument& document, const PictureSource& pictures);

} // namespace rightjob::exporting
