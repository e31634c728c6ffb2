#include "ui/screens/session_screen.h"

#include "core/profile/helper_picture.h"
#include "ui/app.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

namespace {

struct PlaceChoice {
    const char* words;
    const char* symbol;
};

// The places services go most; "Somewhere else" takes any words.
constexpr PlaceChoice kPlaces[] = {
    {"Home", "house"},           {"College", "school"}, {"School", "school"},
    {"Work taster", "office-building"}, {"Café", "hot-beverage"},
};

} // namespace

void SessionScreen::reset(const core::OpenProfile&)
{
    m_present = {core::kPersonGiver};
    m_place.clear();
    m_otherPlace.clear();
    m_newName.clear();
    m_newRole.clear();
    m_problem.clear();
}

void SessionScreen::draw(App& app, UiContext& ui)
{
    if (!app.openProfile())
        return;
    const float width = ImGui::GetContentRegionAvail().x;
    drawWho(app, ui, width);
    ImGui::Dummy(ImVec2(0, ui.em(0.75f)));
    drawWhere(ui, width);
    ImGui::Dummy(ImVec2(0, ui.em(0.75f)));
    if (!m_problem.empty()) {
        ImGui::TextColored(toImVec4(ui.theme().danger), "%s", m_problem.c_str());
    }
    const std::string place = m_place == "Somewhere else" ? m_otherPlace : m_place;
    TileContent start;
    start.id = "start-session";
    start.label = "Start the session";
    start.symbol = "check-mark-button";
    start.role = TargetRole::Button;
    start.style = TileStyle::Accent;
    start.enabled = !place.empty();
    start.detail = place.empty() ? "First choose where you are" : "";
    if (tile(ui, start, ImVec2(std::min(width, ui.em(16.0f)), ui.em(3.6f)), PictureSide::Left)) {
        try {
            std::vector<std::string> present(m_present.begin(), m_present.end());
            app.openProfile()->document().startSession(place, present);
            app.showScreen(ScreenName::Person);
        } catch (const core::EditError& error) {
            m_problem = error.what();
        }
    }
}

void SessionScreen::drawWho(App& app, UiContext& ui, float width)
{
    core::OpenProfile& open = *app.openProfile();
    const core::Profile& profile = open.profile();
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("Who is here?");
    ImGui::PopFont();
    std::vector<std::string> everyone{core::kPersonGiver};
    for (const auto& contributor : profile.contributors)
        everyone.push_back(contributor.id);
    const float gap = ui.em(0.5f);
    const float buttonWidth = ui.em(11.0f);
    const int columns = columnsFor(width, buttonWidth, gap);
    for (std::size_t i = 0; i < everyone.size(); ++i) {
        if (i % columns != 0)
            ImGui::SameLine(0, gap);
        const bool here = m_present.count(everyone[i]) > 0;
        TileContent content;
        content.id = "here:" + everyone[i];
        content.label = profile.giverLabel(everyone[i]);
        content.detail = here ? "Is here" : "Is not here";
        content.spoken = content.label + (here ? " is here" : " is not here");
        const core::Contributor* helper = profile.findContributor(everyone[i]);
        content.symbol = here ? "check-mark-button" : core::helperPicture(helper ? helper->role : "");
        content.role = TargetRole::Toggle;
        content.style = here ? TileStyle::Accent : TileStyle::Card;
        if (tile(ui, content, ImVec2(buttonWidth, ui.em(3.6f)), PictureSide::Left)) {
            if (here)
                m_present.erase(everyone[i]);
            else
                m_present.insert(everyone[i]);
        }
    }

    // Someone new: their name and how they know the person.
    ImGui::Dummy(ImVec2(0, gap));
    const float fieldWidth = std::min(width, ui.em(16.0f));
    ImGui::SetNextItemWidth(fieldWidth);
    textField(ui, "helper-name", "Someone new: their name", m_newName);
    ImGui::SetNextItemWidth(fieldWidth);
    textField(ui, "helper-role", "Who they are, like Mum", m_newRole);
    TileContent add;
    add.id = "add-helper";
    add.label = "Add them";
    add.symbol = "plus";
    add.role = TargetRole::Button;
    if (tile(ui, add, ImVec2(ui.em(8.0f), ui.em(2.8f)), PictureSide::Left)) {
        try {
            const std::string id =
                open.document().addContributor(core::ContributorKind::Supporter, m_newName, m_newRole);
            m_present.insert(id);
            m_newName.clear();
            m_newRole.clear();
            m_problem.clear();
        } catch (const core::EditError& error) {
            m_problem = error.what();
        }
    }
}

void SessionScreen::drawWhere(UiContext& ui, float width)
{
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("Where are you?");
    ImGui::PopFont();
    const float gap = ui.em(0.5f);
    const float buttonWidth = ui.em(10.0f);
    const int columns = columnsFor(width, buttonWidth, gap);
    int index = 0;
    const auto choice = [&](const std::string& words, const std::string& symbol) {
        if (index++ % columns != 0)
            ImGui::SameLine(0, gap);
        TileContent content;
        content.id = "place:" + words;
        content.label = words;
        content.symbol = symbol;
        content.role = TargetRole::Toggle;
        content.style = m_place == words ? TileStyle::Accent : TileStyle::Card;
        if (tile(ui, content, ImVec2(buttonWidth, ui.em(3.2f)), PictureSide::Left))
            m_place = words;
    };
    for (const auto& place : kPlaces)
        choice(place.words, place.symbol);
    choice("Somewhere else", "round-pushpin");
    if (m_place == "Somewhere else") {
        ImGui::SetNextItemWidth(std::min(width, ui.em(20.0f)));
        textField(ui, "other-place", "Where are you?", m_otherPlace);
    }
}

} // namespace rightjob::ui
