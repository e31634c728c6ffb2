// The one place for sizes on screen. Everything is measured in em, the height
// of the body font at the person's chosen text size, so that targets, gaps
// and cards grow with the text; pixels appear only at the last step.
#pragma once

namespace rightjob::ui {

// The current text size, and conversions from em to pixels for it.
struct Scaling {
    // The smallest touch target anywhere, in pixels at the default text size.
    static constexpr float kMinimumTargetPixels = 44.0f;
    // Nothing on screen (an icon, a tick, a gap between targets) is smaller than this.
    static constexpr float kAbsoluteMinimumPixels = 24.0f;
    // The body font size in pixels at 100 % text size: large enough to read
    // without effort at arm's length on a tablet.
    static constexpr float kDefaultBasePixels = 26.0f;
    // The text sizes the settings offer, smallest first (1.0 is 100 %).
    static constexpr float kTextScaleChoices[] = {1.0f, 1.25f, 1.5f, 1.75f, 2.0f};

    // The person's text size; 1.0 is the default, settings give 1.0 to 2.0.
    float textScale = 1.0f;
    // The body font size in pixels at textScale 1.0.
    float basePixels = kDefaultBasePixels;

    // The size of one em (the body font size) in pixels.
    float em() const;

    // Converts a length in em to pixels at the current text size.
    float toPixels(float ems) const;

    // The smallest side a touch target may have, in pixels: 44 px at the
    // default size, growing with the text, and never below 44 px (so never
    // below kAbsoluteMinimumPixels either).
    float minimumTarget() const;

    // Converts a target's side from em to pixels, raised to minimumTarget().
    float targetPixels(float ems) const;

    // Converts a length from em to pixels, raised to kAbsoluteMinimumPixels;
    // for things that must stay visible, such as icons and ticks.
    float visiblePixels(float ems) const;
};

// The text size the settings offer that is nearest to scale (for values read from files).
float nearestTextScaleChoice(float scale);

} // namespace rightjob::ui
