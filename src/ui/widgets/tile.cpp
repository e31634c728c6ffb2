#include "ui/widgets/tile.h"

#include "speech/speaker.h"
#include "ui/platform/shaped_text.h"
#include "ui/widgets/spoken_text.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace rightjob::ui {

TileContent buttonContent(std::string id, std::string label, std::string symbol)
{
    TileContent content;
    content.id = std::move(id);
    content.label = std::move(label);
    content.symbol = std::move(symbol);
    content.role = TargetRole::Button;
    return content;
}

int columnsFor(float width, float minimumWidth, float gap)
{
    return std::max(1, static_cast<int>((width + gap) / (minimumWidth + gap)));
}

TileGrid tileGridFor(float width, ImVec2 preferred, float gap, float minimumSide)
{
    TileGrid grid;
    grid.gap = gap;
    const auto tileWidthFor = [&](int columns) { return (width - gap * static_cast<float>(columns - 1)) / columns; };
    // The columns that fit at the preferred width leave tiles as wide or
    // wider; one column more makes them narrower. Whichever is nearer the
    // preferred width (as a ratio) wins, so no wide strip is left empty.
    grid.columns = columnsFor(width, preferred.x, gap);
    float tileWidth = tileWidthFor(grid.columns);
    const float narrower = tileWidthFor(grid.columns + 1);
    if (narrower >= preferred.x * kTileGridNarrowest && narrower >= minimumSide
        && preferred.x / narrower < tileWidth / preferred.x) {
        ++grid.columns;
        tileWidth = narrower;
    }
    tileWidth = std::floor(std::clamp(tileWidth, minimumSide, std::max(minimumSide, preferred.x * kTileGridWidest)));
    const float used = tileWidth * grid.columns + gap * static_cast<float>(grid.columns - 1);
    grid.indent = std::floor(std::max(0.0f, (width - used) / 2));
    const float height = preferred.y * std::min(1.0f, tileWidth / preferred.x);
    grid.tileSize = ImVec2(tileWidth, std::max(minimumSide, std::floor(height)));
    return grid;
}

void TileGrid::moveTo(std::size_t index) const
{
    if (index % static_cast<std::size_t>(columns) != 0) {
        ImGui::SameLine(0, gap);
        return;
    }
    if (index > 0)
        ImGui::Dummy(ImVec2(0, gap * 0.25f));
    if (indent > 0)
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
}

namespace {

// text laid out by pango in the window's font, when ImGui's atlas cannot draw it.
ShapedText shapedWhenNeeded(UiContext& ui, ImFont* font, float fontSize, float width, float maxHeight,
                            const std::string& text)
{
    if (atlasCanDraw(font, text))
        return {};
    ShapedTextStyle style;
    style.family = ui.window.fontFamilyName();
    style.bold = font == ui.window.boldFont() || font == ui.window.headingFont();
    style.fontSize = fontSize;
    style.width = width;
    style.maxHeight = maxHeight;
    return ui.window.shapedText().text(text, style);
}

} // namespace

float wrappedTextHeight(UiContext& ui, ImFont* font, float fontSize, float width, float maxHeight,
                        const std::string& text)
{
    if (text.empty() || width <= 0 || maxHeight <= 0)
        return 0;
    if (const ShapedText shaped = shapedWhenNeeded(ui, font, fontSize, width, maxHeight, text))
        return std::min(static_cast<float>(shaped.height), maxHeight);
    const std::string shown = cutToFit(font, fontSize, text, width, maxHeight);
    const ImVec2 size = font->CalcTextSizeA(fontSize, width, width, shown.c_str(), shown.c_str() + shown.size());
    return std::min(size.y, maxHeight);
}

float drawWrappedText(UiContext& ui, ImDrawList* drawList, ImFont* font, float fontSize, ImVec2 position, float width,
                      float maxHeight, ImU32 colour, const std::string& text)
{
    if (text.empty() || width <= 0 || maxHeight <= 0)
        return 0;
    if (const ShapedText shaped = shapedWhenNeeded(ui, font, fontSize, width, maxHeight, text)) {
        const float height = std::min(static_cast<float>(shaped.height), maxHeight);
        drawList->AddImage(shaped.texture, position, ImVec2(position.x + shaped.width, position.y + height),
                           ImVec2(0, 0), ImVec2(1, height / shaped.height), colour);
        return height;
    }
    const std::string shown = cutToFit(font, fontSize, text, width, maxHeight);
    const ImVec4 clip(position.x, position.y, position.x + width, position.y + maxHeight);
    drawList->AddText(font, fontSize, position, colour, shown.c_str(), shown.c_str() + shown.size(), width, &clip);
    const ImVec2 size = font->CalcTextSizeA(fontSize, width, width, shown.c_str(), shown.c_str() + shown.size());
    return std::min(size.y, maxHeight);
}

