#include "ui/platform/shaped_text.h"

#include <SDL.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace rightjob::ui {

namespace {

constexpr const char* kEllipsis = "\xE2\x80\xA6"; // "…"

// The code point starting at text[at], and how many bytes it takes; a
// broken sequence reads as U+FFFD, one byte long.
char32_t decodeUtf8(const std::string& text, std::size_t at, std::size_t& length)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char first = byte(at);
    std::size_t count = 0;
    char32_t code = 0;
    if (first < 0x80) {
        length = 1;
        return first;
    }
    if ((first & 0xE0) == 0xC0) {
        count = 1;
        code = first & 0x1F;
    } else if ((first & 0xF0) == 0xE0) {
        count = 2;
        code = first & 0x0F;
    } else if ((first & 0xF8) == 0xF0) {
        count = 3;
        code = first & 0x07;
    } else {
        length = 1;
        return 0xFFFD;
    }
    for (std::size_t i = 1; i <= count; ++i) {
        if (at + i >= text.size() || (byte(at + i) & 0xC0) != 0x80) {
            length = 1;
            return 0xFFFD;
        }
        code = (code << 6) | (byte(at + i) & 0x3F);
    }
    length = count + 1;
    return code;
}

// Letters written right to left, and the controls that start such a run.
bool isRightToLeft(char32_t code)
{
    return (code >= 0x0590 && code <= 0x08FF)     // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan...
           || (code >= 0xFB1D && code <= 0xFDFF)  // Hebrew and Arabic presentation forms
           || (code >= 0xFE70 && code <= 0xFEFF)  // Arabic presentation forms B
           || (code >= 0x10800 && code <= 0x10FFF) || (code >= 0x1E800 && code <= 0x1EFFF)
           || code == 0x200F || code == 0x202B || code == 0x202E || code == 0x2067; // RLM, RLE, RLO, RLI
}

} // namespace

bool atlasCanDraw(const ImFont* font, const std::string& text)
{
    for (std::size_t at = 0; at < text.size();) {
        std::size_t length = 1;
        const char32_t code = decodeUtf8(text, at, length);
        at += length;
        if (code < 0x20)
            continue; // line breaks and tabs: ImGui handles them itself
        if (code > 0xFFFF || isRightToLeft(code))
            return false;
        if (font != nullptr && font->FindGlyphNoFallback(static_cast<ImWchar>(code)) == nullptr)
            return false;
    }
    return true;
}

std::string cutToFit(const ImFont* font, float fontSize, const std::string& text, float width, float maxHeight)
{
    const auto fits = [&](const std::string& candidate) {
        return font->CalcTextSizeA(fontSize, FLT_MAX, width, candidate.c_str(), candidate.c_str() + candidate.size()).y
               <= maxHeight + 0.5f;
    };
    if (text.empty() || width <= 0 || fits(text))
        return text;
    // The most code points that fit with the ellipsis after them.
    std::vector<std::size_t> ends; // the byte after each code point
    for (std::size_t at = 0; at < text.size();) {
        std::size_t length = 1;
        decodeUtf8(text, at, length);
        at += length;
        ends.push_back(at);
    }
    std::size_t low = 0; // code points known to fit (none always does: the ellipsis alone)
    std::size_t high = ends.size();
    while (low < high) {
        const std::size_t middle = (low + high + 1) / 2;
        if (fits(text.substr(0, ends[middle - 1]) + kEllipsis))
            low = middle;
        else
            high = middle - 1;
    }
    std::size_t cut = low == 0 ? 0 : ends[low - 1];
    // After a whole word where there is one: the last space before the cut.
    const std::size_t space = cut > 0 ? text.rfind(' ', cut) : std::string::npos;
    if (space != std::string::npos && space > 0 && space < cut)
        cut = space;
    while (cut > 0 && text[cut - 1] == ' ')
        --cut;
    return text.substr(0, cut) + kEllipsis;
}

// [SECTION] The cache

struct ShapedTextCache::Pango {
    PangoFontMap* fontMap = nullptr;
    PangoContext* context = nullptr;

