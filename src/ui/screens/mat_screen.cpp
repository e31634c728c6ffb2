// [SECTION] The screen
// [SECTION] Answer places and placed cards
// [SECTION] Dropping a card

#include "ui/screens/mat_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace rightjob::ui {

namespace {

Color placeColour(const Theme& theme, core::AnswerValue value)
{
    switch (value) {
    case core::AnswerValue::Positive: return theme.positive;
    case core::AnswerValue::Middle: return theme.middle;
    case core::AnswerValue::Negative: return theme.negative;
    }
    return theme.panel;
}

bool inside(ImVec2 point, ImVec2 min, ImVec2 max)
{
    return point.x >= min.x && point.x < max.x && point.y >= min.y && point.y < max.y;
}

// The answer that places a card on the mat: the profile's standing answer
// (the person's own, else anyone's).
std::optional<core::AnswerValue> matAnswer(const core::Profile& profile, const std::string& key)
{
    if (const auto standing = profile.standingAnswer(key))
        return standing->value;
    return std::nullopt;
}

} // namespace

float MatScreen::thumbnailSide(UiContext& ui) const
{
    return std::max(ui.minimumTarget(), ui.em(2.8f));
}

float MatScreen::placeHeaderHeight(UiContext& ui) const
{
    return ui.em(m_pictureAboveName ? 5.0f : 3.2f);
}

bool MatScreen::namesFitBesidePictures(UiContext& ui, const core::Scale& scale, float columnWidth)
{
    // As tile() lays out a tile with its picture on the left.
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    const float pad = ui.em(0.5f);
    const float pictureSide = std::min(ui.em(3.2f) - 2 * pad, columnWidth * 0.35f);
    const float textWidth = columnWidth - 3 * pad - pictureSide;
    // A word may be made a little smaller to fit, as tile() does, but no more.
    for (const core::ScaleAnswer& answer : scale.answers)
        if (widestWordWidth(bold, bold->FontSize * 0.8f, answer.words) > textWidth)
            return false;
    return true;
}

// [SECTION] The screen

