// The talking mat for one section: one card at a time, big, and three
// answer places. The person taps a place or drags the card onto it; placed
// cards stay in the slot they were put in (mat_layout.h), at any text size,
// and can be dragged to another place, or tapped to open them.
#pragma once

#include "core/profile/profile.h"
#include "ui/screens/mat_layout.h"
#include "ui/ui_context.h"

#include <map>
#include <string>

namespace rightjob::ui {

class App;

// The "mat" screen.
class MatScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
    // Forgets a drag in progress (when another section opens).
    void reset() { m_draggedCard.clear(); }

private:
    struct PlaceArea {
        core::AnswerValue value;
        ImVec2 columnMin, columnMax; // the whole column: where a card may be dropped
        ImVec2 areaMin, areaMax;     // below the place's name: where placed cards sit
        std::map<std::string, MatSlot> arrangement; // the cards shown in it, by id, as last drawn
    };

    MatMeasures measures(UiContext& ui) const;
    // The prompt, how far the person has got, and the Skip and All cards
    // buttons; false when All cards left the screen.
    bool drawTopRow(App& app, UiContext& ui, const MatTopRow& row, const std::string& current, float& promptBottom);
    void drawCurrentCard(App& app, UiContext& ui, const MatCardBox& box, const std::string& current);
    void drawPlaces(App& app, UiContext& ui, const std::string& current, float top);
    void arrangePlaces(App& app);
    void drawPlacedCards(App& app, UiContext& ui, const PlaceArea& place, ImDrawList* drawList);
    void drawDraggedCard(App& app, UiContext& ui);
    // Puts a card let go at `at` in the place there; false when it was let go outside the places.
    bool dropCard(App& app, const std::string& cardId, ImVec2 at);
    // The free slot of place nearest to at (window pixels), leaving out movingCard's own.
    MatSlot freeSlotIn(const PlaceArea& place, ImVec2 at, const std::string& movingCard) const;
    float thumbnailSide(UiContext& ui) const;
    // The height of a place's name, above its area.
    float placeHeaderHeight(UiContext& ui) const;
    // Whether every word of the places' names fits beside their pictures in
    // a column this wide, at the text size (otherwise the picture goes above).
    static bool namesFitBesidePictures(UiContext& ui, const core::Scale& scale, float columnWidth);
    static void playPlacedCue(App& app, UiContext& ui);

    std::string m_draggedCard; // a card being dragged, or empty
    PlaceArea m_places[3] = {};
    float m_slotSide = 0;           // the places' slots, as last drawn
    int m_rowsShown = 1;            // rows of slots in each place, as last drawn
    bool m_pictureAboveName = false; // the places' names under their pictures: a narrow window
};

} // namespace rightjob::ui
