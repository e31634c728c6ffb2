#include "ui/screens/people_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

void PeopleScreen::draw(App& app, UiContext& ui)
{
    const auto& people = app.people();
    if (people.empty()) {
        ImGui::PushFont(ui.window.boldFont());
        ImGui::TextWrapped("There is nobody here yet.");
        ImGui::PopFont();
        return;
    }
    const float gap = ui.em(0.75f);
    const float width = ui.em(10.0f);
    const float height = ui.em(11.0f);
    const int columns = columnsFor(ImGui::GetContentRegionAvail().x, width, gap);
    std::string toOpen;
    for (std::size_t i = 0; i < people.size(); ++i) {
        const core::PersonEntry& person = people[i];
        if (i % columns != 0)
            ImGui::SameLine(0, gap);
        TileContent content;
        content.id = "person:" + person.id;
        content.label = person.shownName + (person.isDemo ? " (demo)" : "");
        content.spoken = person.problem.empty() ? "Open " + content.label
                                                : content.label + ". This profile has a problem.";
        content.photoPath = person.photoPath;
        content.symbol = person.problem.empty() ? "bust-in-silhouette" : "warning";
        if (!person.problem.empty())
            content.detail = "It has a problem";
        else if (person.name != person.shownName)
            content.detail = person.name;
        if (tile(ui, content, ImVec2(width, height), PictureSide::Top))
            toOpen = person.id;
        if (i % columns != static_cast<std::size_t>(columns) - 1)
            continue;
        ImGui::Dummy(ImVec2(0, gap * 0.25f));
    }
    if (!toOpen.empty())
        app.openPerson(toOpen);
}

} // namespace rightjob::ui