void MatScreen::draw(App& app, UiContext& ui)
{
    core::OpenProfile* open = app.openProfile();
    if (!open)
        return;
    const core::Layout& layout = open->layout();
    const core::SectionDefinition* section = layout.findSection(app.currentSection());
    if (!section)
        return;
    const core::Profile& profile = open->profile();
    const std::string current = core::nextMatCard(layout, profile, section->id);
    const auto cards = core::sectionCards(layout, profile, section->id);
    const core::SectionProgress progress = core::sectionProgress(layout, profile, section->id);

    const float gap = ui.em(0.6f);
    // Whole pixels, so the rightmost button is not cut by a rounded clip edge.
    const float available = std::floor(ImGui::GetContentRegionAvail().x);
    const ImVec2 rowStart = ImGui::GetCursorPos();
    m_pictureAboveName = !namesFitBesidePictures(ui, layout.scaleFor(*section), (available - 2 * gap) / 3);
    float buttonWidth = ui.em(7.0f);
    float buttonHeight = ui.em(2.6f);

    // The usual mat: the prompt and the buttons in a row (the buttons above
    // the prompt when the window is too narrow for both), then the card, big,
    // in the middle, leaving room below it for the places' names and the top
    // of their areas, so the card and all three places show without
    // scrolling. A short window (landscape at a large text size) has no room
    // for a tall card: the prompt, the card on its side (its picture beside
    // its words) and the buttons, one above the other, share one row.
    const float contentBottom = ImGui::GetContentRegionMax().y;
    const bool buttonsAbovePrompt = available < 2 * buttonWidth + 2 * gap + ui.em(6.0f);
    const float belowCard = gap + placeHeaderHeight(ui) + ui.em(1.0f);
    const float roomForCard = contentBottom - (rowStart.y + buttonHeight + gap) - belowCard;
    const bool sideways = !buttonsAbovePrompt && roomForCard < ui.em(7.0f) && available >= ui.em(18.0f);
    float promptWidth = available - 2 * buttonWidth - 2 * gap;
    ImVec2 promptAt = rowStart;
    ImVec2 skipAt(rowStart.x + available - 2 * buttonWidth - gap, rowStart.y);
    ImVec2 allAt(rowStart.x + available - buttonWidth, rowStart.y);
    float rowHeight = buttonHeight;
    if (buttonsAbovePrompt) {
        buttonWidth = std::floor((available - gap) / 2);
        promptWidth = available;
        skipAt = rowStart;
        allAt = ImVec2(rowStart.x + buttonWidth + gap, rowStart.y);
        promptAt = ImVec2(rowStart.x, rowStart.y + buttonHeight + gap * 0.5f);
    } else if (sideways) {
        // Each button keeps room for its one line of words (2 em) and the
        // places keep only a sliver of their area in sight.
        const float buttonGap = ui.em(0.3f);
        const float shortestButton = std::max(ui.minimumTarget(), ui.em(2.0f));
        const float sliver = ui.em(0.3f);
        rowHeight = std::clamp(contentBottom - rowStart.y - gap - placeHeaderHeight(ui) - sliver,
                               2 * shortestButton + buttonGap, 2 * buttonHeight + buttonGap);
        buttonHeight = (rowHeight - buttonGap) / 2;
        promptWidth = std::min(available * 0.28f, ui.em(8.0f));
        skipAt = ImVec2(rowStart.x + available - buttonWidth, rowStart.y);
        allAt = ImVec2(skipAt.x, rowStart.y + buttonHeight + buttonGap);
    }

    // The prompt and how far the person has got.
    ImGui::SetCursorPos(promptAt);
    ImGui::PushFont(ui.window.boldFont());
    ImGui::PushTextWrapPos(rowStart.x + promptWidth);
    ImGui::TextWrapped("%s", section->prompt.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::PushTextWrapPos(rowStart.x + promptWidth);
    ImGui::TextWrapped("%d of %d done", progress.answered, progress.total);
    ImGui::PopTextWrapPos();
    const float promptBottom = ImGui::GetCursorPosY();

    ImGui::SetCursorPos(skipAt);
    TileContent skip;
    skip.id = "skip";
    skip.label = "Skip";
    skip.spoken = "Skip this card";
    skip.symbol = "next-track-button";
    skip.role = TargetRole::Button;
    skip.enabled = !current.empty();
    if (tile(ui, skip, ImVec2(buttonWidth, buttonHeight), PictureSide::Left))
        open->document().skipOnMat(section->id, current);
    ImGui::SetCursorPos(allAt);
    TileContent all;
    all.id = "all-cards";
    all.label = "All cards";
    all.spoken = "See all the cards";
    all.symbol = "card-index";
    all.role = TargetRole::Button;
    if (tile(ui, all, ImVec2(buttonWidth, buttonHeight), PictureSide::Left)) {
        app.showSectionGrid();
        return;
    }

    // Where the card goes, and how big it is.
    float areaTop = buttonsAbovePrompt ? promptBottom + gap * 0.5f : rowStart.y + rowHeight + gap;
    float cardHeight = 0;
    float cardWidth = 0;
    float cardX = 0;
    float cardY = areaTop;
    bool cardOnItsSide = sideways;
    if (sideways) {
        const float cardSpace = available - promptWidth - buttonWidth - 2 * gap;
        cardHeight = rowHeight;
        cardWidth = std::min(cardSpace, cardHeight + ui.em(12.0f));
        cardX = rowStart.x + promptWidth + gap + (cardSpace - cardWidth) / 2;
        cardY = rowStart.y;
    } else {
        const float room = contentBottom - areaTop - belowCard;
        // Taller places' names (a narrow window) leave the card less room.
        const float tallest = std::max(ui.em(m_pictureAboveName ? 4.0f : 5.0f), std::min(ui.em(15.0f), room));
        cardHeight = std::clamp((contentBottom - areaTop) * 0.42f, std::min(ui.em(7.0f), tallest), tallest);
        // A card too short for its picture above its words lies on its side.
        cardOnItsSide = cardHeight < ui.em(6.5f);
        cardWidth = cardOnItsSide ? std::min(available, cardHeight + ui.em(12.0f))
                                  : std::min(available * 0.6f, cardHeight * 0.9f);
        cardX = rowStart.x + (available - cardWidth) / 2;
    }

    // The card being asked about.
    ImGui::SetCursorPos(ImVec2(cardX, cardY));
    const core::CardView* card = nullptr;
    for (const auto& candidate : cards)
        if (candidate.id == current)
            card = &candidate;
    if (card) {
        TileContent content;
        content.id = "mat-card:" + card->id;
        content.label = card->label;
        content.spoken = card->spoken;
        content.symbol = card->symbol;
        content.photoPath = app.photoPath(card->photo);
        content.role = TargetRole::Card;
        content.cardKey = core::cardKey(section->id, card->id);
        content.showsSpokenWords = true;
        tile(ui, content, ImVec2(cardWidth, cardHeight), cardOnItsSide ? PictureSide::Left : PictureSide::Top);
        if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, ui.em(0.4f)))
            m_draggedCard = card->id;
    } else {
        ImGui::PushFont(ui.window.headingFont());
        ImGui::PushTextWrapPos(sideways ? cardX + cardWidth : 0.0f);
        ImGui::TextWrapped("You did all the cards. Well done!");
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
    }

    drawPlaces(app, ui, current, sideways ? areaTop : areaTop + cardHeight + gap);

    // A card being dragged follows the finger, and lands where it is let go.
    if (!m_draggedCard.empty()) {
        const ImVec2 pointer = ImGui::GetMousePos();
        const float side = thumbnailSide(ui) * 1.4f;
        for (const auto& dragged : cards) {
            if (dragged.id != m_draggedCard)
                continue;
            ImDrawList* drawList = ImGui::GetForegroundDrawList();
            const ImVec2 min(pointer.x - side / 2, pointer.y - side / 2);
            const ImVec2 max(pointer.x + side / 2, pointer.y + side / 2);
            drawList->AddRectFilled(min, max, toImU32(ui.theme().card), ui.em(0.4f));
            drawList->AddRect(min, max, toImU32(ui.theme().focus), ui.em(0.4f), 0, ui.em(0.15f));
            if (Picture picture = ui.pictures.symbol(dragged.symbol))
                drawPictureInBox(ui, drawList, picture, ImVec2(min.x + side * 0.1f, min.y + side * 0.1f),
                                 ImVec2(max.x - side * 0.1f, max.y - side * 0.1f), ui.theme().card);
            else
                drawWrappedText(ui, drawList, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + 4, min.y + 4),
                                side - 8, side - 8, toImU32(ui.theme().text), dragged.label);
        }
        ui.window.requestAnimationFrames(2);
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
            const std::string dropped = m_draggedCard;
            m_draggedCard.clear();
            dropCard(app, ui, dropped, pointer);
        }
    }
}

