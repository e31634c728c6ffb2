// What cairo 1.16 cannot write into a tagged PDF, added afterwards with
// qpdf, so the summary meets PDF/UA-1 (ISO 14289-1).
//
// Why two steps: cairo 1.16 (Debian 12) writes the structure tree, marked
// content with MCIDs, links with their structure elements and bookmarks,
// but it has no artifacts ("Artifact" is not a tag it accepts), no
// attributes on structure elements (no /Alt on a Figure), no /Contents on
// links, no /Lang, no XMP metadata, no ViewerPreferences and no /Tabs.
// Drawing the pages another way would mean laying out text without pango;
// a small pass over cairo's output with qpdf's C++ API adds the rest.
#pragma once

#include <string>
#include <vector>

namespace rightjob::exporting {

// The structure type cairo is asked for where the page has an artifact (a
// footer, a rule, a repeated heading, a picture that only decorates). The
// pass below turns each into "/Artifact BMC" in the page's content and takes
// it out of the structure tree. "Private" is a standard type that the
// summary never uses for anything else.
inline constexpr const char* kArtifactStandIn = "Private";

// What the pass adds.
struct PdfAccessibility {
    std::string language;                    // "en-GB": the catalog's /Lang and dc:language
    std::string title;                       // the document title: XMP dc:title (the Info /Title is cairo's)
    std::vector<std::string> figureAltTexts; // one for each Figure, in the order they were tagged
    std::vector<std::string> linkTexts;      // one for each link annotation, in the order they were drawn
};

// The PDF cairo made with the rest added: /Lang, XMP metadata
// (dc:title, dc:language, pdfuaid:part 1), ViewerPreferences with
// DisplayDocTitle, /Tabs /S on every page, /Alt on every Figure,
// /Contents on every link, and the stand-in elements made artifacts.
// The same input always makes the same bytes. Throws PdfError when the
// PDF cannot be read or the figures and links do not match what.
std::string accessiblePdf(const std::string& cairoPdf, const PdfAccessibility& what);

} // namespace rightjob::exporting
