// "All about me" as an Open Board Format board (.obz), for AAC apps that
// read that format: a button for the person's name, then a button for each
// shared card the person themself answered positively ("I like it", "That
// is me", "I am good at it" …), with its picture, speaking the card's
// first-person sentence. Format: open-board-0.1, see docs at
// www.openboardformat.org and src/export/README.md.
#pragma once

#include "core/profile/layout.h"
#include "core/profile/profile.h"
#include "core/summary/summary.h"
#include "export/pictures.h"

#include <string>

namespace rightjob::exporting {

// The Open Board Format version written.
inline constexpr const char* kOpenBoardFormat = "open-board-0.1";

// The board as JSON (one .obf file) with images given by path under
// images/, as the .obz holds them.
std::string boardJson(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                      const PictureSource& pictures);

// The bytes of the .obz: manifest.json (format, root, paths of boards,
// images and sounds), boards/all-about-me.obf, and images/ with each
// picture once. Every button has id, label, image_id (when it has a
// picture) and vocalization; every image has id, path, content_type, width
// and height, and a symbol's image its licence. Cards marked "not for
// sharing" are never on it. The same profile always makes the same bytes.
std::string boardObz(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                     const PictureSource& pictures);

} // namespace rightjob::exporting
