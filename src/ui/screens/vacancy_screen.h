// Vacancies: a job coach enters a real local vacancy by touch — its title,
// picture, tasks, hours and what the work place is like, in the same words
// the profile uses — and sees who on this machine fits it best.
#pragma once

#include "core/jobs/job_matching.h"
#include "core/jobs/vacancy.h"
#include "ui/ui_context.h"
#include "ui/widgets/symbol_picker.h"

#include <map>
#include <string>
#include <vector>

namespace rightjob::ui {

class App;

// The "vacancy" screen.
class VacancyScreen {
public:
    // Starts on the list of vacancies.
    void reset();
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    enum class Mode { List, NewVacancy, WhoFits };

    void drawList(App& app, UiContext& ui);
    void drawForm(App& app, UiContext& ui);
    void drawWhoFits(App& app, UiContext& ui);
    // Saves the vacancy being written; false (with m_problem saying why) when it cannot.
    bool save(App& app);

    Mode m_mode = Mode::List;
    std::string m_title;
    std::string m_employer;
    std::string m_tasks; // one a line
    SymbolPicker m_picker;
    std::string m_symbol;
    int m_hours = 16;
    std::map<std::string, core::QualityLevel> m_qualities; // places card key to level
    std::string m_problem;
    std::string m_chosenVacancy;
    std::vector<core::PersonMatch> m_fits;
    std::vector<std::string> m_fitNames;
};

} // namespace rightjob::ui
