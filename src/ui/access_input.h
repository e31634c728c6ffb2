// The ways a person points and chooses besides a plain tap: resting the
// pointer (dwell), one or two switches (scanning), and dragging a list with
// a finger (with momentum). It works from the targets the last frame drew,
// and chooses by tapping the target's centre, so every screen gets every
// access method without knowing about it.
#pragma once

#include "core/storage/settings.h"
#include "ui/input/dwell.h"
#include "ui/input/scanning.h"
#include "ui/ui_context.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

namespace rightjob::ui {

// Where a drag may scroll a list.
enum class TouchScroll {
    Anywhere,           // a drag that starts on a tile scrolls and does not tap it
    OnlyFromEmptySpace, // tiles are dragged themselves (the talking mat)
};

// Dwell, switch scanning and touch scrolling.
class AccessInput {
public:
    // Takes the access method, dwell time, scan time and switch keys.
    void configure(const core::Settings& settings);

    // At the start of a frame: feeds the last frame's targets and the
    // pointer or switch keys to dwell or scanning, and taps what they choose.
    // With speak-first on, the target the pointer starts resting on, or the
    // one scanning moves to, is said at once, and choosing it does not say it
    // again.
    void beforeFrame(Window& window, const ScreenMap& lastFrame, SpeakFirst& speakFirst, SpeechRequests& speech);

    // Inside a scrolling area, before its contents: drags scroll it, and a
    // flick (a quick drag the finger lifts from while still moving) keeps it
    // moving, slowing down, for a moment. A drag that stops before the
    // finger lifts, or moves slowly, stops where the finger left it. With
    // switches, it scrolls the area so the highlight is wholly in sight.
    void scrollByTouch(UiContext& ui, TouchScroll where);

    // [SECTION] Taking a new switch key (the settings screen)

    // From the next frame, the next key pressed is heard here and nowhere
    // else: scanning does not use it and the keyboard focus does not move.
    void listenForKey();
    // Stops listening; what was heard and not taken is forgotten.
    void stopListening();
    // True from listenForKey until a key is heard or stopListening.
    bool isListening() const { return m_listening; }
    // The key heard since listenForKey (an SDL scancode; Escape too), once.
    std::optional<int> takeHeardKey();

    // At the end of a frame: draws the dwell ring or the scanning highlight.
    void afterFrame(UiContext& ui);

    core::AccessMethod method() const { return m_method; }
    const SwitchScanner& scanner() const { return m_scanner; }

private:
    void applyKeyboardFocusRules();
    static std::vector<ScanTarget> visibleTargets(const ScreenMap& map);
    // Every target, in sight or not, where it lies in its area's contents:
    // the order scanning goes through them does not change as areas scroll.
    static std::vector<ScanTarget> scanTargets(const ScreenMap& map);
    void scanSwitches(Window& window, const ScreenMap& lastFrame, SpeakFirst& speakFirst, SpeechRequests& speech,
                      std::int64_t now);
    void scrollHighlightIntoView(UiContext& ui);
    void tapCentreOf(Window& window, const ScreenMap& map, const std::string& id);
    void sayOnce(const ScreenMap& map, const std::string& id, SpeechRequests& speech);

    core::AccessMethod m_method = core::AccessMethod::Touch;
    DwellSelector m_dwell;
    SwitchScanner m_scanner;
    int m_selectScancode = 0;
    int m_moveScancode = 0;
    std::string m_lastSaid; // the target dwell or scanning last said, with speak-first on
    // A target scanning chose while it was out of sight: tapped once it is scrolled into sight.
    std::string m_chosenOutOfSight;
    std::vector<ScreenTarget> m_lastScanTargets; // the last frame's targets, in sight and out of sight
    int m_framesWaitingForChosen = 0;
    bool m_listening = false;
    std::optional<int> m_heardKey;

    // Touch scrolling.
    bool m_pressed = false;
    bool m_scrolling = false;
    bool m_dragBlocked = false;
    float m_dragDistance = 0;
    // Where the finger was at each recent frame (ms, pixels), to tell a flick from a drag.
    struct TouchSample {
        std::uint64_t ticks;
        float y;
    };
    std::deque<TouchSample> m_recentTouch;
    float m_velocity = 0; // while coasting: pixels a second, positive scrolls down
    std::uint64_t m_lastCoastTicks = 0;
};

} // namespace rightjob::ui