// [SECTION] Answer places and placed cards

void MatScreen::drawPlaces(App& app, UiContext& ui, const std::string& current, float top)
{
    core::OpenProfile& open = *app.openProfile();
    const core::Layout& layout = open.layout();
    const core::SectionDefinition& section = *layout.findSection(app.currentSection());
    const core::Scale& scale = layout.scaleFor(section);
    const core::Profile& profile = open.profile();
    const auto cards = core::sectionCards(layout, profile, section.id);
    const auto matFound = profile.mats.find(section.id);
    const float gap = ui.em(0.6f);
    const float available = std::floor(ImGui::GetContentRegionAvail().x);
    const float columnWidth = (available - 2 * gap) / 3;
    const float headerHeight = placeHeaderHeight(ui);
    const ImVec2 origin = ImGui::GetWindowPos();
    const float scrollY = ImGui::GetScrollY();
    const float left = ImGui::GetCursorPosX();
    const float side = thumbnailSide(ui);
    const float step = side + ui.em(0.3f);
    const int slotColumns = std::max(1, static_cast<int>(columnWidth / step));
    ImDrawList* drawList = ImGui::GetWindowDrawList();

    // Which cards sit in which place: those put there on the mat keep their
    // place; those answered elsewhere fill free slots after them.
    struct Shown {
        const core::CardView* card;
        std::optional<core::MatPlacement> placement;
    };
    std::vector<Shown> inPlace[3];
    for (const auto& card : cards) {
        const auto value = matAnswer(profile, core::cardKey(section.id, card.id));
        if (!value)
            continue;
        std::optional<core::MatPlacement> placement;
        if (matFound != profile.mats.end() && matFound->second.placed.count(card.id))
            placement = matFound->second.placed.at(card.id);
        inPlace[static_cast<int>(*value)].push_back({&card, placement});
    }
    // Every place is tall enough for all the section's cards, so a place's
    // size never changes as cards arrive and saved positions mean the same
    // thing every time; the screen scrolls when it must.
    const float rowsNeeded = static_cast<float>((cards.size() + slotColumns - 1) / slotColumns);
    const float bottom = std::max({top + ui.em(8.0f), ImGui::GetContentRegionMax().y - gap,
                                   top + headerHeight + gap * 0.5f + rowsNeeded * step});

    std::optional<core::AnswerValue> tapped;
    for (int index = 0; index < 3; ++index) {
        const core::ScaleAnswer& answer = scale.answers[index];
        const float x = left + index * (columnWidth + gap);
        PlaceArea& place = m_places[index];
        place.value = answer.value;
        place.columnMin = ImVec2(origin.x + x, origin.y + top - scrollY);
        place.columnMax = ImVec2(place.columnMin.x + columnWidth, origin.y + bottom - scrollY);
        place.areaMin = ImVec2(place.columnMin.x, place.columnMin.y + headerHeight + gap * 0.5f);
        place.areaMax = place.columnMax;

        const bool dropHere = !m_draggedCard.empty() && inside(ImGui::GetMousePos(), place.columnMin, place.columnMax);
        drawList->AddRectFilled(place.areaMin, place.areaMax,
                                toImU32(placeColour(ui.theme(), answer.value), dropHere ? 1.0f : 0.6f), ui.em(0.5f));
        if (dropHere)
            drawList->AddRect(place.columnMin, place.columnMax, toImU32(ui.theme().focus), ui.em(0.5f), 0,
                              ui.em(0.15f));

        ImGui::SetCursorPos(ImVec2(x, top));
        TileContent header;
        header.id = std::string("place:") + core::answerValueName(answer.value);
        header.label = answer.words;
        header.spoken = answer.spoken;
        header.symbol = answer.symbol;
        header.role = TargetRole::AnswerPlace;
        if (tile(ui, header, ImVec2(columnWidth, headerHeight),
                 m_pictureAboveName ? PictureSide::Top : PictureSide::Left)
            && !current.empty())
            tapped = answer.value;
    }

    // Cards already placed, where the person put them.
    for (int index = 0; index < 3; ++index) {
        const PlaceArea& place = m_places[index];
        const float width = place.areaMax.x - place.areaMin.x;
        const float height = place.areaMax.y - place.areaMin.y;
        std::vector<ImVec2> taken;
        for (const auto& shown : inPlace[index])
            if (shown.placement)
                taken.emplace_back(static_cast<float>(shown.placement->x) * width,
                                   static_cast<float>(shown.placement->y) * height);
        int nextSlot = 0;
        for (auto& shown : inPlace[index]) {
            if (shown.placement)
                continue;
            for (;; ++nextSlot) {
                const ImVec2 centre((nextSlot % slotColumns + 0.5f) * step, (nextSlot / slotColumns + 0.5f) * step);
                const bool free = std::none_of(taken.begin(), taken.end(), [&](const ImVec2& other) {
                    return std::fabs(other.x - centre.x) < step * 0.9f && std::fabs(other.y - centre.y) < step * 0.9f;
                });
                if (free || centre.y > height) {
                    shown.placement = core::MatPlacement{centre.x / width, centre.y / height};
                    taken.push_back(centre);
                    ++nextSlot;
                    break;
                }
            }
        }
        for (const auto& shown : inPlace[index]) {
            const core::CardView& card = *shown.card;
            const float centreX = place.areaMin.x + std::clamp(static_cast<float>(shown.placement->x) * width,
                                                                side / 2, std::max(side / 2, width - side / 2));
            const float centreY = place.areaMin.y + std::clamp(static_cast<float>(shown.placement->y) * height,
                                                                side / 2, std::max(side / 2, height - side / 2));
            const ImVec2 min(centreX - side / 2, centreY - side / 2);
            const ImVec2 max(centreX + side / 2, centreY + side / 2);
            ImGui::SetCursorScreenPos(min);
            const std::string id = "placed:" + card.id;
            ImGui::InvisibleButton(id.c_str(), ImVec2(side, side));
            const bool dragging = ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, ui.em(0.4f));
            reportTarget(ui, ScreenTarget{id, card.label, card.spoken, TargetRole::Card, min.x, min.y, side, side,
                                          ImGui::IsItemFocused()});
            if (card.id != m_draggedCard) {
                drawList->AddRectFilled(min, max, toImU32(ui.theme().card), ui.em(0.3f));
                drawList->AddRect(min, max, toImU32(ui.theme().cardBorder), ui.em(0.3f), 0, 2.0f);
                Picture picture = card.photo.empty() ? Picture{} : ui.pictures.file(app.photoPath(card.photo));
                if (!picture)
                    picture = ui.pictures.symbol(card.symbol);
                if (picture)
                    drawPictureInBox(ui, drawList, picture, ImVec2(min.x + 4, min.y + 4), ImVec2(max.x - 4, max.y - 4),
                                     ui.theme().card);
                else
                    drawWrappedText(ui, drawList, ImGui::GetFont(), ImGui::GetFontSize() * 0.8f,
                                    ImVec2(min.x + 4, min.y + 4), side - 8, side - 8, toImU32(ui.theme().text),
                                    card.label);
            }
            if (dragging)
                m_draggedCard = card.id;
        }
    }
    ImGui::SetCursorPos(ImVec2(left, bottom));
    ImGui::Dummy(ImVec2(1, 1));

    if (tapped) {
        const PlaceArea& place = m_places[static_cast<int>(*tapped)];
        open.document().placeOnMat(section.id, current, *tapped,
                                   freeSlotNear(app, ui, place, place.areaMin, current));
        playPlacedCue(app, ui);
    }
}

