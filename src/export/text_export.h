// The summary as plain text, to paste into an email or a plan: one idea a
// line, headings underlined, notes indented under their line.
#pragma once

#include "core/summary/summary.h"

#include <string>

namespace rightjob::exporting {

// The summary as UTF-8 text with "\n" line ends, in the reading order of
// core::summarySentences: every piece of text on its own line, headings
// underlined with "=" (title and parts) or "-" (groups), notes indented by 4
// spaces, a blank line between blocks.
std::string summaryText(const core::SummaryDocument& document);

} // namespace rightjob::exporting
