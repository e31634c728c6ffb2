#include "ui/screens/people_screen.h"

#include "core/base/clock.h"
#include "ui/app.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace rightjob::ui {

namespace {

// The person's tile: their name (the full name when another person shown
// has the same first name), photo, last session and how far along.
TileContent personTile(const core::PersonEntry& person, bool fullName)
{
    TileContent content;
    content.id = "person:" + person.id;
    content.label = (fullName && !person.name.empty() ? person.name : person.shownName) + (person.isDemo ? " (demo)" : "");
    const std::string last =
        person.lastSession.empty() ? "No session yet." : "Last session " + core::dayInWords(person.lastSession) + ".";
    content.spoken = person.problem.empty() ? "Open " + content.label + ". " + last
                                            : content.label + ". This profile has a problem.";
    content.photoPath = person.photoPath;
    content.symbol = person.problem.empty() ? "bust-in-silhouette" : "warning";
    if (!person.problem.empty()) {
        content.detail = "It has a problem";
    } else {
        // Short enough for a narrow tile; the whole sentence is spoken.
        content.detail = person.lastSession.empty() ? "No session yet" : "Seen " + core::dayInWords(person.lastSession);
        if (person.total > 0)
            content.progress = std::min(1.0f, static_cast<float>(person.answered) / static_cast<float>(person.total));
    }
    return content;
}

} // namespace

void PeopleScreen::updateShown(App& app)
{
    const std::string wanted = m_search + '\x1f' + m_letter + '\x1f'
                               + (m_order == core::CaseloadOrder::ByName ? "name" : "last") + '\x1f'
                               + std::to_string(app.peopleRevision());
    if (wanted == m_shownFor)
        return;
    m_shownFor = wanted;
    m_shown = core::findPeople(app.people(), m_search, m_order);
    std::map<std::string, int> firstNames;
    for (const auto& person : app.people())
        ++firstNames[person.shownName];
    m_sharedFirstNames.clear();
    for (const auto& [name, count] : firstNames)
        if (count > 1)
            m_sharedFirstNames.insert(name);
    if (!m_letter.empty())
        m_shown.erase(std::remove_if(m_shown.begin(), m_shown.end(),
                                     [&](const core::PersonEntry& p) { return core::filingLetter(p) != m_letter; }),
                      m_shown.end());
}

void PeopleScreen::drawFinding(App& app, UiContext& ui, const std::vector<core::PersonEntry>& people)
{
    const float gap = ui.em(0.5f);
    // A pixel more than the minimum: the screen map measures in floats.
    const float target = std::ceil(ui.minimumTarget()) + 1.0f;
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ui.em(22.0f)));
    if (textField(ui, "find-person", "Find a person by name", m_search))
        m_letter.clear();

    // Two ways to sort, then adding someone: near the top, not after everyone.
    const ImVec2 sortSize(std::min(ImGui::GetContentRegionAvail().x / 3 - gap, ui.em(13.0f)), std::max(target, ui.em(3.0f)));
    TileContent byName = buttonContent("sort-by-name", "A to Z", "up-down-arrow");
    byName.spoken = "Sort by name";
    byName.style = m_order == core::CaseloadOrder::ByName ? TileStyle::Accent : TileStyle::Card;
    if (tile(ui, byName, sortSize, PictureSide::Left))
        m_order = core::CaseloadOrder::ByName;
    ImGui::SameLine(0, gap);
    TileContent byLast = buttonContent("sort-by-last-session", "Last session", "calendar");
    byLast.spoken = "Sort by last session, newest first";
    byLast.style = m_order == core::CaseloadOrder::ByLastSession ? TileStyle::Accent : TileStyle::Card;
    if (tile(ui, byLast, sortSize, PictureSide::Left))
        m_order = core::CaseloadOrder::ByLastSession;
    ImGui::SameLine(0, gap);
    TileContent add = buttonContent("add-person", "Add a person", "plus");
    if (tile(ui, add, sortSize, PictureSide::Left))
        m_addPerson = true;

    // The letter strip: the first letters people's names start with.
    std::set<std::string> letters;
    for (const auto& person : people)
        letters.insert(core::filingLetter(person));
    ImGui::Dummy(ImVec2(0, gap * 0.25f));
    const ImVec2 letterSize(target, target);
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    std::vector<std::string> strip = {"All"};
    strip.insert(strip.end(), letters.begin(), letters.end());
    for (std::size_t i = 0; i < strip.size(); ++i) {
        const std::string& letter = strip[i];
        const bool all = letter == "All";
        const ImVec2 size(all ? target * 1.6f : letterSize.x, letterSize.y);
        if (i > 0) {
            ImGui::SameLine(0, gap * 0.5f);
            if (ImGui::GetCursorPosX() + size.x > right)
                ImGui::NewLine();
        }
        TileContent content;
        content.id = "letter:" + letter;
        content.label = letter;
        content.spoken = all ? "Everyone" : "Names starting with " + letter;
        content.role = TargetRole::Button;
        content.style = (all ? m_letter.empty() : m_letter == letter) ? TileStyle::Accent : TileStyle::Card;
        if (tile(ui, content, size, PictureSide::Top)) {
            m_letter = all ? "" : letter;
            m_search.clear();
        }
    }
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
    (void)app;
}


