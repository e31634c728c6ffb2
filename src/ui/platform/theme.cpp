// [SECTION] Colours
// [SECTION] Contrast
// [SECTION] Reading themes.json
// [SECTION] Handing a theme to Dear ImGui

#include "ui/platform/theme.h"

#include "core/base/asset_paths.h"
#include "core/base/data_error.h"
#include "core/base/json_file.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rightjob::ui {

// [SECTION] Colours

bool Color::operator==(const Color& other) const
{
    return red == other.red && green == other.green && blue == other.blue;
}

bool Color::operator!=(const Color& other) const
{
    return !(*this == other);
}

namespace {

int hexDigitValue(char digit)
{
    if (digit >= '0' && digit <= '9')
        return digit - '0';
    if (digit >= 'a' && digit <= 'f')
        return digit - 'a' + 10;
    if (digit >= 'A' && digit <= 'F')
        return digit - 'A' + 10;
    return -1;
}

} // namespace

bool parseColor(const std::string& text, Color& color)
{
    if (text.size() != 7 || text[0] != '#')
        return false;
    int channels[3] = {};
    for (int channel = 0; channel < 3; ++channel) {
        const int high = hexDigitValue(text[1 + channel * 2]);
        const int low = hexDigitValue(text[2 + channel * 2]);
        if (high < 0 || low < 0)
            return false;
        channels[channel] = high * 16 + low;
    }
    color.red = static_cast<std::uint8_t>(channels[0]);
    color.green = static_cast<std::uint8_t>(channels[1]);
    color.blue = static_cast<std::uint8_t>(channels[2]);
    return true;
}

std::string formatColor(Color color)
{
    char text[8];
    std::snprintf(text, sizeof text, "#%02X%02X%02X", color.red, color.green, color.blue);
    return text;
}

ImVec4 toImVec4(Color color, float alpha)
{
    return ImVec4(color.red / 255.0f, color.green / 255.0f, color.blue / 255.0f, alpha);
}

ImU32 toImU32(Color color, float alpha)
{
    const int opacity = static_cast<int>(std::lround(std::clamp(alpha, 0.0f, 1.0f) * 255.0f));
    return IM_COL32(color.red, color.green, color.blue, opacity);
}

Color mixColors(Color from, Color toward, float amount)
{
    const float t = std::clamp(amount, 0.0f, 1.0f);
    const auto mix = [t](std::uint8_t a, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround(a + (b - a) * t));
    };
    return Color{mix(from.red, toward.red), mix(from.green, toward.green), mix(from.blue, toward.blue)};
}

// [SECTION] Contrast

