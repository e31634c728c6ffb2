#include "ui/screens/people_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

void PeopleScreen::draw(App& app, UiContext& ui)
{
    const auto& people = app.people();
    const float gap = ui.em(0.75f);
    const TileGrid grid = tileGridFor(ImGui::GetContentRegionAvail().x, ImVec2(ui.card(10.0f), ui.card(11.0f)), gap,
                                      ui.minimumTarget());
    std::string toOpen;
    bool addPerson = false;
    for (std::size_t i = 0; i <= people.size(); ++i) {
        grid.moveTo(i);
        if (i == people.size()) {
            TileContent add;
            add.id = "add-person";
            add.label = "Add a person";
            add.symbol = "plus";
            add.role = TargetRole::Button;
            addPerson = tile(ui, add, grid.tileSize, PictureSide::Top);
            break;
        }
        const core::PersonEntry& person = people[i];
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
        if (tile(ui, content, grid.tileSize, PictureSide::Top))
            toOpen = person.id;
    }
    ImGui::Dummy(ImVec2(0, gap));
    TileContent vacancies;
    vacancies.id = "vacancies";
    vacancies.label = "Vacancies";
    vacancies.detail = "Real jobs, and who fits them";
    vacancies.symbol = "briefcase";
    vacancies.role = TargetRole::Button;
    const bool openVacancies =
        tile(ui, vacancies, ImVec2(std::min(ImGui::GetContentRegionAvail().x, ui.em(18.0f)), ui.em(3.4f)),
             PictureSide::Left);
    ImGui::SameLine(0, gap);
    TileContent about = buttonContent("about", "About Right Job", "information");
    about.detail = "Who made it, and the licences";
    const bool openAbout =
        tile(ui, about, ImVec2(std::min(ImGui::GetContentRegionAvail().x, ui.em(18.0f)), ui.em(3.4f)),
             PictureSide::Left);
    if (openAbout)
        app.showScreen(ScreenName::About);
    else if (addPerson)
        app.showScreen(ScreenName::AddPerson);
    else if (openVacancies)
        app.showScreen(ScreenName::Vacancy);
    else if (!toOpen.empty())
        app.openPerson(toOpen);
}

} // namespace rightjob::ui
