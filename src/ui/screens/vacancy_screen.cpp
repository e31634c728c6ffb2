// [SECTION] The list
// [SECTION] A new vacancy
// [SECTION] Who fits best

#include "ui/screens/vacancy_screen.h"

#include "core/base/asset_paths.h"
#include "ui/app.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <sstream>

namespace rightjob::ui {

namespace {

// The levels a quality steps through when its tile is tapped: not said yet, then each level.
std::optional<core::QualityLevel> nextLevel(std::optional<core::QualityLevel> level)
{
    if (!level)
        return core::QualityLevel::Sometimes;
    switch (*level) {
    case core::QualityLevel::Sometimes: return core::QualityLevel::Often;
    case core::QualityLevel::Often: return core::QualityLevel::Always;
    case core::QualityLevel::Always: return core::QualityLevel::Never;
    case core::QualityLevel::Never: return std::nullopt;
    }
    return std::nullopt;
}

const char* levelWords(core::QualityLevel level)
{
    switch (level) {
    case core::QualityLevel::Never: return "Never";
    case core::QualityLevel::Sometimes: return "Sometimes";
    case core::QualityLevel::Often: return "Often";
    case core::QualityLevel::Always: return "Always";
    }
    return "";
}

} // namespace

void VacancyScreen::reset()
{
    m_mode = Mode::List;
    m_problem.clear();
}

void VacancyScreen::draw(App& app, UiContext& ui)
{
    if (!app.jobCatalogue()) {
        ImGui::TextWrapped("The list of jobs cannot be read. %s", app.jobCatalogueProblem().c_str());
        return;
    }
    switch (m_mode) {
    case Mode::List: drawList(app, ui); break;
    case Mode::NewVacancy: drawForm(app, ui); break;
    case Mode::WhoFits: drawWhoFits(app, ui); break;
    }
}

// [SECTION] The list

void VacancyScreen::drawList(App& app, UiContext& ui)
{
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(30.0f));
    TileContent add;
    add.id = "add-vacancy";
    add.label = "Add a vacancy";
    add.detail = "A real job near you";
    add.symbol = "plus";
    add.role = TargetRole::Button;
    add.style = TileStyle::Accent;
    if (tile(ui, add, ImVec2(width, ui.em(3.4f)), PictureSide::Left)) {
        m_mode = Mode::NewVacancy;
        m_title.clear();
        m_employer.clear();
        m_tasks.clear();
        m_picker.reset();
        m_symbol = "briefcase";
        m_hours = 16;
        m_qualities.clear();
        m_problem.clear();
        return;
    }
    ImGui::Dummy(ImVec2(0, ui.em(0.5f)));
    if (app.vacancies().empty())
        ImGui::TextWrapped("There are no vacancies yet.");
    for (const auto& vacancy : app.vacancies()) {
        TileContent content;
        content.id = "vacancy:" + vacancy.id;
        content.label = vacancy.title;
        std::ostringstream detail;
        detail << static_cast<int>(vacancy.hoursPerWeek + 0.5) << " hours a week";
        if (!vacancy.employer.empty())
            detail << " at " << vacancy.employer;
        content.detail = detail.str() + ". Tap to see who fits.";
        content.symbol = vacancy.symbol;
        content.role = TargetRole::Card;
        if (tile(ui, content, ImVec2(width, ui.em(3.6f)), PictureSide::Left)) {
            m_chosenVacancy = vacancy.id;
            m_fits = app.matchVacancyAgainstEveryone(vacancy, m_fitNames);
            m_mode = Mode::WhoFits;
            return;
        }
        ImGui::Dummy(ImVec2(0, ui.em(0.25f)));
    }
}

// [SECTION] A new vacancy