void wrappedText(UiContext& ui, const std::string& text, int maxLines)
{
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float used = drawWrappedText(ui, ImGui::GetWindowDrawList(), ImGui::GetFont(), ImGui::GetFontSize(), at, width,
                                       ImGui::GetFontSize() * static_cast<float>(maxLines),
                                       ImGui::GetColorU32(ImGuiCol_Text), text);
    ImGui::Dummy(ImVec2(width, std::max(used, ImGui::GetFontSize())));
}

void reportTarget(UiContext& ui, ScreenTarget target)
{
    const ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImVec2 clipMin = drawList->GetClipRectMin();
    const ImVec2 clipMax = drawList->GetClipRectMax();
    target.documentY = target.y + ImGui::GetScrollY();
    target.wholeHeight = target.height;
    target.scrollArea = ImGui::GetCurrentWindowRead()->ID;
    const float left = std::max(target.x, clipMin.x);
    const float top = std::max(target.y, clipMin.y);
    const float right = std::min(target.x + target.width, clipMax.x);
    const float bottom = std::min(target.y + target.height, clipMax.y);
    if (right <= left || bottom <= top) {
        ui.map.addOutOfSight(std::move(target));
        return;
    }
    target.partlyHidden = left > target.x || top > target.y || right < target.x + target.width
                          || bottom < target.y + target.height;
    target.x = left;
    target.y = top;
    target.width = right - left;
    target.height = bottom - top;
    ui.map.add(std::move(target));
}

float widestWordWidth(ImFont* font, float fontSize, const std::string& text)
{
    float widest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            widest = std::max(widest, font->CalcTextSizeA(fontSize, FLT_MAX, 0, text.c_str() + start, text.c_str() + end).x);
        start = end + 1;
    }
    return widest;
}

float fontSizeToFitWords(ImFont* font, float fontSize, const std::string& text, float width)
{
    // Never split a word across lines: shrink the text (to no less than half)
    // until the longest word fits the width.
    const float widest = widestWordWidth(font, fontSize, text);
    if (widest <= width || widest <= 0)
        return fontSize;
    // A word that does not fit even at half the size (a name of 1,000
    // letters) keeps the full size; drawWrappedText cuts it with "…".
    if (widest * 0.5f > width)
        return fontSize;
    return std::max(fontSize * 0.5f, fontSize * width / widest);
}

void drawMissingPicture(UiContext& ui, ImDrawList* drawList, ImVec2 min, ImVec2 max)
{
    // A square in the middle of the box, like the pictures it stands for.
    const float side = std::min(max.x - min.x, max.y - min.y);
    if (side <= 0)
        return;
    const ImVec2 at(min.x + (max.x - min.x - side) / 2, min.y + (max.y - min.y - side) / 2);
    const ImVec2 end(at.x + side, at.y + side);
    const ImU32 ink = toImU32(ui.theme().cardBorder);
    const float line = std::max(2.0f, side * 0.04f);
    drawList->AddRectFilled(at, end, toImU32(ui.theme().panel), side * 0.08f);
    drawList->AddRect(at, end, ink, side * 0.08f, 0, line);
    // A sun and a hill: "a picture" at a glance, whatever the language.
    drawList->AddCircleFilled(ImVec2(at.x + side * 0.70f, at.y + side * 0.30f), side * 0.09f, ink);
    drawList->AddTriangleFilled(ImVec2(at.x + side * 0.12f, at.y + side * 0.85f),
                                ImVec2(at.x + side * 0.40f, at.y + side * 0.45f),
                                ImVec2(at.x + side * 0.68f, at.y + side * 0.85f), ink);
    // Crossed out: this picture is not there.
    drawList->AddLine(ImVec2(at.x + side * 0.1f, at.y + side * 0.1f), ImVec2(end.x - side * 0.1f, end.y - side * 0.1f),
                      toImU32(ui.theme().danger), line * 1.5f);
}