// [SECTION] Dropping a card

void MatScreen::playPlacedCue(App& app, UiContext& ui)
{
    // The last card of the section placed: the "done" cue; any other, "answer placed".
    const core::OpenProfile& open = *app.openProfile();
    const bool done = core::nextMatCard(open.layout(), open.profile(), app.currentSection()).empty();
    ui.playCue(done ? SoundCue::Done : SoundCue::AnswerPlaced);
}

core::MatPlacement MatScreen::freeSlotNear(App& app, UiContext& ui, const PlaceArea& place, ImVec2 at,
                                           const std::string& movingCard) const
{
    // Cards go where they are dropped, moved only as far as needed not to
    // cover another card (so every card stays visible and can be tapped).
    const core::Profile& profile = app.openProfile()->profile();
    const std::string sectionId = app.currentSection();
    const float width = place.areaMax.x - place.areaMin.x;
    const float height = place.areaMax.y - place.areaMin.y;
    const float side = thumbnailSide(ui);
    const float step = side + ui.em(0.3f);
    const int columns = std::max(1, static_cast<int>(width / step));
    const int rows = std::max(1, static_cast<int>(height / step));
    const auto mat = profile.mats.find(sectionId);

    std::vector<ImVec2> taken;
    if (mat != profile.mats.end()) {
        for (const auto& [cardId, placement] : mat->second.placed) {
            if (cardId == movingCard)
                continue;
            const auto value = matAnswer(profile, core::cardKey(sectionId, cardId));
            if (value && *value == place.value)
                taken.emplace_back(static_cast<float>(placement.x) * width, static_cast<float>(placement.y) * height);
        }
    }
    const ImVec2 wanted(at.x - place.areaMin.x, at.y - place.areaMin.y);
    float bestDistance = 1e30f;
    ImVec2 best((0.5f * step) / width, (0.5f * step) / height);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const ImVec2 centre((column + 0.5f) * step, (row + 0.5f) * step);
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const ImVec2& other) {
                return std::fabs(other.x - centre.x) < step * 0.9f && std::fabs(other.y - centre.y) < step * 0.9f;
            });
            if (!free)
                continue;
            const float distance = (centre.x - wanted.x) * (centre.x - wanted.x) + (centre.y - wanted.y) * (centre.y - wanted.y);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = ImVec2(centre.x / width, centre.y / height);
            }
        }
    }
    return core::MatPlacement{std::clamp(static_cast<double>(best.x), 0.0, 1.0),
                              std::clamp(static_cast<double>(best.y), 0.0, 1.0)};
}

void MatScreen::dropCard(App& app, UiContext& ui, const std::string& cardId, ImVec2 at)
{
    for (const PlaceArea& place : m_places) {
        if (!inside(at, place.columnMin, place.columnMax))
            continue;
        const ImVec2 clamped(std::max(at.x, place.areaMin.x), std::max(at.y, place.areaMin.y));
        app.openProfile()->document().placeOnMat(app.currentSection(), cardId, place.value,
                                                 freeSlotNear(app, ui, place, clamped, cardId));
        playPlacedCue(app, ui);
        return;
    }
    // Let go outside the places: the card goes back where it was.
}

} // namespace rightjob::ui
