// [SECTION] Settings
// [SECTION] Dwell and switch scanning
// [SECTION] Touch scrolling
// [SECTION] Taking a new switch key
// [SECTION] Drawing the ring and the highlight

#include "ui/access_input.h"

#include <SDL.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace rightjob::ui {

namespace {

// A flick: the finger lifts while moving at least this fast (em a second),
constexpr float kFlickEmPerSecond = 10.0f;
// measured over the finger's last moves, no older than this;
constexpr std::uint64_t kFlickMeasureMs = 150;
// and it moved this recently before lifting (resting first is no flick).
constexpr std::uint64_t kFlickLastMoveMs = 100;
// After a flick the list slows by e^-4 (to 2%) each second,
constexpr float kCoastSlowingPerSecond = 4.0f;
// and stops below this speed (em a second).
constexpr float kCoastStopEmPerSecond = 1.0f;
// A frame that comes late moves the list at most this far in time.
constexpr float kLongestCoastStepSeconds = 0.05f;

} // namespace

// [SECTION] Settings

void AccessInput::configure(const core::Settings& settings)
{
    m_method = settings.accessMethod;
    DwellOptions dwell;
    dwell.dwellMs = settings.dwellMs;
    m_dwell.setOptions(dwell);
    m_scanner.setMode(m_method == core::AccessMethod::OneSwitch ? ScanMode::OneSwitchAutomatic : ScanMode::TwoSwitch);
    m_scanner.setStepMs(settings.scanStepMs);
    m_selectScancode = SDL_GetScancodeFromName(settings.selectKey.c_str());
    m_moveScancode = SDL_GetScancodeFromName(settings.moveKey.c_str());
    if (m_selectScancode == SDL_SCANCODE_UNKNOWN)
        m_selectScancode = SDL_SCANCODE_SPACE;
    if (m_moveScancode == SDL_SCANCODE_UNKNOWN)
        m_moveScancode = SDL_SCANCODE_RETURN;
    applyKeyboardFocusRules();
    m_scanner.restart();
    m_dwell.reset();
}

