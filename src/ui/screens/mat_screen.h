// The talking mat for one section: one card at a time, big, and three
// answer places. The person taps a place or drags the card onto it; placed
// cards stay where they were put, and can be dragged to another place.
#pragma once

#include "core/profile/profile.h"
#include "ui/ui_context.h"

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
    };

    void drawPlaces(App& app, UiContext& ui, const std::string& current, float top);
    void dropCard(App& app, UiContext& ui, const std::string& cardId, ImVec2 at);
    core::MatPlacement freeSlotNear(App& app, UiContext& ui, const PlaceArea& place, ImVec2 at,
                                    const std::string& movingCard) const;
    float thumbnailSide(UiContext& ui) const;
    // The height of a place's name, above its area.
    float placeHeaderHeight(UiContext& ui) const;
    // Whether every word of the places' names fits beside their pictures in
    // a column this wide, at the text size (otherwise the picture goes above).
    static bool namesFitBesidePictures(UiContext& ui, const core::Scale& scale, float columnWidth);
    static void playPlacedCue(App& app, UiContext& ui);

    std::string m_draggedCard; // a card being dragged, or empty
    PlaceArea m_places[3] = {};
    bool m_pictureAboveName = false; // the places' names under their pictures: a narrow window
};

} // namespace rightjob::ui