void drawPictureInBox(UiContext& ui, ImDrawList* drawList, const Picture& picture, ImVec2 min, ImVec2 max,
                      Color surface)
{
    const float boxWidth = max.x - min.x;
    const float boxHeight = max.y - min.y;
    if (!picture || picture.width <= 0 || picture.height <= 0 || boxWidth <= 0 || boxHeight <= 0)
        return;
    const float scale = std::min(boxWidth / picture.width, boxHeight / picture.height);
    float width = picture.width * scale;
    float height = picture.height * scale;
    ImVec2 at(min.x + (boxWidth - width) / 2, min.y + (boxHeight - height) / 2);
    if (pictureNeedsPlate(surface)) {
        // The plate takes the picture's place, and the picture shrinks a
        // little inside it, so the plate shows all round its edge.
        const float side = std::min(width, height);
        drawList->AddRectFilled(at, ImVec2(at.x + width, at.y + height), toImU32(ui.theme().picturePlate),
                                std::min(ui.em(0.3f), side * 0.12f));
        const float margin = std::max(2.0f, side * 0.06f);
        at = ImVec2(at.x + margin, at.y + margin);
        width -= 2 * margin;
        height -= 2 * margin;
        if (width <= 0 || height <= 0)
            return;
    }
    drawList->AddImage(picture.texture, at, ImVec2(at.x + width, at.y + height));
}

namespace {

// Draws the tile's picture to fit the box on its fill; a picture that is
// missing or cannot be read shows the placeholder (the cache logs it once).
void drawPicture(UiContext& ui, ImDrawList* drawList, const TileContent& content, ImVec2 min, ImVec2 max, Color fill)
{
    Picture picture = content.picture;
    if (!picture && !content.photoPath.empty())
        picture = ui.pictures.file(content.photoPath);
    if (!picture)
        picture = ui.pictures.symbol(content.symbol);
    if (!picture) {
        drawMissingPicture(ui, drawList, min, max);
        return;
    }
    drawPictureInBox(ui, drawList, picture, min, max, fill);
}

} // namespace

