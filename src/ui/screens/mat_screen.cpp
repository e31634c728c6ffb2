// [SECTION] The screen
// [SECTION] Answer places and placed cards
// [SECTION] Dragging and dropping a card

// The sums (where the buttons, the card and each slot go) are in
// mat_layout.h, with their tests; this file draws and sends commands.

#include "ui/screens/mat_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <cassert>
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

// The answer that places a card on the mat: the person's own, else anyone's.
std::optional<core::AnswerValue> matAnswer(const core::Profile& profile, const std::string& key)
{
    if (const auto own = profile.latestAnswer(key, core::kPersonGiver))
        return own->value;
    if (const auto any = profile.standingAnswer(key))
        return any->value;
    return std::nullopt;
}

// What a tap on a placed card means: true when it opens the card. With
// speak-first on, the first tap only says it, as a tile's would.
bool openOnTap(UiContext& ui, const ScreenTarget& target)
{
    const TapMeaning meaning = ui.speakFirst ? ui.speakFirst->tapped(target.id) : TapMeaning::SpeakAndChoose;
    if (meaning != TapMeaning::Choose)
        ui.say(target.spoken, target.id, target.cardKey);
    return meaning != TapMeaning::SpeakOnly;
}

} // namespace

float MatScreen::thumbnailSide(UiContext& ui) const
{
    // As big as the text size asks, but never more than a slot leaves.
    return matCardSide(m_slotSide, std::max(ui.minimumTarget(), ui.em(2.8f)), ui.em(0.3f), ui.minimumTarget());
}

MatMeasures MatScreen::measures(UiContext& ui) const
{
    return MatMeasures{ui.em(1.0f), ui.minimumTarget(), placeHeaderHeight(ui), m_pictureAboveName};
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
    const std::string current = core::nextMatCard(layout, open->profile(), section->id);

    // Whole pixels, so the rightmost button is not cut by a rounded clip edge.
    const float available = std::floor(ImGui::GetContentRegionAvail().x);
    const ImVec2 start = ImGui::GetCursorPos();
    const float contentBottom = ImGui::GetContentRegionMax().y;
    const float gap = ui.em(0.6f);
    m_pictureAboveName = !namesFitBesidePictures(ui, layout.scaleFor(*section), (available - 2 * gap) / 3);

    // The usual mat: the prompt and the buttons in a row, then the card,
    // big, in the middle, leaving room below it for the places' names and
    // the top of their areas, so the card and all three places show
    // without scrolling.
    const MatTopRow row = matTopRow(start.x, start.y, available, contentBottom, measures(ui));
    float promptBottom = 0;
    if (!drawTopRow(app, ui, row, current, promptBottom))
        return;
    const MatCardBox box = matCardBox(row, start.x, start.y, available, contentBottom, promptBottom, measures(ui));
    drawCurrentCard(app, ui, box, current);
    drawPlaces(app, ui, current, box.placesTop);
    drawDraggedCard(app, ui);
}

