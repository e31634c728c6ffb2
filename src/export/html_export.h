// The summary as one self-contained HTML page: the pictures and the Andika
// font inside it, real headings, a text alternative for every picture,
// 16 pt text, a print style for A4, and no scripts.
#pragma once

#include "core/summary/summary.h"
#include "export/fonts.h"
#include "export/pictures.h"

#include <string>

namespace rightjob::exporting {

// The page, as UTF-8 HTML. It declares the summary's language, takes its
// title from the document, and uses h1 for the title, h2 for parts and h3
// for groups (h2 on the cover). Each picture is in the file once, as an
// <image> with a data: URI in a hidden <svg>, and shown by an <svg
// role="img" aria-label="…"> with <use> (aria-hidden only beside a heading
// that says the same). The fonts are embedded as @font-face, cut down to
// the characters the page uses, when fonts.found(); without them the page
// falls back to the reader's sans-serif font. Text is 16 pt or larger,
// left-aligned, black on white; each line has its picture on the left and
// its words on the right. At 320 px wide, even with WCAG 1.4.12 text
// spacing, nothing scrolls sideways. Printed on A4, parts follow one
// another (no part forces a new page, so no page is left nearly empty),
// and no line or heading is split from what follows. Lines whose picture
// cannot be read keep their place with an empty space.
std::string summaryHtml(const core::SummaryDocument& document, const PictureSource& pictures, const FontFiles& fonts);

// Text with &, <, >, " and ' written as HTML entities.
std::string escapeHtml(const std::string& text);

} // namespace rightjob::exporting
