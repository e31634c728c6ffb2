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
// for groups (h2 on the cover). Every picture is an <img> with a data: URI
// and alt text (empty only for pictures beside a heading that says the
// same). The fonts are embedded as @font-face when fonts.found(); without
// them the page falls back to the reader's sans-serif font. Text is 16 pt
// or larger, left-aligned, black on white; each line has its picture on the
// left and its words on the right. Printed, each part starts a new A4 page.
// Lines whose picture cannot be read keep their place with an empty space.
std::string summaryHtml(const core::SummaryDocument& document, const PictureSource& pictures, const FontFiles& fonts);

// Text with &, <, >, " and ' written as HTML entities.
std::string escapeHtml(const std::string& text);

} // namespace rightjob::exporting
