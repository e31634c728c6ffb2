#include "ui/screens/deleted_screen.h"

#include "core/base/clock.h"
#include "ui/app.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <optional>

namespace rightjob::ui {

std::string deletedPersonDetail(const core::PersonStore::DeletedPerson& person)
{
    std::string detail = "Deleted on " + core::dayInWords(person.deletedOn) + ".";
    if (person.daysLeft > 1)
        detail += " Kept for " + std::to_string(person.daysLeft) + " more days.";
    else
        detail += " Kept until tomorrow.";
    return detail;
}

void DeletedScreen::draw(App& app, UiContext& ui)
{
    workspace::Workspace& work = app.workspace();
    if (!m_read) {
        m_people = work.deletedPeople();
        m_read = true;
    }
    const float gap = ui.em(0.75f);
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(44.0f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextWrapped("When you delete a person, they are kept here for %d days. Then they are gone for good.",
                       core::PersonStore::kDeletedKeptDays);
    if (m_people.empty())
        ImGui::TextWrapped("Nobody is here.");
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, gap * 0.5f));

    // A row for each person: who, and when; then "Bring back" beside it (under it when narrow).
    const float buttonWidth = std::min(width, ui.em(12.0f));
    const bool beside = width >= buttonWidth + gap + ui.em(16.0f);
    const float personWidth = beside ? width - buttonWidth - gap : width;
    std::optional<std::size_t> chosen;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const core::PersonStore::DeletedPerson& person = m_people[i];
        TileContent who;
        who.id = "deleted:" + std::to_string(i);
        who.label = person.name;
        who.detail = deletedPersonDetail(person);
        who.spoken = person.name + ". " + who.detail;
        who.symbol = "bust-in-silhouette";
        who.role = TargetRole::Card;
        tile(ui, who, ImVec2(personWidth, ui.em(3.8f)), PictureSide::Left);
        if (beside)
            ImGui::SameLine(0, gap);
        TileContent back = buttonContent("bring-back:" + std::to_string(i), "Bring back", "reverse-button");
        back.spoken = "Bring " + person.name + " back";
        back.style = TileStyle::Accent;
        if (tile(ui, back, ImVec2(buttonWidth, ui.em(3.8f)), PictureSide::Left))
            chosen = i;
        ImGui::Dummy(ImVec2(0, gap * 0.5f));
    }
    if (!chosen)
        return;
    const core::PersonStore::DeletedPerson person = m_people[*chosen];
    const std::string problem = work.restoreDeleted(person.folder);
    m_read = false;
    app.showMessage(ui, problem.empty() ? person.name + " is back on the list of people." : problem);
}

} // namespace rightjob::ui