void AccessInput::applyKeyboardFocusRules()
{
    // With switches, the switch keys belong to scanning, not to ImGui's own
    // keyboard focus (which would act on them a second time); and a key
    // being taken as a new switch does nothing else.
    ImGuiIO& io = ImGui::GetIO();
    const bool switches = m_method == core::AccessMethod::OneSwitch || m_method == core::AccessMethod::TwoSwitch;
    if (switches || m_listening)
        io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
    else
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

// [SECTION] Dwell and switch scanning

std::vector<ScanTarget> AccessInput::visibleTargets(const ScreenMap& map)
{
    std::vector<ScanTarget> targets;
    for (const auto& target : map.targets())
        if (!target.partlyHidden)
            targets.push_back({target.id, TargetRect{target.x, target.y, target.width, target.height}});
    return targets;
}

std::vector<ScanTarget> AccessInput::scanTargets(const ScreenMap& map)
{
    std::vector<ScanTarget> targets;
    for (const auto* list : {&map.targets(), &map.outOfSight()})
        for (const auto& target : *list)
            targets.push_back({target.id, TargetRect{target.x, target.documentY, target.width, target.wholeHeight}});
    return targets;
}

void AccessInput::tapCentreOf(Window& window, const ScreenMap& map, const std::string& id)
{
    if (const ScreenTarget* target = map.findById(id))
        window.injectTap(target->centreX(), target->centreY(), PointerKind::Mouse);
}

void AccessInput::sayOnce(const ScreenMap& map, const std::string& id, SpeechRequests& speech)
{
    if (id.empty() || id == m_lastSaid)
        return;
    m_lastSaid = id;
    if (const ScreenTarget* target = map.findAnywhere(id))
        speech.say({target->spoken, target->id, target->cardKey});
}

void AccessInput::beforeFrame(Window& window, const ScreenMap& lastFrame, SpeakFirst& speakFirst,
                              SpeechRequests& speech)
{
    const std::int64_t now = static_cast<std::int64_t>(SDL_GetTicks64());
    if (m_listening) {
        // A key being taken as a new switch: heard here, used for nothing else.
        for (int key = SDL_SCANCODE_UNKNOWN + 1; key < std::min<int>(SDL_NUM_SCANCODES, IM_ARRAYSIZE(ImGuiIO::KeysDown));
             ++key)
            if (ImGui::IsKeyPressed(key, false)) {
                m_heardKey = key;
                m_listening = false;
                applyKeyboardFocusRules();
                break;
            }
        return;
    }
    if (m_method == core::AccessMethod::Dwell) {
        m_dwell.setTargets(visibleTargets(lastFrame));
        if (ImGui::IsMousePosValid())
            m_dwell.update(ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y, now);
        else
            m_dwell.pointerGone();
        const auto ring = m_dwell.ring();
        if (speakFirst.isOn()) {
            if (ring)
                sayOnce(lastFrame, ring->targetId, speech);
            else
                m_lastSaid.clear();
        }
        if (const auto chosen = m_dwell.takeSelection()) {
            if (speakFirst.isOn())
                speakFirst.chooseNextTapAtOnce(*chosen);
            tapCentreOf(window, lastFrame, *chosen);
        }
        if (ring)
            window.requestAnimationFrames(2); // the ring fills smoothly
        else if (const auto next = m_dwell.nextChangeAtMs())
            window.requestFrameAfter(std::chrono::milliseconds(std::max<std::int64_t>(1, *next - now)));
    } else if (m_method == core::AccessMethod::OneSwitch || m_method == core::AccessMethod::TwoSwitch) {
        scanSwitches(window, lastFrame, speakFirst, speech, now);
    }
}

void AccessInput::scanSwitches(Window& window, const ScreenMap& lastFrame, SpeakFirst& speakFirst,
                               SpeechRequests& speech, std::int64_t now)
{
    // A target chosen out of sight is tapped once scrolling has brought it
    // wholly into sight: a press always does what the person can see.
    if (!m_chosenOutOfSight.empty()) {
        const ScreenTarget* chosen = lastFrame.findById(m_chosenOutOfSight);
        if (chosen && !chosen->partlyHidden) {
            tapCentreOf(window, lastFrame, m_chosenOutOfSight);
            m_chosenOutOfSight.clear();
        } else if (++m_framesWaitingForChosen > 30 || !lastFrame.findAnywhere(m_chosenOutOfSight)) {
            speech.playCue(SoundCue::Error); // it could not be brought into sight
            m_chosenOutOfSight.clear();
        } else {
            window.requestAnimationFrames(2);
        }
    }
    m_lastScanTargets = lastFrame.targets();
    m_lastScanTargets.insert(m_lastScanTargets.end(), lastFrame.outOfSight().begin(), lastFrame.outOfSight().end());
    m_scanner.setTargets(scanTargets(lastFrame));
    const ScanHighlight before = m_scanner.highlight();
    if (ImGui::IsKeyPressed(m_selectScancode, false))
        m_scanner.press(SwitchRole::Select, now);
    if (ImGui::IsKeyPressed(m_moveScancode, false))
        m_scanner.press(SwitchRole::Move, now);
    m_scanner.tick(now);
    const ScanHighlight highlight = m_scanner.highlight();
    const bool moved = highlight.level != before.level || highlight.row != before.row || highlight.item != before.item;
    if (moved)
        speech.playCue(SoundCue::ScanStep); // heard with each step, unless the settings turn cues off
    if (speakFirst.isOn()) {
        if (highlight.level == ScanLevel::Item)
            sayOnce(lastFrame, highlight.itemId, speech);
        else
            m_lastSaid.clear();
    }
    if (const auto chosen = m_scanner.takeSelection()) {
        if (speakFirst.isOn())
            speakFirst.chooseNextTapAtOnce(*chosen);
        const ScreenTarget* target = lastFrame.findById(*chosen);
        if (target && !target->partlyHidden) {
            tapCentreOf(window, lastFrame, *chosen);
        } else {
            m_chosenOutOfSight = *chosen;
            m_framesWaitingForChosen = 0;
            window.requestAnimationFrames(2);
        }
    }
    if (const auto next = m_scanner.nextStepAtMs())
        window.requestFrameAfter(std::chrono::milliseconds(std::max<std::int64_t>(1, *next - now)));
}

// [SECTION] Touch scrolling

void AccessInput::scrollHighlightIntoView(UiContext& ui)
{
    const ScanHighlight highlight = m_scanner.highlight();
    if (highlight.level == ScanLevel::Nothing)
        return;
    std::vector<std::string> ids;
    if (highlight.level == ScanLevel::Item) {
        ids.push_back(highlight.itemId);
    } else {
        const auto rows = m_scanner.rows();
        if (highlight.row >= 0 && highlight.row < static_cast<int>(rows.size()))
            ids = rows[static_cast<std::size_t>(highlight.row)];
    }
    // The highlighted targets that lie in this area, as its contents hold them.
    const unsigned area = ImGui::GetCurrentWindowRead()->ID;
    std::optional<float> top;
    float bottom = 0;
    for (const std::string& id : ids)
        for (const ScreenTarget& target : m_lastScanTargets)
            if (target.id == id && target.scrollArea == area) {
                top = std::min(top.value_or(target.documentY), target.documentY);
                bottom = std::max(bottom, target.documentY + target.wholeHeight);
            }
    if (!top)
        return;
    // Scroll as little as brings them wholly into sight, with a margin.
    const float margin = ui.em(0.5f);
    const float scroll = ImGui::GetScrollY();
    const float visibleTop = ImGui::GetWindowPos().y;
    const float visibleBottom = visibleTop + ImGui::GetWindowHeight();
    float wanted = scroll;
    if (bottom - scroll > visibleBottom - margin)
        wanted = bottom - visibleBottom + margin;
    if (*top - wanted < visibleTop + margin)
        wanted = *top - visibleTop - margin;
    wanted = std::clamp(wanted, 0.0f, ImGui::GetScrollMaxY());
    if (std::fabs(wanted - scroll) >= 1.0f) {
        ImGui::SetScrollY(wanted);
        ui.window.requestAnimationFrames(2);
    }
}

void AccessInput::scrollByTouch(UiContext& ui, TouchScroll where)
{
    if (m_method == core::AccessMethod::OneSwitch || m_method == core::AccessMethod::TwoSwitch)
        scrollHighlightIntoView(ui);
    ImGuiIO& io = ImGui::GetIO();
    const std::uint64_t now = SDL_GetTicks64();
    const float threshold = ui.em(0.5f);
    if (io.MouseDown[0]) {
        if (!m_pressed) {
            m_pressed = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem
                                               | ImGuiHoveredFlags_ChildWindows);
            m_scrolling = false;
            m_dragBlocked = false;
            m_dragDistance = 0;
            m_velocity = 0; // a touch stops a list that is still moving
            m_recentTouch.clear();
            m_recentTouch.push_back({now, io.MousePos.y});
            return;
        }
        m_dragDistance += std::fabs(io.MouseDelta.y) + std::fabs(io.MouseDelta.x);
        if (!m_scrolling && !m_dragBlocked && m_dragDistance > threshold) {
            // On the mat a drag that starts on a card moves the card.
            if (where == TouchScroll::OnlyFromEmptySpace && ImGui::IsAnyItemActive())
                m_dragBlocked = true;
            else
                m_scrolling = true;
        }
        if (m_scrolling) {
            ImGui::ClearActiveID(); // the tile under the finger is not tapped
            ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        }
        // Frames come only when the finger moves, so these are its moves.
        if (io.MouseDelta.y != 0 || io.MouseDelta.x != 0)
            m_recentTouch.push_back({now, io.MousePos.y});
        while (m_recentTouch.size() > 2 && now - m_recentTouch.front().ticks > kFlickMeasureMs)
            m_recentTouch.pop_front();
        return;
    }
    if (m_pressed && m_scrolling) {
        // The finger lifted: a flick if it was still moving fast.
        m_velocity = 0;
        const TouchSample newest = m_recentTouch.back();
        const auto start = std::find_if(m_recentTouch.begin(), m_recentTouch.end(), [&](const TouchSample& sample) {
            return now - sample.ticks <= kFlickMeasureMs;
        });
        if (now - newest.ticks <= kFlickLastMoveMs && start != m_recentTouch.end() && start->ticks < now) {
            const float seconds = static_cast<float>(now - start->ticks) / 1000.0f;
            const float speed = -(newest.y - start->y) / seconds;
            if (std::fabs(speed) >= ui.em(kFlickEmPerSecond))
                m_velocity = speed;
        }
        m_lastCoastTicks = now;
    }
    m_pressed = false;
    m_scrolling = false;
    m_recentTouch.clear();
    // After a flick the list keeps moving, slowing down over about a second.
    if (m_velocity != 0) {
        const float seconds =
            std::min(kLongestCoastStepSeconds, static_cast<float>(now - m_lastCoastTicks) / 1000.0f);
        m_lastCoastTicks = now;
        ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + m_velocity * seconds, 0.0f, ImGui::GetScrollMaxY()));
        m_velocity *= std::exp(-kCoastSlowingPerSecond * seconds);
        const bool atEnd = (m_velocity < 0 && ImGui::GetScrollY() <= 0)
                           || (m_velocity > 0 && ImGui::GetScrollY() >= ImGui::GetScrollMaxY());
        if (atEnd || std::fabs(m_velocity) < ui.em(kCoastStopEmPerSecond))
            m_velocity = 0;
        else
            ui.window.requestAnimationFrames(2);
    }
}