void VacancyScreen::drawForm(App& app, UiContext& ui)
{
    const float available = ImGui::GetContentRegionAvail().x;
    const float fieldWidth = std::min(available, ui.em(24.0f));
    const float gap = ui.em(0.5f);
    ImGui::SetNextItemWidth(fieldWidth);
    textField(ui, "vacancy-title", "The job", m_title);
    ImGui::SetNextItemWidth(fieldWidth);
    textField(ui, "vacancy-employer", "Where it is", m_employer);
    ImGui::SetNextItemWidth(fieldWidth);
    textField(ui, "vacancy-tasks", "What you do there, one thing a line", m_tasks, TextFieldLines::Several);

    // The picture: found by words (the job's own words first) or by group.
    ImGui::Dummy(ImVec2(0, gap));
    const std::string picked = m_picker.draw(ui, app.symbolIndex(), m_symbol, m_title);
    if (!picked.empty())
        m_symbol = picked;

    // Hours a week.
    ImGui::Dummy(ImVec2(0, gap));
    ImGui::PushFont(ui.window.boldFont());
    ImGui::Text("%d hours a week", m_hours);
    ImGui::PopFont();
    TileContent fewer = buttonContent("hours-fewer", "Fewer", "minus");
    fewer.spoken = "Fewer hours";
    if (tile(ui, fewer, ImVec2(ui.em(7.0f), ui.em(2.6f)), PictureSide::Left))
        m_hours = std::max(1, m_hours - 1);
    ImGui::SameLine(0, gap);
    TileContent more = buttonContent("hours-more", "More", "plus");
    more.spoken = "More hours";
    if (tile(ui, more, ImVec2(ui.em(7.0f), ui.em(2.6f)), PictureSide::Left))
        m_hours = std::min(60, m_hours + 1);

    // What the place is like, in the profile's own words.
    ImGui::Dummy(ImVec2(0, gap));
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("What is the work place like? Tap to say how often.");
    ImGui::PopFont();
    const core::SectionDefinition* places = app.layouts().find("vocational_profile")
                                                ? app.layouts().find("vocational_profile")->findSection("places")
                                                : nullptr;
    if (places) {
        const float width = ui.em(11.0f);
        const int placeColumns = columnsFor(available, width, gap);
        int placeIndex = 0;
        for (const auto& card : places->cards) {
            const std::string key = core::cardKey("places", card.id);
            if (!app.jobCatalogue()->findPlaceWords(key))
                continue; // only qualities the matching knows
            if (placeIndex++ % placeColumns != 0)
                ImGui::SameLine(0, gap);
            const auto found = m_qualities.find(key);
            const std::optional<core::QualityLevel> level =
                found == m_qualities.end() ? std::nullopt : std::optional<core::QualityLevel>(found->second);
            TileContent quality;
            quality.id = "quality:" + card.id;
            quality.label = card.label;
            quality.detail = level ? levelWords(*level) : "Not said";
            quality.spoken = card.label + ": " + quality.detail;
            quality.symbol = card.symbol;
            quality.role = TargetRole::Toggle;
            quality.style = level ? TileStyle::Accent : TileStyle::Card;
            if (tile(ui, quality, ImVec2(width, ui.em(3.6f)), PictureSide::Left)) {
                const auto next = nextLevel(level);
                if (next)
                    m_qualities[key] = *next;
                else
                    m_qualities.erase(key);
            }
        }
    }

    ImGui::Dummy(ImVec2(0, gap));
    if (!m_problem.empty())
        ImGui::TextColored(toImVec4(ui.theme().danger), "%s", m_problem.c_str());
    TileContent saveTile = buttonContent("save-vacancy", "Save the vacancy", "check-mark-button");
    saveTile.style = TileStyle::Accent;
    if (tile(ui, saveTile, ImVec2(fieldWidth, ui.em(3.0f)), PictureSide::Left) && save(app))
        app.showMessage(ui, "Saved.");
    ImGui::Dummy(ImVec2(0, gap));
    TileContent cancel = buttonContent("cancel-vacancy", "Do not save", "cross-mark");
    if (tile(ui, cancel, ImVec2(fieldWidth, ui.em(2.6f)), PictureSide::Left))
        m_mode = Mode::List;
}

bool VacancyScreen::save(App& app)
{
    core::Vacancy vacancy;
    std::string title = m_title;
    title.erase(0, title.find_first_not_of(" \t"));
    if (title.empty()) {
        m_problem = "Please write the name of the job.";
        return false;
    }
    vacancy.id = core::newVacancyId(app.vacancies(), title);
    vacancy.title = title;
    vacancy.employer = m_employer;
    vacancy.symbol = m_symbol;
    vacancy.hoursPerWeek = m_hours;
    std::istringstream tasks(m_tasks);
    for (std::string line; std::getline(tasks, line);)
        if (line.find_first_not_of(" \t") != std::string::npos)
            vacancy.tasks.push_back(line);
    for (const auto& [card, level] : m_qualities)
        vacancy.qualities.push_back({card, level, ""});
    const std::string problem = app.addVacancy(vacancy);
    if (!problem.empty()) {
        m_problem = problem;
        return false;
    }
    m_mode = Mode::List;
    return true;
}

// [SECTION] Who fits best

void VacancyScreen::drawWhoFits(App& app, UiContext& ui)
{
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(34.0f));
    const core::Vacancy* vacancy = nullptr;
    for (const auto& candidate : app.vacancies())
        if (candidate.id == m_chosenVacancy)
            vacancy = &candidate;
    if (!vacancy) {
        m_mode = Mode::List;
        return;
    }
    ImGui::PushFont(ui.window.boldFont());
    wrappedText(ui, "Who fits " + vacancy->title + " best");
    ImGui::PopFont();
    if (m_fits.empty())
        ImGui::TextWrapped("Nobody on this computer has answered enough cards yet.");
    for (std::size_t i = 0; i < m_fits.size(); ++i) {
        const core::MatchResult& result = m_fits[i].result;
        TileContent person;
        person.id = "fit:" + m_fits[i].profileId;
        person.label = m_fitNames[i];
        person.detail = std::string(core::fitBandWords(result.band)) + ".";
        person.symbol = "bust-in-silhouette";
        person.role = TargetRole::Card;
        tile(ui, person, ImVec2(width, ui.em(3.4f)), PictureSide::Left);
        ImGui::Indent(ui.em(1.0f));
        for (const auto& warning : result.warnings)
            ImGui::TextColored(toImVec4(ui.theme().danger), "Warning: %s", warning.text.c_str());
        for (const auto& reason : result.reasons)
            wrappedText(ui, reason.text);
        ImGui::Unindent(ui.em(1.0f));
        ImGui::Dummy(ImVec2(0, ui.em(0.4f)));
    }
    TileContent back = buttonContent("vacancy-list", "All vacancies", "briefcase");
    if (tile(ui, back, ImVec2(std::min(width, ui.em(14.0f)), ui.em(2.8f)), PictureSide::Left))
        m_mode = Mode::List;
}

} // namespace rightjob::ui
