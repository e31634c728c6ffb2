// [SECTION] Buttons and grids
// [SECTION] Words and pictures in a box
// [SECTION] Behaviour: the tap, and what it means
// [SECTION] Drawing

#include "ui/widgets/tile.h"

#include "speech/speaker.h"
#include "ui/platform/shaped_text.h"
#include "ui/platform/style.h"
#include "ui/widgets/tile_layout.h"
#include "ui/widgets/spoken_text.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace rightjob::ui {

// [SECTION] Buttons and grids

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

// [SECTION] Words and pictures in a box

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
void drawPicture(UiContext& ui, ImDrawList* drawList, const TileContent& content, Corners box, Color fill)
{
    Picture picture = content.picture;
    if (!picture && !content.photoPath.empty())
        picture = ui.pictures.file(content.photoPath);
    if (!picture)
        picture = ui.pictures.symbol(content.symbol);
    if (!picture) {
        drawMissingPicture(ui, drawList, box.min, box.max);
        return;
    }
    drawPictureInBox(ui, drawList, picture, box.min, box.max, fill);
}

// [SECTION] Behaviour: the tap, and what it means

// What happened to a tile this frame.
struct TileState {
    TileBox box;
    std::string spoken;
    bool chosen = false; // chosen this frame (after speak-first)
    bool hovered = false;
    bool held = false;
    bool focused = false;
    bool visible = false;
};

// The tile's touch target: asks ImGui whether it was tapped, and with
// speak-first on, whether the tap only speaks. Says the tile's words when
// the tap asks for them.
TileState tileBehaviour(UiContext& ui, const TileContent& content, ImVec2 size)
{
    TileState state;
    ImGui::PushID(content.id.c_str());
    state.box.min = ImGui::GetCursorScreenPos();
    state.box.size = size;
    ImGui::BeginDisabled(!content.enabled);
    const bool tapped = ImGui::InvisibleButton("tile", size);
    ImGui::EndDisabled();
    state.hovered = ImGui::IsItemHovered();
    state.held = ImGui::IsItemActive();
    state.focused = ImGui::IsItemFocused();
    ImGui::PopID();
    state.spoken = content.spoken.empty() ? content.label : content.spoken;

    // What the tap means: with speak-first on, the first tap only speaks.
    TapMeaning meaning = TapMeaning::SpeakAndChoose;
    if (tapped && content.enabled && ui.speakFirst && !content.choosesAtOnce)
        meaning = ui.speakFirst->tapped(content.id);
    if (tapped && content.enabled && meaning != TapMeaning::Choose)
        ui.say(state.spoken, content.id, content.cardKey);
    state.chosen = tapped && content.enabled && meaning != TapMeaning::SpeakOnly;
    if (state.chosen && ui.speakFirst && content.choosesAtOnce)
        ui.speakFirst->forgetReady();
    state.visible = ImGui::IsItemVisible();
    return state;
}

void reportTile(UiContext& ui, const TileContent& content, const TileState& state)
{
    ScreenTarget target;
    target.id = content.id;
    target.label = content.label;
    target.spoken = state.spoken;
    target.cardKey = content.cardKey;
    target.role = content.role;
    target.x = state.box.min.x;
    target.y = state.box.min.y;
    target.width = state.box.size.x;
    target.height = state.box.size.y;
    target.focused = state.focused;
    reportTarget(ui, std::move(target));
}

// [SECTION] Drawing

// The fill, the outline and, when it is ready for its second tap, the thick outline round it.
void drawTileFrame(UiContext& ui, ImDrawList* drawList, const TileContent& content, const TileState& state,
                   const TileColours& colours)
{
    const Theme& theme = ui.theme();
    const ImVec2 min = state.box.min;
    const ImVec2 max = state.box.max();
    const float rounding = ui.em(style().tileRounding);
    drawList->AddRectFilled(min, max, toImU32(colours.fill, colours.alpha), rounding);
    const bool showFocus = state.focused && ImGui::GetIO().NavVisible;
    drawList->AddRect(min, max, toImU32(showFocus ? theme.focus : theme.cardBorder, colours.alpha), rounding, 0,
                      showFocus ? ui.em(style().focusOutline) : std::max(2.0f, ui.em(style().tileBorder)));
    if (ui.speakFirst && !content.id.empty() && ui.speakFirst->readyTarget() == content.id) {
        const float thickness = ui.em(style().readyOutline);
        const Corners outline = readyOutlineBox(state.box, thickness);
        drawList->AddRect(outline.min, outline.max, toImU32(theme.focus), rounding + thickness * 0.5f, 0, thickness);
    }
}

