#include "ui/screens/delete_person_screen.h"

#include "core/profile/profile_document.h"
#include "ui/app.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

void DeletePersonScreen::draw(App& app, UiContext& ui)
{
    core::OpenProfile* open = app.openProfile();
    if (!open)
        return;
    const std::string name = open->profile().person.shownName();
    ImGui::PushFont(ui.window.boldFont());
    wrappedText(ui, "Do you want to delete " + name + "?");
    ImGui::PopFont();
    ImGui::TextWrapped("Right Job moves the profile to the deleted folder. You can get it back from there.");
    ImGui::Dummy(ImVec2(0, ui.em(1.0f)));
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(20.0f));
    TileContent keep;
    keep.id = "keep";
    keep.label = "No, keep " + name;
    keep.symbol = "check-mark-button";
    keep.role = TargetRole::Button;
    keep.style = TileStyle::Accent;
    if (tile(ui, keep, ImVec2(width, ui.em(3.4f)), PictureSide::Left)) {
        app.showScreen(ScreenName::Person);
        return;
    }
    ImGui::Dummy(ImVec2(0, ui.em(1.5f)));
    TileContent remove;
    remove.id = "delete";
    remove.label = "Yes, delete " + name;
    remove.symbol = "wastebasket";
    remove.role = TargetRole::Button;
    remove.style = TileStyle::Danger;
    if (tile(ui, remove, ImVec2(width, ui.em(3.4f)), PictureSide::Left)) {
        try {
            app.deleteOpenPerson();
        } catch (const core::EditError& error) {
            ImGui::TextColored(toImVec4(ui.theme().danger), "%s", error.what());
        }
    }
}

} // namespace rightjob::ui
