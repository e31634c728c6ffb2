// "All about me" as Open Board Format boards (.obz), for AAC apps that read
// that format, laid out as those apps lay out their own: a home board with
// a button for the person's name and a button for each section, which opens
// that section's board (load_board). A section's board has a button back to
// the home board, then a button for each shared card of the section the
// person themself answered positively ("I like it", "That is me", "I am
// good at it" …), with its picture, speaking the card's first-person
// sentence. No two buttons on a board have the same label. Format:
// open-board-0.1, see docs at www.openboardformat.org and src/export/README.md.
#pragma once

#include "core/profile/layout.h"
#include "core/profile/profile.h"
#include "core/summary/summary.h"
#include "export/pictures.h"

#include <string>

namespace rightjob::exporting {

// The Open Board Format version written.
inline constexpr const char* kOpenBoardFormat = "open-board-0.1";

// Every board as JSON, home board first, as one array (each as its .obf
// file in the .obz says it, with images given by path under images/).
std::string boardJson(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                      const PictureSource& pictures);

// The bytes of the .obz: manifest.json (format, root, paths of boards,
// images and sounds), boards/all-about-me.obf (the home board, the root),
// boards/<section>.obf for each section with buttons, and images/ with each
// picture once. Every button has id, label, image_id (when it has a
// picture) and vocalization; every image has id, path, content_type, width
// and height, and a symbol's image its licence. Cards marked "not for
// sharing" are never on it. The same profile always makes the same bytes.
std::string boardObz(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                     const PictureSource& pictures);

} // namespace rightjob::exporting