namespace {

double linearChannel(std::uint8_t channel)
{
    const double value = channel / 255.0;
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(Color color)
{
    return 0.2126 * linearChannel(color.red) + 0.7152 * linearChannel(color.green)
        + 0.0722 * linearChannel(color.blue);
}

double contrastRatio(Color a, Color b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

namespace {

struct ColorPair {
    const char* foreground;
    Color Theme::*foregroundMember;
    const char* background;
    Color Theme::*backgroundMember;
    enum class Kind { Text, NonText } kind;
};

// Every pair the interface draws one on the other; the widgets keep to these.
const ColorPair kCheckedPairs[] = {
    {"text", &Theme::text, "background", &Theme::background, ColorPair::Kind::Text},
    {"text", &Theme::text, "panel", &Theme::panel, ColorPair::Kind::Text},
    {"text", &Theme::text, "card", &Theme::card, ColorPair::Kind::Text},
    {"text", &Theme::text, "positive", &Theme::positive, ColorPair::Kind::Text},
    {"text", &Theme::text, "middle", &Theme::middle, ColorPair::Kind::Text},
    {"text", &Theme::text, "negative", &Theme::negative, ColorPair::Kind::Text},
    {"text_muted", &Theme::textMuted, "background", &Theme::background, ColorPair::Kind::Text},
    {"text_muted", &Theme::textMuted, "card", &Theme::card, ColorPair::Kind::Text},
    {"accent_text", &Theme::accentText, "accent", &Theme::accent, ColorPair::Kind::Text},
    {"accent_text", &Theme::accentText, "danger", &Theme::danger, ColorPair::Kind::Text},
    {"accent", &Theme::accent, "background", &Theme::background, ColorPair::Kind::NonText},
    {"card_border", &Theme::cardBorder, "card", &Theme::card, ColorPair::Kind::NonText},
    {"card_border", &Theme::cardBorder, "background", &Theme::background, ColorPair::Kind::NonText},
    {"focus", &Theme::focus, "background", &Theme::background, ColorPair::Kind::NonText},
    {"focus", &Theme::focus, "card", &Theme::card, ColorPair::Kind::NonText},
};

} // namespace

bool pictureNeedsPlate(Color surface)
{
    return contrastRatio(surface, kPictureInk) < kNonTextContrast;
}

Color pictureBackdrop(const Theme& theme, Color surface)
{
    return pictureNeedsPlate(surface) ? theme.picturePlate : surface;
}

std::vector<ContrastProblem> themeContrastProblems(const Theme& theme)
{
    std::vector<ContrastProblem> problems;
    for (const ColorPair& pair : kCheckedPairs) {
        const double required = pair.kind == ColorPair::Kind::Text ? theme.minimumContrast : kNonTextContrast;
        const double ratio = contrastRatio(theme.*pair.foregroundMember, theme.*pair.backgroundMember);
        if (ratio < required)
            problems.push_back(ContrastProblem{pair.foreground, pair.background, ratio, required});
    }
    // Symbols are drawn in black lines; on their plate those lines must show.
    const double plateRatio = contrastRatio(kPictureInk, theme.picturePlate);
    if (plateRatio < kNonTextContrast)
        problems.push_back(ContrastProblem{"picture_plate", "black picture lines", plateRatio, kNonTextContrast});
    return problems;
}

// [SECTION] Reading themes.json

namespace {

constexpr const char* kFormatName = "rightjob-themes";
constexpr std::int64_t kFormatVersion = 1;

struct ColorField {
    const char* key;
    Color Theme::*member;
};

const ColorField kColorFields[] = {
    {"background", &Theme::background},
    {"panel", &Theme::panel},
    {"text", &Theme::text},
    {"text_muted", &Theme::textMuted},
    {"accent", &Theme::accent},
    {"accent_text", &Theme::accentText},
    {"card", &Theme::card},
    {"card_border", &Theme::cardBorder},
    {"focus", &Theme::focus},
    {"positive", &Theme::positive},
    {"middle", &Theme::middle},
    {"negative", &Theme::negative},
    {"danger", &Theme::danger},
};

std::string formatRatio(double ratio)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f:1", ratio);
    return text;
}

Theme readTheme(const core::JsonFile& file, const core::JsonPointer& pointer)
{
    core::JsonObjectReader reader(file, pointer, "a theme");
    Theme theme;
    theme.id = reader.requireId("id");
    theme.name = reader.requireString("name");
    theme.minimumContrast = reader.optionalNumber("minimum_contrast", kTextContrastAA);
    if (theme.minimumContrast < kTextContrastAA || theme.minimumContrast > 21.0)
        reader.failAt("minimum_contrast",
            "\"minimum_contrast\" should be between 4.5 and 21 (WCAG asks at least 4.5 for text).");

    for (const ColorField& field : kColorFields) {
        const std::string text = reader.requireString(field.key, core::JsonObjectReader::Emptiness::MayBeEmpty);
        if (!parseColor(text, theme.*field.member))
            reader.failAt(field.key, "\"" + std::string(field.key) + "\" is \"" + text
                + "\"; a colour is written \"#RRGGBB\" with six hex digits, such as \"#1A2B4C\".");
    }
    // A theme file may leave out the plate: the card does when it is light.
    const std::string plate = reader.optionalString("picture_plate");
    theme.picturePlate = pictureNeedsPlate(theme.card) ? Color{255, 255, 255} : theme.card;
    if (!plate.empty() && !parseColor(plate, theme.picturePlate))
        reader.failAt("picture_plate", "\"picture_plate\" is \"" + plate
            + "\"; a colour is written \"#RRGGBB\" with six hex digits, such as \"#FFFFFF\".");
    reader.finish();

    const std::vector<ContrastProblem> problems = themeContrastProblems(theme);
    if (!problems.empty()) {
        const ContrastProblem& first = problems.front();
        reader.failAt(first.foreground, "in the theme \"" + theme.id + "\", \"" + first.foreground + "\" on \""
            + first.background + "\" has a contrast of only " + formatRatio(first.ratio) + "; it needs at least "
            + formatRatio(first.required) + " to be easy to see.");
    }
    return theme;
}

} // namespace

const Theme* ThemeSet::find(const std::string& id) const
{
    const auto found = std::find_if(themes.begin(), themes.end(), [&](const Theme& theme) { return theme.id == id; });
    return found == themes.end() ? nullptr : &*found;
}

ThemeSet parseThemes(const std::string& text, const std::string& fileName)
{
    const core::JsonFile file = core::JsonFile::parse(text, fileName);
    core::JsonObjectReader top(file, core::JsonPointer(), "the themes file");
    const std::string format = top.requireString("format");
    if (format != kFormatName)
        top.failAt("format", "\"format\" is \"" + format + "\"; a themes file says \"" + kFormatName + "\".");
    const std::int64_t version = top.requireInteger("format_version");
    if (version != kFormatVersion)
        top.failAt("format_version", "this program reads themes files of format version "
            + std::to_string(kFormatVersion) + ", not " + std::to_string(version) + ".");
    const core::JsonPointer list = top.requireArray("themes");
    top.finish();

    ThemeSet set;
    const std::size_t count = file.root().at(list).size();
    if (count == 0)
        file.fail(list, "\"themes\" is empty; it should hold at least one theme.");
    for (std::size_t index = 0; index < count; ++index) {
        const core::JsonPointer pointer = list / index;
        Theme theme = readTheme(file, pointer);
        if (set.find(theme.id) != nullptr)
            file.fail(pointer / "id", "there are two themes with the id \"" + theme.id + "\".");
        set.themes.push_back(std::move(theme));
    }
    return set;
}

ThemeSet loadThemes(const std::string& path)
{
    return parseThemes(core::readWholeFile(path), path);
}

ThemeSet loadShippedThemes()
{
    return loadThemes(core::assetPath("assets/themes.json"));
}

Theme fallbackTheme()
{
    Theme theme;
    theme.id = "standard";
    theme.name = "Standard";
    parseColor("#F5F7FA", theme.background);
    parseColor("#E6ECF4", theme.panel);
    parseColor("#14254A", theme.text);
    parseColor("#4A5A75", theme.textMuted);
    parseColor("#2F6DB5", theme.accent);
    parseColor("#FFFFFF", theme.accentText);
    parseColor("#FFFFFF", theme.card);
    parseColor("#6B7C99", theme.cardBorder);
    parseColor("#B4530A", theme.focus);
    parseColor("#DDF2E3", theme.positive);
    parseColor("#FBF0D5", theme.middle);
    parseColor("#FADFDB", theme.negative);
    parseColor("#B42318", theme.danger);
    theme.picturePlate = theme.card;
    return theme;
}

// [SECTION] Handing a theme to Dear ImGui

namespace {

// Tints base toward tint by up to amount, backing off until text on it still
// reaches the theme's contrast, so hovered and pressed controls stay readable.
Color readableTint(Color base, Color tint, float amount, Color text, double minimumContrast)
{
    for (float step = amount; step > 0.0f; step -= 0.05f) {
        const Color mixed = mixColors(base, tint, step);
        if (contrastRatio(text, mixed) >= minimumContrast)
            return mixed;
    }
    return base;
}

} // namespace

ScrollbarColours scrollbarColours(const Theme& theme)
{
    // A track is seen when it differs from the background at least this much.
    constexpr double kTrackContrast = 1.5;
    ScrollbarColours colours{theme.panel, theme.cardBorder};
    for (float toward = 0.2f; contrastRatio(colours.track, theme.background) < kTrackContrast && toward <= 0.5f;
         toward += 0.05f)
        colours.track = mixColors(theme.background, theme.text, toward);
    if (contrastRatio(colours.handle, colours.track) < kNonTextContrast)
        colours.handle = theme.text;
    return colours;
}

void applyTheme(const Theme& theme, const Scaling& scaling)
{
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();

    // Shapes and spaces, all from em so they grow with the text.
    const float border = std::max(2.0f, std::round(scaling.toPixels(0.08f)));
    style.WindowPadding = ImVec2(scaling.toPixels(0.75f), scaling.toPixels(0.75f));
    style.FramePadding = ImVec2(scaling.toPixels(0.6f), scaling.toPixels(0.4f));
    style.ItemSpacing = ImVec2(scaling.toPixels(0.6f), scaling.toPixels(0.5f));
    style.ItemInnerSpacing = ImVec2(scaling.toPixels(0.4f), scaling.toPixels(0.3f));
    style.CellPadding = ImVec2(scaling.toPixels(0.3f), scaling.toPixels(0.2f));
    style.TouchExtraPadding = ImVec2(0.0f, 0.0f);
    style.IndentSpacing = scaling.toPixels(1.2f);
    style.ScrollbarSize = std::max(scaling.toPixels(1.2f), Scaling::kAbsoluteMinimumPixels);
    style.GrabMinSize = std::max(scaling.toPixels(1.0f), Scaling::kAbsoluteMinimumPixels);
    style.WindowRounding = scaling.toPixels(0.3f);
    style.ChildRounding = scaling.toPixels(0.3f);
    style.FrameRounding = scaling.toPixels(0.3f);
    style.PopupRounding = scaling.toPixels(0.3f);
    style.ScrollbarRounding = scaling.toPixels(0.3f);
    style.GrabRounding = scaling.toPixels(0.2f);
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = border;
    style.PopupBorderSize = border;
    style.FrameBorderSize = border;
    style.TabBorderSize = border;
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;

    const Color hovered = readableTint(theme.card, theme.accent, 0.2f, theme.text, theme.minimumContrast);
    const Color pressed = readableTint(theme.card, theme.accent, 0.35f, theme.text, theme.minimumContrast);

    ImVec4* colors = style.Colors;
    colors[ImGuiCol_Text] = toImVec4(theme.text);
    colors[ImGuiCol_TextDisabled] = toImVec4(theme.textMuted);
    colors[ImGuiCol_WindowBg] = toImVec4(theme.background);
    colors[ImGuiCol_ChildBg] = toImVec4(theme.background, 0.0f);
    colors[ImGuiCol_PopupBg] = toImVec4(theme.panel);
    colors[ImGuiCol_Border] = toImVec4(theme.cardBorder);
    colors[ImGuiCol_BorderShadow] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
    colors[ImGuiCol_FrameBg] = toImVec4(theme.card);
    colors[ImGuiCol_FrameBgHovered] = toImVec4(hovered);
    colors[ImGuiCol_FrameBgActive] = toImVec4(pressed);
    colors[ImGuiCol_TitleBg] = toImVec4(theme.panel);
    colors[ImGuiCol_TitleBgActive] = toImVec4(theme.panel);
    colors[ImGuiCol_TitleBgCollapsed] = toImVec4(theme.panel);
    colors[ImGuiCol_MenuBarBg] = toImVec4(theme.panel);
    const ScrollbarColours scrollbar = scrollbarColours(theme);
    colors[ImGuiCol_ScrollbarBg] = toImVec4(scrollbar.track);
    colors[ImGuiCol_ScrollbarGrab] = toImVec4(scrollbar.handle);
    colors[ImGuiCol_ScrollbarGrabHovered] = toImVec4(theme.accent);
    colors[ImGuiCol_ScrollbarGrabActive] = toImVec4(theme.accent);
    colors[ImGuiCol_CheckMark] = toImVec4(theme.accent);
    colors[ImGuiCol_SliderGrab] = toImVec4(theme.accent);
    colors[ImGuiCol_SliderGrabActive] = toImVec4(theme.accent);
    // Plain buttons are cards with a visible edge; the text colour stays readable on them.
    colors[ImGuiCol_Button] = toImVec4(theme.card);
    colors[ImGuiCol_ButtonHovered] = toImVec4(hovered);
    colors[ImGuiCol_ButtonActive] = toImVec4(pressed);
    colors[ImGuiCol_Header] = toImVec4(hovered);
    colors[ImGuiCol_HeaderHovered] = toImVec4(hovered);
    colors[ImGuiCol_HeaderActive] = toImVec4(pressed);
    colors[ImGuiCol_Separator] = toImVec4(theme.cardBorder);
    colors[ImGuiCol_SeparatorHovered] = toImVec4(theme.accent);
    colors[ImGuiCol_SeparatorActive] = toImVec4(theme.accent);
    colors[ImGuiCol_ResizeGrip] = toImVec4(theme.cardBorder, 0.0f);
    colors[ImGuiCol_ResizeGripHovered] = toImVec4(theme.accent, 0.0f);
    colors[ImGuiCol_ResizeGripActive] = toImVec4(theme.accent, 0.0f);
    colors[ImGuiCol_Tab] = toImVec4(theme.card);
    colors[ImGuiCol_TabHovered] = toImVec4(hovered);
    colors[ImGuiCol_TabActive] = toImVec4(pressed);
    colors[ImGuiCol_TabUnfocused] = toImVec4(theme.card);
    colors[ImGuiCol_TabUnfocusedActive] = toImVec4(pressed);
    colors[ImGuiCol_PlotLines] = toImVec4(theme.accent);
    colors[ImGuiCol_PlotLinesHovered] = toImVec4(theme.focus);
    colors[ImGuiCol_PlotHistogram] = toImVec4(theme.accent);
    colors[ImGuiCol_PlotHistogramHovered] = toImVec4(theme.focus);
    colors[ImGuiCol_TableHeaderBg] = toImVec4(theme.panel);
    colors[ImGuiCol_TableBorderStrong] = toImVec4(theme.cardBorder);
    colors[ImGuiCol_TableBorderLight] = toImVec4(theme.cardBorder, 0.5f);
    colors[ImGuiCol_TableRowBg] = toImVec4(theme.card, 0.0f);
    colors[ImGuiCol_TableRowBgAlt] = toImVec4(theme.panel, 0.5f);
    colors[ImGuiCol_TextSelectedBg] = toImVec4(theme.accent, 0.35f);
    colors[ImGuiCol_DragDropTarget] = toImVec4(theme.focus);
    colors[ImGuiCol_NavHighlight] = toImVec4(theme.focus);
    colors[ImGuiCol_NavWindowingHighlight] = toImVec4(theme.focus);
    colors[ImGuiCol_NavWindowingDimBg] = toImVec4(theme.text, 0.3f);
    colors[ImGuiCol_ModalWindowDimBg] = toImVec4(theme.text, 0.35f);
}

} // namespace rightjob::ui
