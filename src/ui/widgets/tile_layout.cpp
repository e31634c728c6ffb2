#include "ui/widgets/tile_layout.h"

#include "ui/widgets/tile.h"

#include <algorithm>

namespace rightjob::ui {

TileColours tileColours(const Theme& theme, TileStyle style, bool held, bool hovered, bool enabled)
{
    TileColours colours{theme.card, theme.text, enabled ? 1.0f : 0.45f};
    if (style == TileStyle::Accent) {
        colours.fill = theme.accent;
        colours.text = theme.accentText;
    } else if (style == TileStyle::Danger) {
        colours.fill = theme.danger;
        colours.text = theme.accentText;
    }
    if (held)
        colours.fill = mixColors(colours.fill, theme.text, 0.12f);
    else if (hovered)
        colours.fill = mixColors(colours.fill, theme.accent, 0.08f);
    return colours;
}

FittedText shrinkToFit(float start, float smallest, float room, const HeightAt& heightAt)
{
    FittedText fitted{start, heightAt(start)};
    while (fitted.fontSize > smallest && fitted.height > room) {
        fitted.fontSize *= 0.9f;
        fitted.height = heightAt(fitted.fontSize);
    }
    return fitted;
}

float labelLinesOnTop(bool isCard, bool oneWord, float labelWidth, float textWidth)
{
    if (isCard)
        return kLabelLinesMost;
    if (oneWord || labelWidth <= textWidth)
        return 1.3f;
    return kLabelLinesMost;
}

PictureTopLayout layoutPictureTop(TileBox tile, const TileMeasures& measures, float labelLines, bool hasPicture,
                                  bool hasDetail)
{
    const ImVec2 min = tile.min;
    const ImVec2 max = tile.max();
    const float pad = measures.pad;
    const float textLines = labelLines + (hasDetail ? 1.0f : 0.0f);
    const float textHeight = measures.fontSize * textLines;
    const float pictureBottom = max.y - pad - textHeight - measures.badgeHeight - measures.progressHeight;
    PictureTopLayout layout;
    layout.showsPicture = hasPicture && pictureBottom - (min.y + pad) > measures.smallestPicture;
    layout.picture = {ImVec2(min.x + pad, min.y + pad), ImVec2(max.x - pad, pictureBottom)};
    // The words sit under the picture's room even when it is too small to show.
    layout.textTop = hasPicture ? pictureBottom + pad * 0.5f : min.y + pad;
    layout.textLeft = min.x + pad;
    layout.textWidth = tile.size.x - 2 * pad;
    return layout;
}

PictureLeftLayout layoutPictureLeft(TileBox tile, const TileMeasures& measures, bool hasPicture, bool hasDetail)
{
    const ImVec2 min = tile.min;
    const ImVec2 max = tile.max();
    const float pad = measures.pad;
    const float pictureSide = std::min(tile.size.y - 2 * pad, tile.size.x * 0.35f);
    PictureLeftLayout layout;
    layout.picture = {ImVec2(min.x + pad, min.y + pad), ImVec2(min.x + pad + pictureSide, min.y + pad + pictureSide)};
    layout.textLeft = hasPicture ? min.x + 2 * pad + pictureSide : min.x + pad;
    layout.textWidth = max.x - pad - layout.textLeft;
    const float detailHeight = hasDetail ? measures.fontSize * kDetailLine : 0.0f;
    layout.room = tile.size.y - measures.badgeHeight - measures.progressHeight - pad - detailHeight;
    return layout;
}

float labelTopBeside(TileBox tile, const TileMeasures& measures, float labelHeight, float detailHeight)
{
    return tile.min.y
           + std::max(measures.pad * 0.5f,
                      (tile.size.y - measures.badgeHeight - measures.progressHeight - labelHeight - detailHeight) / 2);
}

Corners progressBarBox(TileBox tile, const TileMeasures& measures)
{
    const ImVec2 max = tile.max();
    const float top = max.y - measures.pad - measures.progressHeight - measures.badgeHeight;
    return {ImVec2(tile.min.x + measures.pad, top), ImVec2(max.x - measures.pad, top + measures.progressHeight)};
}

Corners badgeBox(TileBox tile, const TileMeasures& measures)
{
    const ImVec2 max = tile.max();
    const float inset = measures.pad * 0.5f;
    return {ImVec2(tile.min.x + inset, max.y - inset - measures.badgeHeight), ImVec2(max.x - inset, max.y - inset)};
}

Corners readyOutlineBox(TileBox tile, float thickness)
{
    const ImVec2 max = tile.max();
    const float out = thickness * 0.5f;
    return {ImVec2(tile.min.x - out, tile.min.y - out), ImVec2(max.x + out, max.y + out)};
}

} // namespace rightjob::ui