void PeopleScreen::draw(App& app, UiContext& ui)
{
    const auto& people = app.people();
    const float gap = ui.em(0.75f);
    const bool many = people.size() > kFewPeople;
    if (many) {
        drawFinding(app, ui, people);
    } else {
        m_search.clear();
        m_letter.clear();
    }
    updateShown(app);
    const std::vector<core::PersonEntry>& shown = many ? m_shown : people;

    const TileGrid grid = tileGridFor(ImGui::GetContentRegionAvail().x, ImVec2(ui.card(10.0f), ui.card(11.0f)), gap,
                                      ui.minimumTarget());
    const std::size_t tiles = shown.size() + (many ? 0 : 1); // and "Add a person" when it is not at the top
    const std::size_t columns = static_cast<std::size_t>(std::max(1, grid.columns));
    const int rows = static_cast<int>((tiles + columns - 1) / columns);
    const float rowHeight = grid.tileSize.y + gap;
    std::string toOpen;
    bool addPerson = m_addPerson;
    m_addPerson = false;
    if (many && shown.empty())
        wrappedText(ui, "Nobody has that name. Try fewer letters.");
    // Only the rows in view are drawn: a thousand people cost what a screenful does.
    ImGuiListClipper clipper;
    clipper.Begin(rows, rowHeight);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const float rowY = ImGui::GetCursorPosY();
            for (std::size_t column = 0; column < columns; ++column) {
                const std::size_t i = static_cast<std::size_t>(row) * columns + column;
                if (i >= tiles)
                    break;
                if (column > 0)
                    ImGui::SameLine(0, gap);
                else if (grid.indent > 0)
                    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + grid.indent);
                if (i == shown.size()) {
                    TileContent add;
                    add.id = "add-person";
                    add.label = "Add a person";
                    add.symbol = "plus";
                    add.role = TargetRole::Button;
                    addPerson = tile(ui, add, grid.tileSize, PictureSide::Top);
                    break;
                }
                if (tile(ui, personTile(shown[i], m_sharedFirstNames.count(shown[i].shownName) > 0), grid.tileSize,
                         PictureSide::Top))
                    toOpen = shown[i].id;
            }
            ImGui::SetCursorPosY(rowY + rowHeight);
        }
    }
    clipper.End();
    ImGui::Dummy(ImVec2(0, gap * 0.25f));
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
    // Only when someone was deleted: a way to bring them back.
    bool openDeleted = false;
    if (app.workspace().deletedCount() > 0) {
        ImGui::SameLine(0, gap);
        if (ImGui::GetContentRegionAvail().x < ui.em(10.0f))
            ImGui::NewLine();
        TileContent deleted = buttonContent("deleted-people", "Deleted people", "wastebasket");
        deleted.detail = "Bring someone back";
        openDeleted = tile(ui, deleted, ImVec2(std::min(ImGui::GetContentRegionAvail().x, ui.em(18.0f)), ui.em(3.4f)),
                           PictureSide::Left);
    }
    if (openDeleted)
        app.showScreen(ScreenName::Deleted);
    else if (openAbout)
        app.showScreen(ScreenName::About);
    else if (addPerson)
        app.showScreen(ScreenName::AddPerson);
    else if (openVacancies)
        app.showScreen(ScreenName::Vacancy);
    else if (!toOpen.empty())
        app.openPerson(toOpen);
}

} // namespace rightjob::ui
