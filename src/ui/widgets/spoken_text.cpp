#include "ui/widgets/spoken_text.h"

#include "ui/platform/shaped_text.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <cfloat>

namespace rightjob::ui {

std::optional<LitWord> litWordFor(const speech::SpeakingState& state, const std::string& tag)
{
    if (!state.isSpeaking() || state.tag != tag || state.wordIndex < 0 || state.wordLength == 0)
        return std::nullopt;
    return LitWord{state.wordStart, state.wordLength};
}

SpokenWordColours spokenWordColours(const Theme& theme)
{
    return {theme.accent, theme.accentText};
}

namespace {

// True when text[start, end) holds a slash or backslash: a file's path.
bool isPath(const std::string& text, std::size_t start, std::size_t end)
{
    for (std::size_t at = start; at < end; ++at)
        if (text[at] == '/' || text[at] == '\\')
            return true;
    return false;
}

struct PathPiece {
    std::size_t start = 0;
    std::size_t length = 0;
    float width = 0;
};

// A path cut after each slash, and any part still wider than width cut
// between characters (never inside one UTF-8 character).
std::vector<PathPiece> pathPieces(ImFont* font, float fontSize, const std::string& text, std::size_t start,
                                  std::size_t end, float width)
{
    const auto measure = [&](std::size_t from, std::size_t to) {
        return font->CalcTextSizeA(fontSize, FLT_MAX, 0, text.c_str() + from, text.c_str() + to).x;
    };
    std::vector<PathPiece> pieces;
    std::size_t from = start;
    while (from < end) {
        std::size_t to = from;
        while (to < end && text[to] != '/' && text[to] != '\\')
            ++to;
        if (to < end)
            ++to; // the slash ends its piece
        // Too wide for a line: as many characters as fit (at least one).
        std::size_t cut = to;
        while (measure(from, cut) > width && cut > from + 1) {
            --cut;
            while (cut > from + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
                --cut;
        }
        pieces.push_back({from, cut - from, measure(from, cut)});
        from = cut;
    }
    return pieces;
}

} // namespace

std::vector<PlacedWord> layOutWords(ImFont* font, float fontSize, const std::string& text, float width,
                                    float lineHeight)
{
    std::vector<PlacedWord> words;
    if (!font)
        return words;
    const float space = font->CalcTextSizeA(fontSize, FLT_MAX, 0, " ").x;
    float x = 0;
    float y = 0;
    bool lineHasWords = false;
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == '\n') {
            if (lineHasWords || at == 0 || text[at - 1] == '\n')
                y += lineHeight;
            x = 0;
            lineHasWords = false;
            ++at;
            continue;
        }
        if (text[at] == ' ') {
            ++at;
            continue;
        }
        std::size_t end = at;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n')
            ++end;
        const float wordWidth = font->CalcTextSizeA(fontSize, FLT_MAX, 0, text.c_str() + at, text.c_str() + end).x;
        if (wordWidth > width && isPath(text, at, end)) {
            // A file's path is no word: it goes on lines of its own, broken
            // after its slashes (or anywhere, for a part wider than a line).
            if (lineHasWords) {
                y += lineHeight;
                x = 0;
            }
            for (const PathPiece& piece : pathPieces(font, fontSize, text, at, end, width)) {
                if (x > 0 && x + piece.width > width) {
                    y += lineHeight;
                    x = 0;
                }
                words.push_back({piece.start, piece.length, ImVec2(x, y), piece.width});
                x += piece.width;
            }
            lineHasWords = true;
            at = end;
            continue;
        }
        if (lineHasWords && x + space + wordWidth > width) {
            y += lineHeight;
            x = 0;
            lineHasWords = false;
        }
        if (lineHasWords)
            x += space;
        words.push_back({at, end - at, ImVec2(x, y), wordWidth});
        x += wordWidth;
        lineHasWords = true;
        at = end;
    }
    return words;
}

namespace {

// Room for any number of lines: spoken text is never cut.
constexpr float kNoHeightLimit = 1.0e6f;

} // namespace

float spokenTextHeight(UiContext& ui, ImFont* font, float fontSize, const std::string& text, float width,
                       float lineHeight)
{
    if (!atlasCanDraw(font, text))
        return std::max(wrappedTextHeight(ui, font, fontSize, width, kNoHeightLimit, text), text.empty() ? 0 : lineHeight);
    const std::vector<PlacedWord> words = layOutWords(font, fontSize, text, width, lineHeight);
    return words.empty() ? 0.0f : words.back().offset.y + lineHeight;
}

float drawSpokenText(UiContext& ui, ImDrawList* drawList, const SpokenTextStyle& style, ImVec2 position, float width,
                     const std::string& text, std::optional<LitWord> lit)
{
    ImFont* font = style.font ? style.font : ImGui::GetFont();
    const float fontSize = style.fontSize > 0 ? style.fontSize : font->FontSize;
    const float lineHeight = style.lineHeight > 0 ? style.lineHeight : fontSize * 1.25f;
    const SpokenWordColours litColours = spokenWordColours(ui.theme());
    if (!atlasCanDraw(font, text)) {
        const float height = spokenTextHeight(ui, font, fontSize, text, width, lineHeight);
        if (lit)
            drawList->AddRectFilled(position, ImVec2(position.x + width, position.y + height),
                                    toImU32(litColours.background), fontSize * 0.2f);
        drawWrappedText(ui, drawList, font, fontSize, position, width, kNoHeightLimit,
                        toImU32(lit ? litColours.text : style.colour), text);
        return height;
    }
    const std::vector<PlacedWord> words = layOutWords(font, fontSize, text, width, lineHeight);
    // The text sits in the middle of its line, so the highlight has room above and below.
    const float textTop = (lineHeight - fontSize) / 2;
    for (const PlacedWord& word : words) {
        const bool isLit = lit && word.start < lit->start + lit->length && lit->start < word.start + word.length;
        const ImVec2 at(position.x + word.offset.x, position.y + word.offset.y + textTop);
        if (isLit) {
            const float pad = fontSize * 0.15f;
            drawList->AddRectFilled(ImVec2(at.x - pad, position.y + word.offset.y),
                                    ImVec2(at.x + word.width + pad, position.y + word.offset.y + lineHeight),
                                    toImU32(litColours.background), fontSize * 0.2f);
        }
        drawList->AddText(font, fontSize, at, toImU32(isLit ? litColours.text : style.colour),
                          text.c_str() + word.start, text.c_str() + word.start + word.length);
    }
    return words.empty() ? 0.0f : words.back().offset.y + lineHeight;
}

} // namespace rightjob::ui
