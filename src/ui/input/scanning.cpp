// [SECTION] Rectangles
// [SECTION] Rows
// [SECTION] The scanner

#include "ui/input/scanning.h"

#include <algorithm>
#include <numeric>

namespace rightjob::ui {

// [SECTION] Rectangles

bool TargetRect::contains(float pointX, float pointY) const
{
    return pointX >= x && pointX <= right() && pointY >= y && pointY <= bottom();
}

TargetRect TargetRect::grownBy(float margin) const
{
    return {x - margin, y - margin, width + 2 * margin, height + 2 * margin};
}

TargetRect TargetRect::unitedWith(const TargetRect& other) const
{
    const float left = std::min(x, other.x);
    const float top = std::min(y, other.y);
    return {left, top, std::max(right(), other.right()) - left, std::max(bottom(), other.bottom()) - top};
}

// [SECTION] Rows

namespace {

// Whether candidate belongs in the row that seed began: each one's centre
// lies within the other's height.
bool sharesRow(const TargetRect& seed, const TargetRect& candidate)
{
    const float seedCentre = seed.centreY();
    const float candidateCentre = candidate.centreY();
    return candidateCentre >= seed.y && candidateCentre <= seed.bottom() && seedCentre >= candidate.y
           && seedCentre <= candidate.bottom();
}

// The rows as indices into targets (see scanRows).
std::vector<std::vector<int>> buildRows(const std::vector<ScanTarget>& targets)
{
    std::vector<int> order(targets.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const TargetRect& first = targets[static_cast<std::size_t>(a)].rect;
        const TargetRect& second = targets[static_cast<std::size_t>(b)].rect;
        if (first.centreY() != second.centreY())
            return first.centreY() < second.centreY();
        return first.x < second.x;
    });

    std::vector<std::vector<int>> rows;
    for (const int index : order) {
        const TargetRect& rect = targets[static_cast<std::size_t>(index)].rect;
        // The first target of a row (the seed) is the one with the highest centre.
        if (!rows.empty() && sharesRow(targets[static_cast<std::size_t>(rows.back().front())].rect, rect))
            rows.back().push_back(index);
        else
            rows.push_back({index});
    }
    for (auto& row : rows)
        std::stable_sort(row.begin(), row.end(), [&](int a, int b) {
            const TargetRect& first = targets[static_cast<std::size_t>(a)].rect;
            const TargetRect& second = targets[static_cast<std::size_t>(b)].rect;
            if (first.x != second.x)
                return first.x < second.x;
            return first.centreY() < second.centreY();
        });
    return rows;
}

// Where the target with id is: its row and its place in the row.
struct RowPlace {
    int row = -1;
    int item = -1;
};

std::optional<RowPlace> findInRows(const std::vector<ScanTarget>& targets, const std::vector<std::vector<int>>& rows,
                                   const std::string& id)
{
    for (std::size_t row = 0; row < rows.size(); ++row)
        for (std::size_t item = 0; item < rows[row].size(); ++item)
            if (targets[static_cast<std::size_t>(rows[row][item])].id == id)
                return RowPlace{static_cast<int>(row), static_cast<int>(item)};
    return std::nullopt;
}

std::vector<std::vector<std::string>> rowsAsIds(const std::vector<ScanTarget>& targets,
                                                const std::vector<std::vector<int>>& rows)
{
    std::vector<std::vector<std::string>> ids;
    for (const auto& row : rows) {
        ids.emplace_back();
        for (const int index : row)
            ids.back().push_back(targets[static_cast<std::size_t>(index)].id);
    }
    return ids;
}

} // namespace

std::vector<std::vector<std::string>> scanRows(const std::vector<ScanTarget>& targets)
{
    return rowsAsIds(targets, buildRows(targets));
}

std::optional<int> pressesToReach(const std::vector<ScanTarget>& targets, const std::string& targetId, ScanMode mode)
{
    const auto place = findInRows(targets, buildRows(targets), targetId);
    if (!place)
        return std::nullopt;
    if (mode == ScanMode::OneSwitchAutomatic)
        return 2;
    return place->row + 1 + place->item + 1;
}

std::optional<int> scanStepsToReach(const std::vector<ScanTarget>& targets, const std::string& targetId)
{
    const auto place = findInRows(targets, buildRows(targets), targetId);
    if (!place)
        return std::nullopt;
    return place->row + place->item;
}

// [SECTION] The scanner

SwitchScanner::SwitchScanner(ScanMode mode, int stepMs) : m_mode(mode), m_stepMs(std::max(stepMs, kShortestStepMs))
{
}

void SwitchScanner::setMode(ScanMode mode)
{
    m_mode = mode;
    startAgain();
}

void SwitchScanner::setStepMs(int stepMs)
{
    m_stepMs = std::max(stepMs, kShortestStepMs);
}

