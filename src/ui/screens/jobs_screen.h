// The open person's jobs: a title and a heading that say what the list is, then
// the best matches as big picture cards, with warnings first (and who said
// them), the reasons, things to think about, and the carved jobs made from
// the tasks that fit, as clearly as the rest. When the profile says too
// little, "We need to know more about you first" and a card for each part to
// do next, which opens it. The person can say "I would like to try this".
#pragma once

#include "core/jobs/job_matching.h"
#include "ui/ui_context.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::ui {

class App;

// The "jobs" screen.
class JobsScreen {
public:
    // Matches the open person again when their profile has changed since.
    void refresh(App& app);

    // What the list is, for the top bar, the same words as the summary's
    // jobs part: "Good jobs for Sam", "Jobs that might suit Sam", "No good
    // jobs for Sam yet", "Jobs for Sam: we need to know more".
    std::string title(const core::MatchWeights* weights, const core::Profile& profile) const;

    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    void drawResult(App& app, UiContext& ui, const core::MatchResult& result, float width);

    std::vector<core::MatchResult> m_results;
    core::MatchReadiness m_readiness;
    std::string m_profileId;
    std::uint64_t m_revision = UINT64_MAX; // the profile's revision the results are for
};

} // namespace rightjob::ui
