// Words that light up as they are heard: text drawn word by word, wrapped
// only between words, with the word the speaker is saying now on a
// highlight. The summary screen draws every line with it, and the talking
// mat draws its card's words with it while they are said.
#pragma once

#include "speech/speaker.h"
#include "ui/platform/theme.h"
#include "ui/ui_context.h"

#include <imgui.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::ui {

// The bytes of a text that are being heard now.
struct LitWord {
    std::size_t start = 0;
    std::size_t length = 0;
};

// The word of state to light in the text said with tag: nothing when
// something else is being said, all is quiet, or no word has started yet.
std::optional<LitWord> litWordFor(const speech::SpeakingState& state, const std::string& tag);

// The colours of the word being heard: the theme's accent behind its
// accent text, a pair every theme is checked to keep readable.
struct SpokenWordColours {
    Color background;
    Color text;
};
SpokenWordColours spokenWordColours(const Theme& theme);

// One word placed by layOutWords, relative to the text's top left.
struct PlacedWord {
    std::size_t start = 0;  // bytes in the text
    std::size_t length = 0;
    ImVec2 offset;
    float width = 0;
};

// The words of text (split at spaces and line breaks) in lines no wider than
// width, left aligned, a word never split: a word wider than width has a
// line to itself. A file's path wider than width (a "word" with a slash) is
// no word: it starts a line and breaks after its slashes, and any part still
// too wide breaks between characters, so it is never cut off.
// lineHeight is the distance between lines.
std::vector<PlacedWord> layOutWords(ImFont* font, float fontSize, const std::string& text, float width,
                                    float lineHeight);

// The height layOutWords' lines take: lines times lineHeight; 0 for no words.
// Text ImGui's atlas cannot draw (another script, emoji, right to left) is
// measured and drawn as drawWrappedText does, through pango, and lit as a
// whole while any of its words is heard.
float spokenTextHeight(UiContext& ui, ImFont* font, float fontSize, const std::string& text, float width,
                       float lineHeight);

// How to draw spoken text.
struct SpokenTextStyle {
    ImFont* font = nullptr;
    float fontSize = 0;
    float lineHeight = 0; // fontSize * 1.25 when 0
    Color colour;
};

// Draws text at position (screen pixels) wrapped within width, the lit word
// (if any) on the spoken word colours. Returns the height used.
float drawSpokenText(UiContext& ui, ImDrawList* drawList, const SpokenTextStyle& style, ImVec2 position, float width,
                     const std::string& text, std::optional<LitWord> lit);

} // namespace rightjob::ui
