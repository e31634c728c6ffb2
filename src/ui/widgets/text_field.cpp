#include "ui/widgets/text_field.h"

#include "ui/platform/shaped_text.h"
#include "ui/widgets/tile.h"

#include <imgui_stdlib.h>

#include <algorithm>

namespace rightjob::ui {

bool textField(UiContext& ui, const std::string& id, const std::string& label, std::string& text,
               TextFieldLines lines, TextFieldLetters letters)
{
    // The width set for this field is taken before the label, which would use it up.
    const float width = ImGui::CalcItemWidth();
    ImGui::TextWrapped("%s", label.c_str());
    const float height = lines == TextFieldLines::One ? std::max(ui.minimumTarget(), ui.em(1.9f)) : ui.em(4.5f);
    ImGui::PushID(id.c_str());
    // Padding makes a one-line box a full touch target tall.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(ui.em(0.4f), std::max(ui.em(0.3f), (height - ImGui::GetFontSize()) / 2)));
    const ImVec2 min = ImGui::GetCursorScreenPos();
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    if (lines == TextFieldLines::One)
        changed = ImGui::InputText("##text", &text,
                                   letters == TextFieldLetters::Hidden ? ImGuiInputTextFlags_Password : 0);
    else
        changed = ImGui::InputTextMultiline("##text", &text, ImVec2(width, height));
    const ImVec2 size = ImGui::GetItemRectSize();
    const bool focused = ImGui::IsItemFocused() || ImGui::IsItemActive();
    // ImGui's own text box shows only the letters its font atlas has, in
    // the order they are stored: while the box is not being edited, words in
    // other scripts, emoji or right to left are drawn over it as they should look.
    if (!ImGui::IsItemActive() && letters == TextFieldLetters::Shown && !atlasCanDraw(ImGui::GetFont(), text)) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const ImVec2 padding = style.FramePadding;
        const ImVec2 max(min.x + size.x, min.y + size.y);
        ImDrawList* drawList = ImGui::GetWindowDrawList();
        const float border = std::max(1.0f, style.FrameBorderSize);
        drawList->AddRectFilled(ImVec2(min.x + border, min.y + border), ImVec2(max.x - border, max.y - border),
                                ImGui::GetColorU32(ImGui::IsItemHovered() ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                                style.FrameRounding);
        drawWrappedText(ui, drawList, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + padding.x, min.y + padding.y),
                        size.x - 2 * padding.x, std::max(ImGui::GetFontSize(), size.y - 2 * padding.y),
                        ImGui::GetColorU32(ImGuiCol_Text), text);
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
    ScreenTarget target{id, label, label, TargetRole::TextField, min.x, min.y, size.x, size.y, focused};
    reportTarget(ui, std::move(target));
    return changed;
}

} // namespace rightjob::ui
