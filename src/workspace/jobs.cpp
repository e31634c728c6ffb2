// [SECTION] Jobs, vacancies and matching: the catalogue and weights from
// assets/jobs/, the vacancies a job coach entered, one person matched to
// jobs, and one vacancy matched against everyone on this machine.

#include "workspace/workspace.h"

#include "core/base/asset_paths.h"
#include "core/base/data_error.h"

#include <cstdio>

namespace rightjob::workspace {

void Workspace::loadJobs()
{
    m_jobsLoaded = true;
    try {
        m_catalogue = core::loadJobCatalogue(core::assetPath("assets/jobs/catalogue.json"));
        m_weights = core::loadMatchWeights(core::assetPath("assets/jobs/weights.json"));
        if (!m_vacanciesChosen && !m_options.dataFolder.empty())
            m_vacancies = core::VacancyStore(m_options.dataFolder).load();
    } catch (const core::DataError& error) {
        m_jobProblem = error.what();
        m_jobError = error;
        if (!m_weights)
            m_catalogue.reset();
        throw;
    }
}

const core::JobCatalogue* Workspace::jobCatalogue()
{
    if (!m_jobsLoaded) {
        try {
            loadJobs();
        } catch (const core::DataError& error) {
            std::fprintf(stderr, "rightjob: %s\n", error.what());
        }
    }
    return m_catalogue ? &*m_catalogue : nullptr;
}

const core::MatchWeights* Workspace::matchWeights()
{
    jobCatalogue();
    return m_weights ? &*m_weights : nullptr;
}

void Workspace::useVacancies(std::vector<core::Vacancy> vacancies)
{
    m_vacanciesChosen = true;
    m_vacancies = std::move(vacancies);
    if (m_matchCache)
        m_matchCache->setVacancies(m_vacancies);
}

std::string Workspace::addVacancy(const core::Vacancy& vacancy)
{
    std::vector<core::Vacancy> all = m_vacancies;
    all.push_back(vacancy);
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult saved = core::VacancyStore(m_options.dataFolder).save(all);
        if (!saved.ok)
            return "The vacancy is not saved. " + saved.problem;
    }
    m_vacancies = std::move(all);
    if (m_matchCache)
        m_matchCache->setVacancies(m_vacancies);
    return "";
}

core::MatchCache* Workspace::matchCache()
{
    const core::Layout* layout = m_layouts.find("vocational_profile");
    if (!m_matchCache && jobCatalogue() && m_weights && layout) {
        m_matchCache = std::make_unique<core::MatchCache>(*layout, *m_catalogue, *m_weights);
        m_matchCache->setVacancies(m_vacancies);
    }
    return m_matchCache.get();
}

std::vector<core::MatchResult> Workspace::matchOpenPerson(std::size_t limit)
{
    if (!m_open)
        return {};
    if (!m_jobsLoaded)
        loadJobs();
    if (!m_catalogue || !m_weights)
        throw m_jobError.value();
    // The cache holds the vacancies as vectors already; it speaks the
    // vocational profile layout's words, so others match directly.
    core::MatchCache* cache = matchCache();
    if (cache && cache->layout().id == m_open->layout().id)
        return cache->matchPerson(m_open->profile(), limit);
    return core::matchPerson(m_open->profile(), m_open->layout(), *m_catalogue, m_vacancies, *m_weights, limit);
}

core::MatchReadiness Workspace::openPersonReadiness()
{
    if (!m_open)
        return {};
    if (!m_jobsLoaded)
        loadJobs();
    if (!m_weights)
        throw m_jobError.value();
    return core::matchReadiness(m_open->profile(), m_open->layout(), *m_weights);
}

std::vector<core::PersonMatch> Workspace::matchVacancyAgainstEveryone(const core::Vacancy& vacancy,
                                                                      std::vector<std::string>& names)
{
    names.clear();
    core::MatchCache* cache = matchCache();
    if (!cache)
        return {};
    // The caseload index gives each person's answers without reading their
    // whole profile, and a version that changes whenever their file does.
    std::vector<std::string> held;
    const auto people = m_caseload.peopleForMatching(
        [&](const std::string& id, std::uint64_t version) { return cache->holdsPerson(id, version); });
    for (auto person : people) {
        if (!person.needed) {
            held.push_back(person.id);
        } else if (person.answers.layoutId == "vocational_profile") {
            held.push_back(person.id);
            cache->holdPerson(std::move(person.answers), person.version);
        }
    }
    cache->keepOnlyPeople(held);
    auto fits = cache->matchVacancy(vacancy, 20);
    for (const auto& fit : fits)
        names.push_back(cache->heldPerson(fit.personIndex).person.shownName());
    return fits;
}

} // namespace rightjob::workspace
