// Colour themes as data (assets/themes.json), the contrast rules every theme
// must keep, and the step that hands a theme to Dear ImGui's style.
#pragma once

#include "ui/platform/scaling.h"

#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

namespace rightjob::ui {

// An opaque sRGB colour, 8 bits a channel, as written "#RRGGBB" in files.
struct Color {
    std::uint8_t red = 0;
    std::uint8_t green = 0;
    std::uint8_t blue = 0;

    // True when all three channels are equal.
    bool operator==(const Color& other) const;
    // True when any channel differs.
    bool operator!=(const Color& other) const;
};

// Reads "#RRGGBB" (either case); returns false and leaves color alone when text is not exactly that.
bool parseColor(const std::string& text, Color& color);

// Writes color as "#RRGGBB" in capitals.
std::string formatColor(Color color);

// The colour as Dear ImGui's float colour, with the given opacity (0 to 1).
ImVec4 toImVec4(Color color, float alpha = 1.0f);

// The colour as Dear ImGui's packed colour for ImDrawList, with the given opacity (0 to 1).
ImU32 toImU32(Color color, float alpha = 1.0f);

// The colour amount of the way (0 to 1) from from to toward, mixed in sRGB.
Color mixColors(Color from, Color toward, float amount);

// WCAG 2 relative luminance of an sRGB colour: 0 for black, 1 for white.
double relativeLuminance(Color color);

// WCAG 2 contrast ratio between two colours, from 1 (same) to 21 (black on white); symmetric.
double contrastRatio(Color a, Color b);

// The smallest contrast WCAG AA asks of body text.
constexpr double kTextContrastAA = 4.5;
// The smallest contrast WCAG AAA asks of body text; the high-contrast theme keeps it.
constexpr double kTextContrastAAA = 7.0;
// The smallest contrast WCAG asks of borders, focus rings and other non-text parts.
constexpr double kNonTextContrast = 3.0;

// One colour theme. Text colours are checked against the surfaces they are
// drawn on when the theme is loaded (see themeContrastProblems).
struct Theme {
    std::string id;   // "standard", "high_contrast", "dark", "cream"
    std::string name; // the words shown in settings, such as "High contrast"
    // The contrast every text pair below must reach: 4.5 unless the file asks for more.
    double minimumContrast = kTextContrastAA;

    Color background;  // the screen behind everything
    Color panel;       // bars and side panels on the background
    Color text;        // body text, on background, panel, card, positive, middle and negative
    Color textMuted;   // hints and less important words, on background and card
    Color accent;      // main buttons and selected things
    Color accentText;  // text on accent and on danger
    Color card;        // the face of a picture card or a button
    Color cardBorder;  // the edge of cards and buttons (non-text contrast with card)
    Color focus;       // the keyboard, switch-scanning and dwell focus ring
    Color positive;    // the answer place "I like it" / "good for me", behind text
    Color middle;      // the answer place "not sure" / "OK", behind text
    Color negative;    // the answer place "I don't like it" / "not good for me", behind text
    Color danger;      // buttons that delete or cannot be undone, behind accentText
    // The light plate a picture sits on where the surface behind it is too
    // dark for a symbol's black lines (dark cards); non-text contrast with black.
    // Optional in the file: the card colour when that is light, else white.
    Color picturePlate;
};

// The colour a picture's black lines and parts are drawn on.
constexpr Color kPictureInk{0, 0, 0};

// Whether a picture drawn straight on surface would lose its black lines
// (the surface has less than kNonTextContrast with black), so needs its plate.
bool pictureNeedsPlate(Color surface);

// What a picture shows against when it sits on surface: surface itself, or
// theme.picturePlate where pictureNeedsPlate(surface). Every theme keeps this
// at kNonTextContrast or more with black (themeContrastProblems checks the plate).
Color pictureBackdrop(const Theme& theme, Color surface);

// One pair of theme colours that does not reach the contrast it must.
struct ContrastProblem {
    std::string foreground; // the JSON name of the colour in front, such as "text"
    std::string background; // the JSON name of the colour behind, such as "card"
    double ratio = 1.0;     // the contrast the pair has
    double required = 1.0;  // the contrast the pair needs
};

// Every colour pair of theme that is too faint: text pairs against theme.minimumContrast,
// borders, focus and the picture plate (against black) against kNonTextContrast.
// Empty when the theme is readable.
std::vector<ContrastProblem> themeContrastProblems(const Theme& theme);

// The themes a themes file holds, in the file's order.
struct ThemeSet {
    std::vector<Theme> themes;

    // The theme with this id, or nullptr when there is none.
    const Theme* find(const std::string& id) const;
};

// Parses the text of a themes file; fileName is used only in messages.
// Throws core::DataError naming the file, the line and column, and what is
// wrong: bad JSON, a missing or misspelt colour, a colour not "#RRGGBB",
// a repeated id, or a pair of colours with too little contrast.
ThemeSet parseThemes(const std::string& text, const std::string& fileName);

// Reads and parses a themes file (normally assets/themes.json). Throws core::DataError as parseThemes does, or when the file cannot be read.
ThemeSet loadThemes(const std::string& path);

// Reads the themes the program ships, assets/themes.json under core::assetRoot(). Throws core::DataError as loadThemes does.
ThemeSet loadShippedThemes();

// A plain built-in theme (the "standard" colours) for when no file can be read.
Theme fallbackTheme();

// A scrollbar's colours: the track stands out from the background in every
// theme (in high contrast the panel colour is the background's, so the
// track is mixed toward the text), and the handle stands out from the track
// (kNonTextContrast), so a person can see there is more below and where.
struct ScrollbarColours {
    Color track;
    Color handle;
};
ScrollbarColours scrollbarColours(const Theme& theme);

// Sets Dear ImGui's style from theme and scaling: the colours, rounded
// corners, generous padding and 2 px (or more at larger text) borders on
// frames so every control's edge can be seen. Needs a current ImGui context.
// Window::setTheme calls it for you, and again whenever the text size changes.
void applyTheme(const Theme& theme, const Scaling& scaling);

} // namespace rightjob::ui