bool tile(UiContext& ui, const TileContent& content, ImVec2 size, PictureSide side)
{
    const Theme& theme = ui.theme();
    size.x = std::max(size.x, ui.minimumTarget());
    size.y = std::max(size.y, ui.minimumTarget());

    ImGui::PushID(content.id.c_str());
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::BeginDisabled(!content.enabled);
    const bool chosen = ImGui::InvisibleButton("tile", size);
    ImGui::EndDisabled();
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    const bool focused = ImGui::IsItemFocused();
    ImGui::PopID();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const std::string spoken = content.spoken.empty() ? content.label : content.spoken;

    // What the tap means: with speak-first on, the first tap only speaks.
    TapMeaning meaning = TapMeaning::SpeakAndChoose;
    if (chosen && content.enabled && ui.speakFirst && !content.choosesAtOnce)
        meaning = ui.speakFirst->tapped(content.id);
    if (chosen && content.enabled && meaning != TapMeaning::Choose)
        ui.say(spoken, content.id, content.cardKey);
    const bool choose = chosen && content.enabled && meaning != TapMeaning::SpeakOnly;
    if (choose && ui.speakFirst && content.choosesAtOnce)
        ui.speakFirst->forgetReady();

    // Scrolled out of sight: reported as such (scanning still reaches it),
    // and nothing drawn or loaded.
    const bool visible = ImGui::IsItemVisible();
    ScreenTarget target;
    target.id = content.id;
    target.label = content.label;
    target.spoken = spoken;
    target.cardKey = content.cardKey;
    target.role = content.role;
    target.x = min.x;
    target.y = min.y;
    target.width = size.x;
    target.height = size.y;
    target.focused = focused;
    reportTarget(ui, std::move(target));
    if (!visible)
        return choose;

    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const float rounding = ui.em(0.5f);
    Color fill = theme.card;
    Color textColour = theme.text;
    if (content.style == TileStyle::Accent) {
        fill = theme.accent;
        textColour = theme.accentText;
    } else if (content.style == TileStyle::Danger) {
        fill = theme.danger;
        textColour = theme.accentText;
    }
    if (held)
        fill = mixColors(fill, theme.text, 0.12f);
    else if (hovered)
        fill = mixColors(fill, theme.accent, 0.08f);
    const float alpha = content.enabled ? 1.0f : 0.45f;
    drawList->AddRectFilled(min, max, toImU32(fill, alpha), rounding);
    const bool showFocus = focused && ImGui::GetIO().NavVisible;
    drawList->AddRect(min, max, toImU32(showFocus ? theme.focus : theme.cardBorder, alpha), rounding, 0,
                      showFocus ? ui.em(0.2f) : std::max(2.0f, ui.em(0.08f)));
    // Ready for its second tap: a thick outline just outside the tile, so
    // it shows on every fill colour and covers nothing inside.
    if (ui.speakFirst && !content.id.empty() && ui.speakFirst->readyTarget() == content.id) {
        const float thickness = ui.em(0.22f);
        const float out = thickness * 0.5f;
        ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - out, min.y - out), ImVec2(max.x + out, max.y + out),
                                            toImU32(theme.focus), rounding + out, 0, thickness);
    }

    const float pad = ui.em(0.5f);
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    ImFont* body = ui.window.bodyFont() ? ui.window.bodyFont() : ImGui::GetFont();
    const float fontSize = bold->FontSize;
    const bool hasPicture = !content.symbol.empty() || !content.photoPath.empty() || content.picture;
    const float badgeHeight = content.badge.empty() && !content.reserveBadgeSpace ? 0.0f : fontSize * 1.5f;
    const float progressHeight = content.progress >= 0 ? ui.em(0.5f) : 0.0f;

    if (side == PictureSide::Top) {
        // A one-word label takes one line; longer ones may wrap to two.
        // Cards keep two lines' room so the labels in a row line up.
        const bool oneWord = content.label.find(' ') == std::string::npos;
        float labelLines = oneWord && content.role != TargetRole::Card ? 1.3f : 2.4f;
        // A button whose words fit on one line needs only that line's room,
        // which leaves its picture room to show.
        if (!oneWord && content.role != TargetRole::Card
            && bold->CalcTextSizeA(fontSize, FLT_MAX, 0, content.label.c_str()).x <= size.x - 2 * pad)
            labelLines = 1.3f;
        const float textLines = labelLines + (content.detail.empty() ? 0.0f : 1.0f);
        const float textHeight = fontSize * textLines;
        const float pictureBottom = max.y - pad - textHeight - badgeHeight - progressHeight;
        if (hasPicture && pictureBottom - (min.y + pad) > ui.em(1.0f))
            drawPicture(ui, drawList, content, ImVec2(min.x + pad, min.y + pad), ImVec2(max.x - pad, pictureBottom), fill);
        float y = hasPicture ? pictureBottom + pad * 0.5f : min.y + pad;
        const speech::SpeakingState heard =
            content.showsSpokenWords && ui.speaker ? ui.speaker->state() : speech::SpeakingState{};
        if (heard.isSpeaking() && heard.tag == content.id) {
            // While its words are heard, the tile shows them, each lit in turn.
            const std::string& words = content.spoken.empty() ? content.label : content.spoken;
            const float width = size.x - 2 * pad;
            float wordsSize = fontSizeToFitWords(bold, fontSize, words, width);
            while (wordsSize > fontSize * 0.6f
                   && spokenTextHeight(ui, bold, wordsSize, words, width, wordsSize * 1.2f) > fontSize * 2.4f)
                wordsSize *= 0.9f;
            y += drawSpokenText(ui, drawList, {bold, wordsSize, wordsSize * 1.2f, textColour}, ImVec2(min.x + pad, y),
                                width, words, litWordFor(heard, content.id));
        } else {
            const float labelSize = fontSizeToFitWords(bold, fontSize, content.label, size.x - 2 * pad);
            y += drawWrappedText(ui, drawList, bold, labelSize, ImVec2(min.x + pad, y), size.x - 2 * pad, fontSize * 2.4f,
                                 toImU32(textColour, alpha), content.label);
        }
        if (!content.detail.empty())
            drawWrappedText(ui, drawList, body, body->FontSize, ImVec2(min.x + pad, y), size.x - 2 * pad, fontSize * 1.2f,
                            toImU32(textColour, alpha), content.detail);
    } else {
        const float pictureSide = std::min(size.y - 2 * pad, size.x * 0.35f);
        if (hasPicture)
            drawPicture(ui, drawList, content, ImVec2(min.x + pad, min.y + pad),
                        ImVec2(min.x + pad + pictureSide, min.y + pad + pictureSide), fill);
        const float textX = hasPicture ? min.x + 2 * pad + pictureSide : min.x + pad;
        const float textWidth = max.x - pad - textX;
        // A label that wraps to more lines than the tile has room for is made
        // smaller (to no less than 0.6 of the size) before any word is cut,
        // and the lines are centred as one block.
        const float detailHeight = content.detail.empty() ? 0.0f : fontSize * 1.2f;
        const float room = size.y - badgeHeight - progressHeight - pad - detailHeight;
        float labelSize = fontSizeToFitWords(bold, fontSize, content.label, textWidth);
        float labelHeight = wrappedTextHeight(ui, bold, labelSize, textWidth, size.y * 4, content.label);
        while (labelSize > fontSize * 0.6f && labelHeight > room) {
            labelSize *= 0.9f;
            labelHeight = wrappedTextHeight(ui, bold, labelSize, textWidth, size.y * 4, content.label);
        }
        // Still too tall at the smallest size: measured as it will be cut.
        if (labelHeight > room)
            labelHeight = wrappedTextHeight(ui, bold, labelSize, textWidth, room, content.label);
        labelHeight = std::min(std::max(labelSize, labelHeight), room);
        float y = min.y
                  + std::max(pad * 0.5f, (size.y - badgeHeight - progressHeight - labelHeight - detailHeight) / 2);
        const speech::SpeakingState heard =
            content.showsSpokenWords && ui.speaker ? ui.speaker->state() : speech::SpeakingState{};
        if (heard.isSpeaking() && heard.tag == content.id) {
            // While its words are heard, the tile shows them beside the picture, each lit in turn.
            const std::string& words = content.spoken.empty() ? content.label : content.spoken;
            const float room = max.y - pad * 0.5f - y;
            float wordsSize = fontSizeToFitWords(bold, fontSize, words, textWidth);
            while (wordsSize > fontSize * 0.6f
                   && spokenTextHeight(ui, bold, wordsSize, words, textWidth, wordsSize * 1.2f) > room)
                wordsSize *= 0.9f;
            y += drawSpokenText(ui, drawList, {bold, wordsSize, wordsSize * 1.2f, textColour}, ImVec2(textX, y),
                                textWidth, words, litWordFor(heard, content.id));
        } else {
            y += drawWrappedText(ui, drawList, bold, labelSize, ImVec2(textX, y), textWidth, max.y - y - pad,
                                 toImU32(textColour, alpha), content.label);
        }
        if (!content.detail.empty())
            drawWrappedText(ui, drawList, body, body->FontSize, ImVec2(textX, y), textWidth, max.y - y,
                            toImU32(textColour, alpha), content.detail);
    }

    if (content.progress >= 0) {
        const float top = max.y - pad - progressHeight - badgeHeight;
        const ImVec2 barMin(min.x + pad, top);
        const ImVec2 barMax(max.x - pad, top + progressHeight);
        drawList->AddRectFilled(barMin, barMax, toImU32(theme.cardBorder, 0.35f), progressHeight / 2);
        const float done = std::clamp(content.progress, 0.0f, 1.0f);
        if (done > 0)
            drawList->AddRectFilled(barMin, ImVec2(barMin.x + (barMax.x - barMin.x) * done, barMax.y),
                                    toImU32(theme.accent), progressHeight / 2);
    }
    if (!content.badge.empty()) {
        const ImVec2 badgeMin(min.x + pad * 0.5f, max.y - pad * 0.5f - badgeHeight);
        const ImVec2 badgeMax(max.x - pad * 0.5f, max.y - pad * 0.5f);
        drawList->AddRectFilled(badgeMin, badgeMax, toImU32(content.badgeColor.value_or(theme.panel)), rounding * 0.6f);
        drawWrappedText(ui, drawList, bold, fontSize, ImVec2(badgeMin.x + pad * 0.5f, badgeMin.y + fontSize * 0.22f),
                        badgeMax.x - badgeMin.x - pad, badgeHeight, toImU32(theme.text), content.badge);
    }
    return choose;
}

} // namespace rightjob::ui