    Pango() : fontMap(pango_cairo_font_map_new()), context(pango_font_map_create_context(fontMap))
    {
        // Grey edges only: the texture is white, tinted as it is drawn, so
        // coloured (subpixel) edges would show as fringes.
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_SLIGHT);
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        pango_cairo_context_set_font_options(context, options);
        cairo_font_options_destroy(options);
    }
    ~Pango()
    {
        g_object_unref(context);
        g_object_unref(fontMap);
    }
    Pango(const Pango&) = delete;
    Pango& operator=(const Pango&) = delete;
};

namespace {

PangoFontDescription* describeFont(const std::string& family, bool bold, double pixels)
{
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, family.c_str());
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_absolute_size(font, pixels * PANGO_SCALE);
    return font;
}

} // namespace

ShapedTextCache::ShapedTextCache(SDL_Renderer* renderer, std::size_t byteLimit) : m_textures(renderer, byteLimit) {}

ShapedTextCache::~ShapedTextCache() = default;

float ShapedTextCache::pangoSizeFor(const std::string& family, bool bold, float fontSize)
{
    // ImGui sizes a font by its whole height (ascent and descent); pango by
    // its em. The family's own metrics give the one from the other.
    const auto key = std::make_tuple(family, bold);
    auto found = m_sizeRatios.find(key);
    if (found == m_sizeRatios.end()) {
        constexpr double kProbe = 100.0;
        PangoFontDescription* font = describeFont(family, bold, kProbe);
        PangoFontMetrics* metrics = pango_context_get_metrics(m_pango->context, font, nullptr);
        const double height =
            static_cast<double>(pango_font_metrics_get_ascent(metrics) + pango_font_metrics_get_descent(metrics))
            / PANGO_SCALE;
        pango_font_metrics_unref(metrics);
        pango_font_description_free(font);
        const float ratio = height > 0 ? static_cast<float>(kProbe / height) : 1.0f;
        found = m_sizeRatios.emplace(key, ratio).first;
    }
    return fontSize * found->second;
}

ShapedText ShapedTextCache::text(const std::string& text, const ShapedTextStyle& style)
{
    if (text.empty() || style.width < 1 || style.fontSize < 1)
        return {};
    const int width = static_cast<int>(std::ceil(style.width));
    const int lines = std::max(1, static_cast<int>(std::floor(style.maxHeight / style.fontSize + 0.01f)));
    char sizes[64];
    std::snprintf(sizes, sizeof sizes, "%d|%.2f|%d|%d|", style.bold ? 1 : 0, static_cast<double>(style.fontSize),
                  width, lines);
    const std::string key = style.family + "|" + sizes + text;
    if (const TextureLru::Kept kept = m_textures.find(key))
        return {reinterpret_cast<ImTextureID>(kept.texture), kept.width, kept.height};

    if (!m_pango)
        m_pango = std::make_unique<Pango>();
    PangoLayout* layout = pango_layout_new(m_pango->context);
    PangoFontDescription* font = describeFont(style.family, style.bold, pangoSizeFor(style.family, style.bold, style.fontSize));
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_width(layout, width * PANGO_SCALE);
    // Lines break between words; a word longer than the line breaks where it must.
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    pango_layout_set_height(layout, -lines);
    // Each paragraph takes its direction from its first strong letter, and
    // a right-to-left one lines up on the right.
    pango_layout_set_auto_dir(layout, TRUE);
    pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT);
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    int inkWidth = 0, height = 0;
    pango_layout_get_pixel_size(layout, &inkWidth, &height);
    height = std::max(1, height);

    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    cairo_t* cairo = cairo_create(surface);
    cairo_set_source_rgb(cairo, 1, 1, 1);
    pango_cairo_show_layout(cairo, layout);
    cairo_destroy(cairo);
    g_object_unref(layout);
    cairo_surface_flush(surface);

    // Cairo keeps premultiplied native-endian ARGB; white text is its alpha alone.
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * height * 4);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        for (int x = 0; x < width; ++x) {
            std::uint8_t* out = &pixels[(static_cast<std::size_t>(y) * width + x) * 4];
            out[0] = out[1] = out[2] = 255;
            out[3] = static_cast<std::uint8_t>(row[x] >> 24);
        }
    }
    cairo_surface_destroy(surface);

    const TextureLru::Kept kept = m_textures.add(key, pixels.data(), width, height, false);
    return {reinterpret_cast<ImTextureID>(kept.texture), kept.width, kept.height};
}

} // namespace rightjob::ui