// The words being heard, each lit in turn, at a size that fits room; returns the height used.
float drawHeardWords(UiContext& ui, ImDrawList* drawList, const TileContent& content, const speech::SpeakingState& heard,
                     ImFont* bold, float fontSize, ImVec2 at, float width, float room, Color colour)
{
    const std::string& words = content.spoken.empty() ? content.label : content.spoken;
    const FittedText fitted =
        shrinkToFit(fontSizeToFitWords(bold, fontSize, words, width), fontSize * 0.6f, room,
                    [&](float size) { return spokenTextHeight(ui, bold, size, words, width, size * 1.2f); });
    return drawSpokenText(ui, drawList, {bold, fitted.fontSize, fitted.fontSize * 1.2f, colour}, at, width, words,
                          litWordFor(heard, content.id));
}

// The words a tile is showing being heard now, or nothing.
speech::SpeakingState heardNow(const UiContext& ui, const TileContent& content)
{
    const speech::SpeakingState heard =
        content.showsSpokenWords && ui.speaker ? ui.speaker->state() : speech::SpeakingState{};
    return heard.isSpeaking() && heard.tag == content.id ? heard : speech::SpeakingState{};
}

// The picture above, the label (two lines at most) and the detail below it.
void drawPictureTop(UiContext& ui, ImDrawList* drawList, const TileContent& content, const TileState& state,
                    const TileMeasures& measures, const TileColours& colours, bool hasPicture)
{
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    ImFont* body = ui.window.bodyFont() ? ui.window.bodyFont() : ImGui::GetFont();
    const float fontSize = measures.fontSize;
    const bool isCard = content.role == TargetRole::Card;
    const bool oneWord = content.label.find(' ') == std::string::npos;
    const float labelWidth = isCard || oneWord ? 0.0f : bold->CalcTextSizeA(fontSize, FLT_MAX, 0, content.label.c_str()).x;
    const float lines = labelLinesOnTop(isCard, oneWord, labelWidth, state.box.size.x - 2 * measures.pad);
    const PictureTopLayout layout = layoutPictureTop(state.box, measures, lines, hasPicture, !content.detail.empty());
    if (layout.showsPicture)
        drawPicture(ui, drawList, content, layout.picture, colours.fill);
    float y = layout.textTop;
    const speech::SpeakingState heard = heardNow(ui, content);
    if (heard.isSpeaking()) {
        y += drawHeardWords(ui, drawList, content, heard, bold, fontSize, ImVec2(layout.textLeft, y), layout.textWidth,
                            fontSize * kLabelLinesMost, colours.text);
    } else {
        const float labelSize = fontSizeToFitWords(bold, fontSize, content.label, layout.textWidth);
        y += drawWrappedText(ui, drawList, bold, labelSize, ImVec2(layout.textLeft, y), layout.textWidth,
                             fontSize * kLabelLinesMost, toImU32(colours.text, colours.alpha), content.label);
    }
    if (!content.detail.empty())
        drawWrappedText(ui, drawList, body, body->FontSize, ImVec2(layout.textLeft, y), layout.textWidth,
                        fontSize * kDetailLine, toImU32(colours.text, colours.alpha), content.detail);
}

