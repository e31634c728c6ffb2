#include "ui/screens/mat_layout.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <set>

namespace rightjob::ui {

namespace {

bool holds(const std::vector<MatSlot>& taken, MatSlot slot)
{
    return std::find(taken.begin(), taken.end(), slot) != taken.end();
}

} // namespace

MatSlot slotForPlacement(const core::MatPlacement& placement)
{
    const double x = std::isfinite(placement.x) ? std::clamp(placement.x, 0.0, 1.0) : 0.0;
    const double y = std::isfinite(placement.y) ? std::clamp(placement.y, 0.0, 1.0) : 0.0;
    return MatSlot{std::min(kMatSlotColumns - 1, static_cast<int>(x * kMatSlotColumns)),
                   std::min(kMatSavedRows - 1, static_cast<int>(y * kMatSavedRows))};
}

core::MatPlacement placementForSlot(MatSlot slot)
{
    const int column = std::clamp(slot.column, 0, kMatSlotColumns - 1);
    const int row = std::clamp(slot.row, 0, kMatSavedRows - 1);
    return core::MatPlacement{(column + 0.5) / kMatSlotColumns, (row + 0.5) / kMatSavedRows};
}

MatSlot freeSlotNear(const std::vector<MatSlot>& taken, float column, float row, int rows)
{
    std::optional<MatSlot> best;
    float bestDistance = 0;
    for (int r = 0; r < std::max(rows, 1); ++r)
        for (int c = 0; c < kMatSlotColumns; ++c) {
            const MatSlot slot{c, r};
            if (holds(taken, slot))
                continue;
            const float dx = (static_cast<float>(c) + 0.5f) - column;
            const float dy = (static_cast<float>(r) + 0.5f) - row;
            const float distance = dx * dx + dy * dy;
            if (!best || distance < bestDistance) {
                best = slot;
                bestDistance = distance;
            }
        }
    if (best)
        return *best;
    // Every slot in those rows is taken: the first free one below them.
    for (int index = std::max(rows, 1) * kMatSlotColumns;; ++index) {
        const MatSlot slot{index % kMatSlotColumns, index / kMatSlotColumns};
        if (!holds(taken, slot))
            return slot;
    }
}

std::map<std::string, MatSlot> arrangePlace(const std::vector<MatCardInPlace>& cards)
{
    std::map<std::string, MatSlot> arrangement;
    std::vector<MatSlot> taken;
    // Placed cards first, by id, so a clash is settled the same way every time.
    std::vector<const MatCardInPlace*> placed;
    for (const auto& card : cards)
        if (card.placement)
            placed.push_back(&card);
    std::sort(placed.begin(), placed.end(),
              [](const MatCardInPlace* a, const MatCardInPlace* b) { return a->cardId < b->cardId; });
    for (const MatCardInPlace* card : placed) {
        MatSlot slot = slotForPlacement(*card->placement);
        if (holds(taken, slot))
            slot = freeSlotNear(taken, static_cast<float>(slot.column) + 0.5f, static_cast<float>(slot.row) + 0.5f,
                                kMatSavedRows);
        taken.push_back(slot);
        arrangement[card->cardId] = slot;
    }
    // Then the cards answered elsewhere, in the first free slots, in order.
    int next = 0;
    for (const auto& card : cards) {
        if (card.placement)
            continue;
        MatSlot slot{next % kMatSlotColumns, next / kMatSlotColumns};
        while (holds(taken, slot)) {
            ++next;
            slot = MatSlot{next % kMatSlotColumns, next / kMatSlotColumns};
        }
        taken.push_back(slot);
        arrangement[card.cardId] = slot;
    }
#ifndef NDEBUG
    std::set<std::pair<int, int>> distinct;
    for (const auto& [id, slot] : arrangement)
        distinct.insert({slot.column, slot.row});
    assert(distinct.size() == arrangement.size() && "two cards share a slot");
#endif
    return arrangement;
}

int matRowsShown(const std::map<std::string, MatSlot>& arrangement, std::size_t cardsInSection)
{
    int rows = static_cast<int>((cardsInSection + kMatSlotColumns - 1) / kMatSlotColumns);
    for (const auto& [id, slot] : arrangement)
        rows = std::max(rows, slot.row + 1);
    return std::max(rows, 1);
}

float matSlotSide(float width)
{
    return std::max(width, 0.0f) / kMatSlotColumns;
}

float matCardSide(float slotSide, float wanted, float gap, float smallest)
{
    // Whole pixels, and always a little apart from the next slot's card.
    const float side = std::min(wanted, slotSide - gap);
    const float leastGap = std::min(2.0f, slotSide / 2);
    return std::floor(side >= smallest ? side : std::min(smallest, slotSide - leastGap));
}

} // namespace rightjob::ui

