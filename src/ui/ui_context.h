// What every screen and widget draws with: the window (sizes, fonts,
// colours), the screen map it reports its targets to, and the pictures.
#pragma once

#include "ui/platform/window.h"
#include "ui/screen_map.h"
#include "ui/widgets/picture_cache.h"

namespace rightjob::ui {

// The drawing context of one frame.
struct UiContext {
    Window& window;
    ScreenMap& map;
    PictureCache& pictures;

    const Theme& theme() const { return window.theme(); }
    // Converts em to pixels at the current text size.
    float em(float ems = 1.0f) const { return window.scaling().toPixels(ems); }
    // The smallest side of a target at the current text size.
    float minimumTarget() const { return window.scaling().minimumTarget(); }
};

} // namespace rightjob::ui
