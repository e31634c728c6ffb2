#include "ui/screens/recover_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

void RecoverScreen::draw(App& app, UiContext& ui)
{
    const core::LoadOutcome& outcome = app.recoverOutcome();
    ImGui::PushFont(ui.window.boldFont());
    if (outcome.problem == core::LoadProblem::NewerVersion)
        ImGui::TextWrapped("A newer Right Job made this profile.");
    else if (outcome.problem == core::LoadProblem::Missing)
        ImGui::TextWrapped("This profile is missing.");
    else
        ImGui::TextWrapped("This profile is damaged. Right Job cannot read it.");
    ImGui::PopFont();
    ImGui::TextWrapped("Right Job keeps the file. It deletes nothing.");
    ImGui::Dummy(ImVec2(0, ui.em(0.5f)));
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ui.theme().textMuted));
    ImGui::TextWrapped("%s", outcome.message.c_str());
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, ui.em(1.0f)));

    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(22.0f));
    if (outcome.newestGoodBackup) {
        TileContent restore;
        restore.id = "restore";
        restore.label = "Use the last good copy";
        restore.detail = "Right Job keeps copies of every save.";
        restore.symbol = "check-mark-button";
        restore.role = TargetRole::Button;
        restore.style = TileStyle::Accent;
        if (tile(ui, restore, ImVec2(width, ui.em(4.0f)), PictureSide::Left))
            app.restoreOfferedBackup();
        ImGui::Dummy(ImVec2(0, ui.em(0.5f)));
    } else {
        ImGui::TextWrapped("There is no good copy to use.");
        ImGui::Dummy(ImVec2(0, ui.em(0.5f)));
    }
    TileContent back;
    back.id = "people";
    back.label = "Back to the people";
    back.symbol = "busts-in-silhouette";
    back.role = TargetRole::Button;
    if (tile(ui, back, ImVec2(width, ui.em(3.0f)), PictureSide::Left))
        app.showScreen(ScreenName::People);
}

} // namespace rightjob::ui