namespace rightjob::ui {

MatTopRow matTopRow(float startX, float startY, float available, float contentBottom, const MatMeasures& measures)
{
    const float em = measures.em;
    const float gap = 0.6f * em;
    MatTopRow row;
    row.buttonWidth = 7.0f * em;
    row.buttonHeight = 2.6f * em;
    row.buttonsAbovePrompt = available < 2 * row.buttonWidth + 2 * gap + 6.0f * em;
    const float belowCard = gap + measures.placeHeaderHeight + 1.0f * em;
    const float roomForCard = contentBottom - (startY + row.buttonHeight + gap) - belowCard;
    row.sideways = !row.buttonsAbovePrompt && roomForCard < 7.0f * em && available >= 18.0f * em;
    row.rowHeight = row.buttonHeight;
    row.promptX = startX;
    row.promptY = startY;
    row.promptWidth = available - 2 * row.buttonWidth - 2 * gap;
    row.skipX = startX + available - 2 * row.buttonWidth - gap;
    row.skipY = startY;
    row.allX = startX + available - row.buttonWidth;
    row.allY = startY;
    if (row.buttonsAbovePrompt) {
        row.buttonWidth = std::floor((available - gap) / 2);
        row.promptWidth = available;
        row.skipX = startX;
        row.allX = startX + row.buttonWidth + gap;
        row.promptY = startY + row.buttonHeight + gap * 0.5f;
    } else if (row.sideways) {
        // Each button keeps room for its one line of words (2 em) and the
        // places keep only a sliver of their area in sight.
        const float buttonGap = 0.3f * em;
        const float shortestButton = std::max(measures.minimumTarget, 2.0f * em);
        const float sliver = 0.3f * em;
        row.rowHeight = std::clamp(contentBottom - startY - gap - measures.placeHeaderHeight - sliver,
                                   2 * shortestButton + buttonGap, 2 * row.buttonHeight + buttonGap);
        row.buttonHeight = (row.rowHeight - buttonGap) / 2;
        row.promptWidth = std::min(available * 0.28f, 8.0f * em);
        row.skipX = startX + available - row.buttonWidth;
        row.allX = row.skipX;
        row.allY = startY + row.buttonHeight + buttonGap;
    }
    assert(row.buttonHeight > 0 && row.promptWidth > 0);
    return row;
}

MatCardBox matCardBox(const MatTopRow& row, float startX, float startY, float available, float contentBottom,
                      float promptBottom, const MatMeasures& measures)
{
    const float em = measures.em;
    const float gap = 0.6f * em;
    const float belowCard = gap + measures.placeHeaderHeight + 1.0f * em;
    MatCardBox box;
    const float areaTop = row.buttonsAbovePrompt ? promptBottom + gap * 0.5f : startY + row.rowHeight + gap;
    box.y = areaTop;
    box.onItsSide = row.sideways;
    if (row.sideways) {
        const float cardSpace = available - row.promptWidth - row.buttonWidth - 2 * gap;
        box.height = row.rowHeight;
        box.width = std::min(cardSpace, box.height + 12.0f * em);
        box.x = startX + row.promptWidth + gap + (cardSpace - box.width) / 2;
        box.y = startY;
        box.placesTop = areaTop;
        return box;
    }
    const float room = contentBottom - areaTop - belowCard;
    // Taller places' names (a narrow window) leave the card less room.
    const float tallest = std::max((measures.pictureAboveName ? 4.0f : 5.0f) * em, std::min(15.0f * em, room));
    box.height = std::clamp((contentBottom - areaTop) * 0.42f, std::min(7.0f * em, tallest), tallest);
    // A card too short for its picture above its words lies on its side.
    box.onItsSide = box.height < 6.5f * em;
    box.width = box.onItsSide ? std::min(available, box.height + 12.0f * em) : std::min(available * 0.6f, box.height * 0.9f);
    box.x = startX + (available - box.width) / 2;
    box.placesTop = areaTop + box.height + gap;
    return box;
}

} // namespace rightjob::ui
