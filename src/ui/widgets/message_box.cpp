#include "ui/widgets/message_box.h"

#include "ui/platform/theme.h"
#include "ui/widgets/spoken_text.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <optional>

namespace rightjob::ui {

float messageBox(UiContext& ui, const MessageBoxContent& content, float width)
{
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    ImFont* body = ui.window.bodyFont() ? ui.window.bodyFont() : ImGui::GetFont();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float pad = ui.em(0.4f);
    const float inner = std::max(1.0f, width - 2 * pad);
    const float messageHeight = spokenTextHeight(ui, bold, bold->FontSize, content.message, inner, bold->FontSize * 1.25f);
    const float detailHeight = content.detail.empty() ? 0.0f
                                                      : spokenTextHeight(ui, body, body->FontSize, content.detail, inner,
                                                                         body->FontSize * 1.25f);
    const float boxHeight = std::max(messageHeight + detailHeight + 2 * pad, ui.minimumTarget());
    if (ImGui::InvisibleButton(content.id.c_str(), ImVec2(width, boxHeight)))
        ui.say(content.message, content.id);
    ScreenTarget target;
    target.id = content.id;
    target.label = content.message;
    target.role = TargetRole::Button;
    target.spoken = content.message;
    target.x = at.x;
    target.y = at.y;
    target.width = width;
    target.height = boxHeight;
    target.focused = ImGui::IsItemFocused();
    reportTarget(ui, std::move(target));
    const Color fill = content.failed ? ui.theme().danger : ui.theme().panel;
    const Color text = content.failed ? ui.theme().accentText : ui.theme().text;
    drawList->AddRectFilled(at, ImVec2(at.x + width, at.y + boxHeight), toImU32(fill), ui.em(0.3f));
    drawSpokenText(ui, drawList, {bold, bold->FontSize, bold->FontSize * 1.25f, text}, ImVec2(at.x + pad, at.y + pad),
                   inner, content.message, std::nullopt);
    if (detailHeight > 0)
        drawSpokenText(ui, drawList, {body, body->FontSize, body->FontSize * 1.25f, text},
                       ImVec2(at.x + pad, at.y + pad + messageHeight), inner, content.detail, std::nullopt);
    return boxHeight;
}

} // namespace rightjob::ui
