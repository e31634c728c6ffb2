// [SECTION] Settings
// [SECTION] Dwell and switch scanning
// [SECTION] Touch scrolling
// [SECTION] Drawing the ring and the highlight

#include "ui/access_input.h"

#include <SDL.h>
#include <imgui_internal.h>

#include <cmath>

namespace rightjob::ui {

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
    // With switches, Space and Enter belong to scanning, not to ImGui's own
    // keyboard focus (which would act on them a second time).
    ImGuiIO& io = ImGui::GetIO();
    const bool switches = m_method == core::AccessMethod::OneSwitch || m_method == core::AccessMethod::TwoSwitch;
    if (switches)
        io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
    else
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    m_scanner.restart();
    m_dwell.reset();
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
    if (const ScreenTarget* target = map.findById(id))
        speech.say({target->spoken, target->id, target->cardKey});
}

void AccessInput::beforeFrame(Window& window, const ScreenMap& lastFrame, SpeakFirst& speakFirst,
                              SpeechRequests& speech)
{
    const std::int64_t now = static_cast<std::int64_t>(SDL_GetTicks64());
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
        m_scanner.setTargets(visibleTargets(lastFrame));
        if (ImGui::IsKeyPressed(m_selectScancode, false))
            m_scanner.press(SwitchRole::Select, now);
        if (ImGui::IsKeyPressed(m_moveScancode, false))
            m_scanner.press(SwitchRole::Move, now);
        m_scanner.tick(now);
        if (speakFirst.isOn()) {
            const ScanHighlight highlight = m_scanner.highlight();
            if (highlight.level == ScanLevel::Item)
                sayOnce(lastFrame, highlight.itemId, speech);
            else
                m_lastSaid.clear();
        }
        if (const auto chosen = m_scanner.takeSelection()) {
            if (speakFirst.isOn())
                speakFirst.chooseNextTapAtOnce(*chosen);
            tapCentreOf(window, lastFrame, *chosen);
        }
        if (const auto next = m_scanner.nextStepAtMs())
            window.requestFrameAfter(std::chrono::milliseconds(std::max<std::int64_t>(1, *next - now)));
    }
}

// [SECTION] Touch scrolling

void AccessInput::scrollByTouch(UiContext& ui, TouchScroll where)
{
    ImGuiIO& io = ImGui::GetIO();
    const float threshold = ui.em(0.5f);
    if (io.MouseDown[0]) {
        if (!m_pressed) {
            m_pressed = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem
                                               | ImGuiHoveredFlags_ChildWindows);
            m_scrolling = false;
            m_dragBlocked = false;
            m_dragDistance = 0;
            m_velocity = 0;
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
            if (io.DeltaTime > 0)
                m_velocity = 0.6f * m_velocity + 0.4f * (-io.MouseDelta.y / io.DeltaTime);
        }
        return;
    }
    m_pressed = false;
    m_scrolling = false;
    // A flick keeps the list moving, slowing down over about a second.
    if (std::fabs(m_velocity) > ui.em(2.0f)) {
        ImGui::SetScrollY(ImGui::GetScrollY() + m_velocity * io.DeltaTime);
        m_velocity *= std::exp(-4.0f * io.DeltaTime);
        const bool atEnd = ImGui::GetScrollY() <= 0 || ImGui::GetScrollY() >= ImGui::GetScrollMaxY();
        if (atEnd)
            m_velocity = 0;
        ui.window.requestAnimationFrames(2);
    } else {
        m_velocity = 0;
    }
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
        const ScanHighlight highlight = m_scanner.highlight();
        if (highlight.level != ScanLevel::Nothing) {
            const float grow = ui.em(0.15f);
            const ImVec2 min(highlight.rect.x - grow, highlight.rect.y - grow);
            const ImVec2 max(highlight.rect.right() + grow, highlight.rect.bottom() + grow);
            drawList->AddRect(min, max, focus, ui.em(0.5f), 0, ui.em(highlight.level == ScanLevel::Row ? 0.2f : 0.3f));
        }
    }
}

} // namespace rightjob::ui
