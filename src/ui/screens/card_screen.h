// One card in full: its picture and words, who is answering, the three
// answers, "not for sharing", and every answer and note with who gave it and
// when. A supporter adds a note as themselves, and anyone can record their
// own voice saying the card, which then plays instead of the synthetic voice.
#pragma once

#include "ui/ui_context.h"

#include <cstdint>
#include <string>

namespace rightjob::ui {

class App;

// The "card" screen.
class CardScreen {
public:
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);
    // Clears the note being written (when another card opens).
    void reset()
    {
        m_note.clear();
        m_problem.clear();
        m_recordProblem.clear();
        m_askToRemoveRecording = false;
    }

    // The card is being left (another screen or card opens): a voice still
    // being recorded is stopped and kept, as Stop would keep it. Returns
    // plain words when it could not be saved; empty otherwise.
    std::string keepRecordingOnLeaving(App& app);

    // The longest recording kept for a card.
    static constexpr int kLongestRecordingSeconds = 10;

private:
    void drawGiverChoice(App& app, UiContext& ui, float width);
    void drawHistory(App& app, UiContext& ui, const std::string& key);
    void drawRecording(App& app, UiContext& ui, const std::string& key, const std::string& spoken, float width);
    void finishRecording(App& app, UiContext& ui);
    std::string saveRecording(App& app);

    std::string m_note;
    std::string m_problem;
    std::string m_recordProblem;
    std::string m_recordingKey; // the card being recorded, or empty
    std::uint64_t m_recordingStartedTicks = 0;
    bool m_askToRemoveRecording = false;
};

} // namespace rightjob::ui