// [SECTION] Taking a new switch key

void AccessInput::listenForKey()
{
    m_listening = true;
    m_heardKey.reset();
    applyKeyboardFocusRules();
}

void AccessInput::stopListening()
{
    if (!m_listening && !m_heardKey)
        return;
    m_listening = false;
    m_heardKey.reset();
    applyKeyboardFocusRules();
}

std::optional<int> AccessInput::takeHeardKey()
{
    return std::exchange(m_heardKey, std::nullopt);
}

// [SECTION] Drawing the ring and the highlight

void AccessInput::afterFrame(UiContext& ui)
{
    ImDrawList* drawList = ImGui::GetForegroundDrawList();
    const ImU32 focus = toImU32(ui.theme().focus);
    if (m_method == core::AccessMethod::Dwell) {
        if (const auto ring = m_dwell.ring()) {
            const ImVec2 centre = ImGui::GetIO().MousePos;
            const float radius = ui.em(1.1f);
            const float thickness = ui.em(0.3f);
            drawList->AddCircle(centre, radius, toImU32(ui.theme().cardBorder, 0.5f), 48, thickness);
            const float start = -IM_PI / 2;
            drawList->PathArcTo(centre, radius, start, start + 2 * IM_PI * std::clamp(ring->progress, 0.0f, 1.0f), 48);
            drawList->PathStroke(focus, 0, thickness);
        }
    } else if (m_method == core::AccessMethod::OneSwitch || m_method == core::AccessMethod::TwoSwitch) {
        // The scanner holds where targets lie in their areas' contents; the
        // highlight goes round them where this frame drew them in sight.
        const ScanHighlight highlight = m_scanner.highlight();
        std::vector<std::string> ids;
        if (highlight.level == ScanLevel::Item) {
            ids.push_back(highlight.itemId);
        } else if (highlight.level == ScanLevel::Row) {
            const auto rows = m_scanner.rows();
            if (highlight.row >= 0 && highlight.row < static_cast<int>(rows.size()))
                ids = rows[static_cast<std::size_t>(highlight.row)];
        }
        std::optional<TargetRect> shown;
        for (const std::string& id : ids)
            if (const ScreenTarget* target = ui.map.findById(id)) {
                const TargetRect rect{target->x, target->y, target->width, target->height};
                shown = shown ? shown->unitedWith(rect) : rect;
            }
        if (shown) {
            const float grow = ui.em(0.15f);
            const ImVec2 min(shown->x - grow, shown->y - grow);
            const ImVec2 max(shown->right() + grow, shown->bottom() + grow);
            drawList->AddRect(min, max, focus, ui.em(0.5f), 0, ui.em(highlight.level == ScanLevel::Row ? 0.2f : 0.3f));
        }
    }
}

} // namespace rightjob::ui