void SwitchScanner::setTargets(std::vector<ScanTarget> targets)
{
    const ScanLevel oldLevel = m_level;
    std::string itemId;
    std::vector<std::string> rowIds;
    if (oldLevel == ScanLevel::Item)
        itemId = itemAt(m_row, m_item).id;
    if (oldLevel != ScanLevel::Nothing)
        for (const int index : m_rows[static_cast<std::size_t>(m_row)])
            rowIds.push_back(m_targets[static_cast<std::size_t>(index)].id);

    m_targets = std::move(targets);
    m_rows = buildRows(m_targets);

    if (oldLevel == ScanLevel::Item) {
        if (const auto place = findInRows(m_targets, m_rows, itemId)) {
            m_row = place->row;
            m_item = place->item;
            return;
        }
    } else if (oldLevel == ScanLevel::Row) {
        // The row that still holds one of the highlighted row's targets.
        for (const std::string& id : rowIds)
            if (const auto place = findInRows(m_targets, m_rows, id)) {
                m_row = place->row;
                return;
            }
    }
    startAgain();
}

void SwitchScanner::press(SwitchRole role, std::int64_t nowMs)
{
    m_latestMs = nowMs;
    if (m_level == ScanLevel::Nothing)
        return;
    if (m_mode == ScanMode::OneSwitchAutomatic) {
        if (role != SwitchRole::Select)
            return;
        select();
        m_stepStartMs = nowMs;
        return;
    }
    if (role == SwitchRole::Move)
        step();
    else
        select();
}

void SwitchScanner::tick(std::int64_t nowMs)
{
    m_latestMs = nowMs;
    if (m_mode != ScanMode::OneSwitchAutomatic || m_level == ScanLevel::Nothing)
        return;
    if (!m_stepStartMs || nowMs < *m_stepStartMs) {
        // The first tick, or the clock went back: this step starts now.
        m_stepStartMs = nowMs;
        return;
    }
    const std::int64_t steps = (nowMs - *m_stepStartMs) / m_stepMs;
    if (steps > kMostStepsAtOnce) {
        m_stepStartMs = nowMs;
        return;
    }
    for (std::int64_t i = 0; i < steps; ++i)
        step();
    *m_stepStartMs += steps * m_stepMs;
}

std::optional<std::int64_t> SwitchScanner::nextStepAtMs() const
{
    if (m_mode != ScanMode::OneSwitchAutomatic || m_level == ScanLevel::Nothing || !m_stepStartMs)
        return std::nullopt;
    return *m_stepStartMs + m_stepMs;
}

ScanHighlight SwitchScanner::highlight() const
{
    ScanHighlight highlight;
    highlight.level = m_level;
    if (m_level == ScanLevel::Nothing)
        return highlight;
    highlight.row = m_row;
    const auto& row = m_rows[static_cast<std::size_t>(m_row)];
    if (m_level == ScanLevel::Row) {
        highlight.rect = m_targets[static_cast<std::size_t>(row.front())].rect;
        for (const int index : row)
            highlight.rect = highlight.rect.unitedWith(m_targets[static_cast<std::size_t>(index)].rect);
    } else {
        const ScanTarget& target = itemAt(m_row, m_item);
        highlight.rect = target.rect;
        highlight.itemId = target.id;
        highlight.item = m_item;
    }
    return highlight;
}

std::optional<std::string> SwitchScanner::takeSelection()
{
    std::optional<std::string> selection = std::move(m_selection);
    m_selection.reset();
    return selection;
}

void SwitchScanner::restart()
{
    startAgain();
    m_selection.reset();
}

std::vector<std::vector<std::string>> SwitchScanner::rows() const
{
    return rowsAsIds(m_targets, m_rows);
}

void SwitchScanner::startAgain()
{
    m_level = m_rows.empty() ? ScanLevel::Nothing : ScanLevel::Row;
    m_row = 0;
    m_item = 0;
    m_stepStartMs = m_latestMs;
}

void SwitchScanner::step()
{
    if (m_level == ScanLevel::Row) {
        m_row = (m_row + 1) % static_cast<int>(m_rows.size());
    } else if (m_level == ScanLevel::Item) {
        ++m_item;
        if (m_item >= static_cast<int>(m_rows[static_cast<std::size_t>(m_row)].size())) {
            // A whole pass over the row with no choice: back to the rows, on this one.
            m_level = ScanLevel::Row;
            m_item = 0;
        }
    }
}

void SwitchScanner::select()
{
    if (m_level == ScanLevel::Row) {
        m_level = ScanLevel::Item;
        m_item = 0;
    } else if (m_level == ScanLevel::Item) {
        m_selection = itemAt(m_row, m_item).id;
        startAgain();
    }
}

const ScanTarget& SwitchScanner::itemAt(int row, int item) const
{
    return m_targets[static_cast<std::size_t>(m_rows[static_cast<std::size_t>(row)][static_cast<std::size_t>(item)])];
}

} // namespace rightjob::ui
