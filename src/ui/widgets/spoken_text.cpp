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
