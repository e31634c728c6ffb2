// [SECTION] Jobs, vacancies and matching: the catalogue and weights from
// assets/jobs/, the vacancies a job coach entered, one person matched to
// jobs, and one vacancy matched against everyone on this machine.

#include "workspace/workspace.h"

#include "core/base/asset_paths.h"
#include "core/base/data_error.h"

#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>

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

namespace {

// A number that changes whenever the file's bytes do: a hash of them. Cheap
// next to reading the profile (no JSON is parsed), and unlike a file's time
// it cannot miss two saves within the clock's step.
std::uint64_t fileVersion(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return std::hash<std::string>{}(bytes.str());
}

} // namespace

std::vector<core::PersonMatch> Workspace::matchVacancyAgainstEveryone(const core::Vacancy& vacancy,
                                                                      std::vector<std::string>& names)
{
    names.clear();
    core::MatchCache* cache = matchCache();
    if (!cache)
        return {};
    std::vector<std::string> held;
    for (const auto& entry : m_store.list()) {
        const std::uint64_t version = fileVersion(entry.profilePath);
        if (cache->holdsPerson(entry.id, version)) {
            held.push_back(entry.id);
            continue;
        }
        core::LoadOutcome outcome = m_store.fileFor(entry.id).load();
        if (outcome.profile && outcome.profile->layoutId == "vocational_profile") {
            held.push_back(outcome.profile->id);
            cache->holdPerson(std::move(*outcome.profile), version);
        }
    }
    cache->keepOnlyPeople(held);
    auto fits = cache->matchVacancy(vacancy, 20);
    for (const auto& fit : fits)
        names.push_back(cache->heldPerson(fit.personIndex).person.shownName());
    return fits;
}

} // namespace rightjob::workspace
