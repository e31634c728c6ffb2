#include "ui/screens/add_person_screen.h"

#include "core/profile/profile_document.h"
#include "ui/app.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

void AddPersonScreen::draw(App& app, UiContext& ui)
{
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(22.0f));
    ImGui::SetNextItemWidth(width);
    textField(ui, "name", "Their name", m_name);
    ImGui::Dummy(ImVec2(0, ui.em(0.3f)));
    ImGui::SetNextItemWidth(width);
    textField(ui, "preferred-name", "What they like to be called", m_preferredName);
    if (!m_problem.empty())
        ImGui::TextColored(toImVec4(ui.theme().danger), "%s", m_problem.c_str());
    ImGui::Dummy(ImVec2(0, ui.em(0.6f)));
    TileContent add;
    add.id = "add-person-now";
    add.label = "Add this person";
    add.symbol = "check-mark-button";
    add.role = TargetRole::Button;
    add.style = TileStyle::Accent;
    if (tile(ui, add, ImVec2(width, ui.em(3.2f)), PictureSide::Left)) {
        try {
            app.addPerson(m_name, m_preferredName);
        } catch (const core::EditError& error) {
            m_problem = error.what();
        }
    }
}

} // namespace rightjob::ui
