#include "ui/input/dwell.h"

#include <algorithm>

namespace rightjob::ui {

DwellSelector::DwellSelector(DwellOptions options)
{
    setOptions(options);
}

void DwellSelector::setOptions(DwellOptions options)
{
    options.dwellMs = std::max(options.dwellMs, kShortestDwellMs);
    options.jitterPixels = std::max(options.jitterPixels, 0.0f);
    options.rearmMs = std::max(options.rearmMs, 0);
    m_options = options;
}

void DwellSelector::setTargets(std::vector<ScanTarget> targets)
{
    m_targets = std::move(targets);
    if (m_filling && find(*m_filling) == nullptr)
        m_filling.reset();
    // A chosen target that moves (a list scrolling) takes its place with it.
    if (m_spent)
        if (const ScanTarget* spent = find(m_spent->id))
            m_spent->rect = spent->rect;
}

void DwellSelector::update(float x, float y, std::int64_t nowMs)
{
    m_latestMs = nowMs;
    const ScanTarget* under = targetAt(x, y);
    if (under == nullptr && m_filling) {
        // Shaking just off the edge of the target being filled still counts as on it.
        const ScanTarget* filling = find(*m_filling);
        if (filling != nullptr && filling->rect.grownBy(m_options.jitterPixels).contains(x, y))
            under = filling;
    }

    std::optional<std::int64_t> rearmedAtMs;
    if (m_spent) {
        const bool stillThere = m_spent->rect.grownBy(m_options.jitterPixels).contains(x, y);
        const std::int64_t rearmAtMs = m_spent->chosenAtMs + m_options.rearmMs;
        if (!stillThere) {
            m_spent.reset();
        } else if (m_options.repeat == DwellRepeat::AfterRearmDelay && nowMs >= rearmAtMs) {
            rearmedAtMs = rearmAtMs;
            m_spent.reset();
        } else {
            m_filling.reset();
            return;
        }
    }

    if (under == nullptr) {
        m_filling.reset();
        return;
    }
    if (!m_filling || *m_filling != under->id) {
        m_filling = under->id;
        m_fillStartMs = rearmedAtMs.value_or(nowMs);
    }
    if (nowMs - m_fillStartMs >= m_options.dwellMs) {
        m_selection = under->id;
        m_spent = Spent{under->id, under->rect, m_fillStartMs + m_options.dwellMs};
        m_filling.reset();
    }
}

void DwellSelector::pointerGone()
{
    m_filling.reset();
    m_spent.reset();
}

std::optional<DwellRing> DwellSelector::ring() const
{
    if (!m_filling)
        return std::nullopt;
    const ScanTarget* target = find(*m_filling);
    if (target == nullptr)
        return std::nullopt;
    const float progress = static_cast<float>(m_latestMs - m_fillStartMs) / static_cast<float>(m_options.dwellMs);
    return DwellRing{target->id, target->rect, std::clamp(progress, 0.0f, 1.0f)};
}

std::optional<std::int64_t> DwellSelector::nextChangeAtMs() const
{
    if (m_filling)
        return m_fillStartMs + m_options.dwellMs;
    if (m_spent && m_options.repeat == DwellRepeat::AfterRearmDelay)
        return m_spent->chosenAtMs + m_options.rearmMs;
    return std::nullopt;
}

std::optional<std::string> DwellSelector::takeSelection()
{
    std::optional<std::string> selection = std::move(m_selection);
    m_selection.reset();
    return selection;
}

void DwellSelector::reset()
{
    m_filling.reset();
    m_spent.reset();
    m_selection.reset();
}

const ScanTarget* DwellSelector::find(const std::string& id) const
{
    const auto found =
        std::find_if(m_targets.begin(), m_targets.end(), [&](const ScanTarget& target) { return target.id == id; });
    return found == m_targets.end() ? nullptr : &*found;
}

const ScanTarget* DwellSelector::targetAt(float x, float y) const
{
    // The last drawn is on top, should two ever overlap.
    const auto found = std::find_if(m_targets.rbegin(), m_targets.rend(),
                                    [&](const ScanTarget& target) { return target.rect.contains(x, y); });
    return found == m_targets.rend() ? nullptr : &*found;
}

} // namespace rightjob::ui