// The picture at the left and the label beside it, made smaller (to no less
// than 0.6 of its size) before any word is cut, centred as one block with
// the detail.
void drawPictureLeft(UiContext& ui, ImDrawList* drawList, const TileContent& content, const TileState& state,
                     const TileMeasures& measures, const TileColours& colours, bool hasPicture)
{
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    ImFont* body = ui.window.bodyFont() ? ui.window.bodyFont() : ImGui::GetFont();
    const float fontSize = measures.fontSize;
    const ImVec2 max = state.box.max();
    const PictureLeftLayout layout = layoutPictureLeft(state.box, measures, hasPicture, !content.detail.empty());
    if (hasPicture)
        drawPicture(ui, drawList, content, layout.picture, colours.fill);
    const float textWidth = layout.textWidth;
    const float tall = state.box.size.y * 4;
    const FittedText label = shrinkToFit(
        fontSizeToFitWords(bold, fontSize, content.label, textWidth), fontSize * 0.6f, layout.room,
        [&](float size) { return wrappedTextHeight(ui, bold, size, textWidth, tall, content.label); });
    float labelHeight = label.height;
    // Still too tall at the smallest size: measured as it will be cut.
    if (labelHeight > layout.room)
        labelHeight = wrappedTextHeight(ui, bold, label.fontSize, textWidth, layout.room, content.label);
    labelHeight = std::min(std::max(label.fontSize, labelHeight), layout.room);
    const float detailHeight = content.detail.empty() ? 0.0f : fontSize * kDetailLine;
    float y = labelTopBeside(state.box, measures, labelHeight, detailHeight);
    const speech::SpeakingState heard = heardNow(ui, content);
    if (heard.isSpeaking()) {
        y += drawHeardWords(ui, drawList, content, heard, bold, fontSize, ImVec2(layout.textLeft, y), textWidth,
                            max.y - measures.pad * 0.5f - y, colours.text);
    } else {
        y += drawWrappedText(ui, drawList, bold, label.fontSize, ImVec2(layout.textLeft, y), textWidth,
                             max.y - y - measures.pad, toImU32(colours.text, colours.alpha), content.label);
    }
    if (!content.detail.empty())
        drawWrappedText(ui, drawList, body, body->FontSize, ImVec2(layout.textLeft, y), textWidth, max.y - y,
                        toImU32(colours.text, colours.alpha), content.detail);
}

// The progress bar and the answer badge along the bottom.
void drawTileFooter(UiContext& ui, ImDrawList* drawList, const TileContent& content, const TileState& state,
                    const TileMeasures& measures)
{
    const Theme& theme = ui.theme();
    if (content.progress >= 0) {
        const Corners bar = progressBarBox(state.box, measures);
        const float round = measures.progressHeight / 2;
        drawList->AddRectFilled(bar.min, bar.max, toImU32(theme.cardBorder, 0.35f), round);
        const float done = std::clamp(content.progress, 0.0f, 1.0f);
        if (done > 0)
            drawList->AddRectFilled(bar.min, ImVec2(bar.min.x + (bar.max.x - bar.min.x) * done, bar.max.y),
                                    toImU32(theme.accent), round);
    }
    if (!content.badge.empty()) {
        ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
        const Corners badge = badgeBox(state.box, measures);
        const float pad = measures.pad;
        drawList->AddRectFilled(badge.min, badge.max, toImU32(content.badgeColor.value_or(theme.panel)),
                                ui.em(style().tileRounding) * 0.6f);
        drawWrappedText(ui, drawList, bold, measures.fontSize,
                        ImVec2(badge.min.x + pad * 0.5f, badge.min.y + measures.fontSize * 0.22f),
                        badge.max.x - badge.min.x - pad, measures.badgeHeight, toImU32(theme.text), content.badge);
    }
}

} // namespace

bool tile(UiContext& ui, const TileContent& content, ImVec2 size, PictureSide side)
{
    size.x = std::max(size.x, ui.minimumTarget());
    size.y = std::max(size.y, ui.minimumTarget());
    const TileState state = tileBehaviour(ui, content, size);
    // Scrolled out of sight: reported as such (scanning still reaches it),
    // and nothing drawn or loaded.
    reportTile(ui, content, state);
    if (!state.visible)
        return state.chosen;

    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const TileColours colours = tileColours(ui.theme(), content.style, state.held, state.hovered, content.enabled);
    drawTileFrame(ui, drawList, content, state, colours);

    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    TileMeasures measures;
    measures.pad = ui.em(style().tilePadding);
    measures.fontSize = bold->FontSize;
    measures.badgeHeight = content.badge.empty() && !content.reserveBadgeSpace ? 0.0f : measures.fontSize * 1.5f;
    measures.progressHeight = content.progress >= 0 ? ui.em(style().progressBar) : 0.0f;
    measures.smallestPicture = ui.em(style().smallestPicture);
    const bool hasPicture = !content.symbol.empty() || !content.photoPath.empty() || content.picture;
    if (side == PictureSide::Top)
        drawPictureTop(ui, drawList, content, state, measures, colours, hasPicture);
    else
        drawPictureLeft(ui, drawList, content, state, measures, colours, hasPicture);
    drawTileFooter(ui, drawList, content, state, measures);
    return state.chosen;
}

} // namespace rightjob::ui
