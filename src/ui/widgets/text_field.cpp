#include "ui/widgets/text_field.h"

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
    ImGui::PopStyleVar();
    ImGui::PopID();
    ScreenTarget target{id, label, label, TargetRole::TextField, min.x, min.y, size.x, size.y, focused};
    reportTarget(ui, std::move(target));
    return changed;
}

} // namespace rightjob::ui
