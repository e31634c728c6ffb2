// Dwell selection, for a head or eye pointer that moves the mouse but cannot
// click: resting the pointer on a target for the dwell time chooses it, while
// a ring around it fills. A pure state machine like scanning: each frame the
// screen hands it the targets it drew and the pointer, and time arrives as
// milliseconds from the caller's clock.
//
// - The ring fills only while the pointer is on one target; moving onto
//   another starts again there, and moving off every target empties it.
// - A pointer that shakes a few pixels off the edge of the target it is
//   filling (jitterPixels) still counts as on it, unless it is on another target.
// - After a choice nothing fills again until the pointer has left the chosen
//   target's place (so a new screen's button that appears under a resting
//   pointer is not chosen by itself), or, when asked for, until the re-arm
//   delay has passed, for buttons meant to be pressed again and again.
#pragma once

#include "ui/input/scanning.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::ui {

// What lets a target that was just chosen be chosen again.
enum class DwellRepeat {
    AfterLeaving,    // only moving the pointer off it
    AfterRearmDelay, // moving off it, or resting on it for the re-arm delay
};

// How dwelling behaves; the program fills it from the settings and the text size.
struct DwellOptions {
    int dwellMs = 1200;        // resting time that chooses a target
    float jitterPixels = 6.0f; // how far off the edge the pointer may shake; grow it with the text size
    DwellRepeat repeat = DwellRepeat::AfterLeaving;
    int rearmMs = 1500; // with AfterRearmDelay: the pause after a choice before the ring fills again
};

// The filling ring to draw this frame.
struct DwellRing {
    std::string targetId;
    TargetRect rect;     // the target's rectangle
    float progress = 0;  // 0 just begun, 1 full (chosen)
};

// The dwell state of one window.
class DwellSelector {
public:
    // The shortest dwell taken, whatever is asked: a choice must never be instant.
    static constexpr int kShortestDwellMs = 100;

    // A selector with no targets yet.
    explicit DwellSelector(DwellOptions options = {});

    // Changes the options (dwellMs raised to kShortestDwellMs); a ring already filling keeps its start.
    void setOptions(DwellOptions options);
    // The options in use.
    const DwellOptions& options() const { return m_options; }

    // Takes this frame's targets (the same as switch scanning takes). A ring
    // filling on a target that has gone is emptied.
    void setTargets(std::vector<ScanTarget> targets);

    // The pointer is at (x, y) at nowMs: fills, starts or empties the ring,
    // and chooses the target when the pointer has rested on it for the dwell time.
    void update(float x, float y, std::int64_t nowMs);

    // There is no pointer (it left the window): the ring empties, and a target
    // just chosen may be chosen again when the pointer comes back.
    void pointerGone();

    // The ring to draw, when one is filling.
    std::optional<DwellRing> ring() const;

    // When time alone will next change something (the ring fills up, or a
    // re-arm delay ends), so the program can sleep until then; nothing when idle.
    std::optional<std::int64_t> nextChangeAtMs() const;

    // The id of the target chosen since the last call, if any, and forgets it.
    std::optional<std::string> takeSelection();

    // Empties the ring and forgets the last choice and any choice not yet taken.
    void reset();

private:
    // The target just chosen: nothing fills until the pointer leaves its place.
    struct Spent {
        std::string id;
        TargetRect rect;
        std::int64_t chosenAtMs = 0;
    };

    const ScanTarget* find(const std::string& id) const;
    const ScanTarget* targetAt(float x, float y) const;

    DwellOptions m_options;
    std::vector<ScanTarget> m_targets;
    std::optional<std::string> m_filling; // the target whose ring is filling
    std::int64_t m_fillStartMs = 0;
    std::int64_t m_latestMs = 0;
    std::optional<Spent> m_spent;
    std::optional<std::string> m_selection;
};

} // namespace rightjob::ui