bool MatScreen::drawTopRow(App& app, UiContext& ui, const MatTopRow& row, const std::string& current,
                           float& promptBottom)
{
    core::OpenProfile& open = *app.openProfile();
    const core::SectionDefinition& section = *open.layout().findSection(app.currentSection());
    const core::SectionProgress progress = core::sectionProgress(open.layout(), open.profile(), section.id);

    // The prompt and how far the person has got.
    ImGui::SetCursorPos(ImVec2(row.promptX, row.promptY));
    ImGui::PushTextWrapPos(row.promptX + row.promptWidth);
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("%s", section.prompt.c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%d of %d done", progress.answered, progress.total);
    ImGui::PopTextWrapPos();
    promptBottom = ImGui::GetCursorPosY();

    ImGui::SetCursorPos(ImVec2(row.skipX, row.skipY));
    TileContent skip;
    skip.id = "skip";
    skip.label = "Skip";
    skip.spoken = "Skip this card";
    skip.symbol = "next-track-button";
    skip.role = TargetRole::Button;
    skip.enabled = !current.empty();
    if (tile(ui, skip, ImVec2(row.buttonWidth, row.buttonHeight), PictureSide::Left))
        open.document().skipOnMat(section.id, current);
    ImGui::SetCursorPos(ImVec2(row.allX, row.allY));
    TileContent all;
    all.id = "all-cards";
    all.label = "All cards";
    all.spoken = "See all the cards";
    all.symbol = "card-index";
    all.role = TargetRole::Button;
    if (tile(ui, all, ImVec2(row.buttonWidth, row.buttonHeight), PictureSide::Left)) {
        app.showSectionGrid();
        return false;
    }
    return true;
}

void MatScreen::drawCurrentCard(App& app, UiContext& ui, const MatCardBox& box, const std::string& current)
{
    const core::OpenProfile& open = *app.openProfile();
    const std::string& sectionId = app.currentSection();
    ImGui::SetCursorPos(ImVec2(box.x, box.y));
    for (const auto& card : core::sectionCards(open.layout(), open.profile(), sectionId)) {
        if (card.id != current)
            continue;
        TileContent content;
        content.id = "mat-card:" + card.id;
        content.label = card.label;
        content.spoken = card.spoken;
        content.symbol = card.symbol;
        content.photoPath = app.photoPath(card.photo);
        content.role = TargetRole::Card;
        content.cardKey = core::cardKey(sectionId, card.id);
        content.showsSpokenWords = true;
        tile(ui, content, ImVec2(box.width, box.height), box.onItsSide ? PictureSide::Left : PictureSide::Top);
        if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, ui.em(0.4f)))
            m_draggedCard = card.id;
        return;
    }
    ImGui::PushFont(ui.window.headingFont());
    ImGui::PushTextWrapPos(box.x + box.width);
    ImGui::TextWrapped("You did all the cards. Well done!");
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

// [SECTION] Answer places and placed cards

void MatScreen::arrangePlaces(App& app)
{
    // Which cards sit in which place: those put there on the mat keep their
    // slot; those answered elsewhere fill free slots after them.
    const core::OpenProfile& open = *app.openProfile();
    const core::Profile& profile = open.profile();
    const std::string& sectionId = app.currentSection();
    const auto mat = profile.mats.find(sectionId);
    std::vector<MatCardInPlace> inPlace[3];
    for (const auto& card : core::sectionCards(open.layout(), profile, sectionId)) {
        const auto value = matAnswer(profile, core::cardKey(sectionId, card.id));
        if (!value)
            continue;
        std::optional<core::MatPlacement> placement;
        if (mat != profile.mats.end())
            if (const auto found = mat->second.placed.find(card.id); found != mat->second.placed.end())
                placement = found->second;
        inPlace[static_cast<int>(*value)].push_back({card.id, placement});
    }
    for (int index = 0; index < 3; ++index)
        m_places[index].arrangement = arrangePlace(inPlace[index]);
}

void MatScreen::drawPlaces(App& app, UiContext& ui, const std::string& current, float top)
{
    core::OpenProfile& open = *app.openProfile();
    const core::Layout& layout = open.layout();
    const core::SectionDefinition& section = *layout.findSection(app.currentSection());
    const core::Scale& scale = layout.scaleFor(section);
    const std::size_t cardCount = core::sectionCards(layout, open.profile(), section.id).size();
    const float gap = ui.em(0.6f);
    const float available = std::floor(ImGui::GetContentRegionAvail().x);
    const float columnWidth = (available - 2 * gap) / 3;
    const float headerHeight = placeHeaderHeight(ui);
    const ImVec2 origin = ImGui::GetWindowPos();
    const float scrollY = ImGui::GetScrollY();
    const float left = ImGui::GetCursorPosX();
    ImDrawList* drawList = ImGui::GetWindowDrawList();

    // Every place is tall enough for all the section's cards, so a place's
    // size never changes as cards arrive; the screen scrolls when it must.
    arrangePlaces(app);
    m_slotSide = matSlotSide(columnWidth);
    m_rowsShown = 1;
    for (const PlaceArea& place : m_places)
        m_rowsShown = std::max(m_rowsShown, matRowsShown(place.arrangement, cardCount));
    const float bottom = std::max({top + ui.em(8.0f), ImGui::GetContentRegionMax().y - gap,
                                   top + headerHeight + gap * 0.5f + static_cast<float>(m_rowsShown) * m_slotSide});

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
    for (const PlaceArea& place : m_places)
        drawPlacedCards(app, ui, place, drawList);
    ImGui::SetCursorPos(ImVec2(left, bottom));
    ImGui::Dummy(ImVec2(1, 1));

    if (tapped) {
        // A tapped place takes the card in its first free slot.
        const PlaceArea& place = m_places[static_cast<int>(*tapped)];
        open.document().placeOnMat(section.id, current, *tapped,
                                   placementForSlot(freeSlotIn(place, place.areaMin, current)));
        playPlacedCue(app, ui);
    }
}

