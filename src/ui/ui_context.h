// What every screen and widget draws with: the window (sizes, fonts,
// colours), the screen map it reports its targets to, and the pictures.
#pragma once

#include "ui/platform/window.h"
#include "ui/screen_map.h"
#include "ui/widgets/picture_cache.h"

namespace rightjob::speech {
class Speaker;
} // namespace rightjob::speech

namespace rightjob::ui {

// The drawing context of one frame.
struct UiContext {
    Window& window;
    ScreenMap& map;
    PictureCache& pictures;
    float cardScale = 1.0f; // from the card size setting: small, medium or large
    speech::Speaker* speaker = nullptr; // says what is chosen; nullptr: silent

    const Theme& theme() const { return window.theme(); }
    // Converts em to pixels at the current text size.
    float em(float ems = 1.0f) const { return window.scaling().toPixels(ems); }
    // Converts a card's size in em to pixels, at the card size setting.
    float card(float ems) const { return window.scaling().toPixels(ems * cardScale); }
    // The smallest side of a target at the current text size.
    float minimumTarget() const { return window.scaling().minimumTarget(); }
};

} // namespace rightjob::ui
