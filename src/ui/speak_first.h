// "Speak first": the first tap on a tile speaks it and marks it ready, and a
// second tap on it (or the tick beside it) chooses it, so a person who does
// not read can hear what a thing is before choosing it. Every tile asks this
// one object what a tap means, so each screen behaves the same.
#pragma once

#include <string>

namespace rightjob::ui {

// What a tap on a target does.
enum class TapMeaning {
    SpeakAndChoose, // speak-first is off: the target is said and chosen
    SpeakOnly,      // the first tap: the target is said and marked ready
    Choose,         // the second tap, the tick, dwell or a switch: chosen, not said again
};

// Which target is ready, and what the next tap means.
class SpeakFirst {
public:
    // Turns speak-first on or off; either way nothing stays ready.
    void setOn(bool on);
    bool isOn() const { return m_on; }

    // A target was tapped (or chosen with the keyboard): says what the tap
    // means, and remembers the target as ready after a first tap.
    TapMeaning tapped(const std::string& targetId);

    // The next tap on targetId chooses it at once. Dwell and switches use
    // this, as they speak a target while the person is still deciding; so
    // does the tick.
    void chooseNextTapAtOnce(const std::string& targetId) { m_chooseAtOnce = targetId; }

    // The target waiting for its second tap, or empty.
    const std::string& readyTarget() const { return m_ready; }

    // Nothing is ready any more (another screen opened).
    void forgetReady();

private:
    bool m_on = false;
    std::string m_ready;
    std::string m_chooseAtOnce;
};

} // namespace rightjob::ui