void MatScreen::drawPlacedCards(App& app, UiContext& ui, const PlaceArea& place, ImDrawList* drawList)
{
    const core::OpenProfile& open = *app.openProfile();
    const std::string& sectionId = app.currentSection();
    const float side = thumbnailSide(ui);
    assert(side <= m_slotSide + 0.5f && "a placed card fits its slot, so no two overlap");
    for (const auto& card : core::sectionCards(open.layout(), open.profile(), sectionId)) {
        const auto slot = place.arrangement.find(card.id);
        if (slot == place.arrangement.end())
            continue;
        const float centreX = place.areaMin.x + (static_cast<float>(slot->second.column) + 0.5f) * m_slotSide;
        const float centreY = place.areaMin.y + (static_cast<float>(slot->second.row) + 0.5f) * m_slotSide;
        const ImVec2 min(centreX - side / 2, centreY - side / 2);
        const ImVec2 max(centreX + side / 2, centreY + side / 2);
        ImGui::SetCursorScreenPos(min);
        const std::string id = "placed:" + card.id;
        const bool clicked = ImGui::InvisibleButton(id.c_str(), ImVec2(side, side));
        const bool dragging = ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, ui.em(0.4f));
        ScreenTarget target{id, card.label, card.spoken, TargetRole::Card, min.x, min.y, side, side,
                            ImGui::IsItemFocused()};
        target.cardKey = core::cardKey(sectionId, card.id);
        reportTarget(ui, target);
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
        // A tap (not the end of a drag) opens the card, as a tile would:
        // with speak-first on, the first tap says it and the second opens it.
        if (clicked && m_draggedCard != card.id && openOnTap(ui, target))
            app.openCard(card.id);
    }
}

// [SECTION] Dragging and dropping a card

void MatScreen::drawDraggedCard(App& app, UiContext& ui)
{
    // A card being dragged follows the finger, and lands where it is let go.
    if (m_draggedCard.empty())
        return;
    const core::OpenProfile& open = *app.openProfile();
    const ImVec2 pointer = ImGui::GetMousePos();
    const float side = thumbnailSide(ui) * 1.4f;
    for (const auto& dragged : core::sectionCards(open.layout(), open.profile(), app.currentSection())) {
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
        const bool placed = dropCard(app, dropped, pointer);
        if (placed)
            playPlacedCue(app, ui);
    }
}

void MatScreen::playPlacedCue(App& app, UiContext& ui)
{
    // The last card of the section placed: the "done" cue; any other, "answer placed".
    const core::OpenProfile& open = *app.openProfile();
    const bool done = core::nextMatCard(open.layout(), open.profile(), app.currentSection()).empty();
    ui.playCue(done ? SoundCue::Done : SoundCue::AnswerPlaced);
}

MatSlot MatScreen::freeSlotIn(const PlaceArea& place, ImVec2 at, const std::string& movingCard) const
{
    // Cards go where they are dropped, moved only as far as the nearest
    // free slot (so every card stays whole in sight and can be tapped).
    std::vector<MatSlot> taken;
    for (const auto& [cardId, slot] : place.arrangement)
        if (cardId != movingCard)
            taken.push_back(slot);
    const float side = std::max(m_slotSide, 1.0f);
    return freeSlotNear(taken, (at.x - place.areaMin.x) / side, (at.y - place.areaMin.y) / side, m_rowsShown);
}

bool MatScreen::dropCard(App& app, const std::string& cardId, ImVec2 at)
{
    for (const PlaceArea& place : m_places) {
        if (!inside(at, place.columnMin, place.columnMax))
            continue;
        const ImVec2 clamped(std::max(at.x, place.areaMin.x), std::max(at.y, place.areaMin.y));
        app.openProfile()->document().placeOnMat(app.currentSection(), cardId, place.value,
                                                 placementForSlot(freeSlotIn(place, clamped, cardId)));
        return true;
    }
    // Let go outside the places: the card goes back where it was.
    return false;
}

} // namespace rightjob::ui
