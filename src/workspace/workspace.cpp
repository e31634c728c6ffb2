// [SECTION] Starting: the settings, the data folder and the people
// [SECTION] Symbols, settings and the summary

#include "workspace/workspace.h"

#include "core/base/asset_paths.h"
#include "core/base/clock.h"

#include <cstdio>

namespace rightjob::workspace {

// [SECTION] Starting: the settings, the data folder and the people

Workspace::Workspace(const core::LayoutLibrary& layouts, WorkspaceOptions options)
    : m_layouts(layouts)
    , m_options(std::move(options))
    , m_store(m_options.dataFolder)
    , m_caseload(m_store, &m_layouts)
{
    if (m_options.dataFolder.empty())
        return; // a command working on one file: nothing is read or written beside it
    const core::SettingsLoadOutcome loaded = core::loadSettingsWithReport(core::settingsPath(m_options.dataFolder));
    m_settings = loaded.settings;
    m_settingsProblem = loaded.problem;
    if (!m_settingsProblem.empty())
        std::fprintf(stderr, "rightjob: %s\n", m_settingsProblem.c_str());
    // The data folder: made when missing, kept private, and said plainly when
    // it cannot be written (people then open to look at only).
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        m_dataFolderReport = core::checkDataFolder(m_options.dataFolder);
        for (const auto& warning : m_dataFolderReport.warnings)
            std::fprintf(stderr, "rightjob: %s\n", warning.c_str());
    }
    refreshPeople();
}

Workspace::~Workspace() = default;

// [SECTION] Symbols, settings and the summary

const core::SymbolIndex* Workspace::symbolIndex()
{
    if (!m_symbolsLoaded) {
        m_symbolsLoaded = true;
        try {
            m_symbols = core::SymbolIndex::load(core::assetPath("symbols/manifest.json"));
        } catch (const core::DataError& error) {
            std::fprintf(stderr, "rightjob: %s\n", error.what());
        }
    }
    return m_symbols ? &*m_symbols : nullptr;
}

void Workspace::changeSettings(const core::Settings& settings)
{
    m_settings = settings;
    core::clampSettings(m_settings);
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult saved =
            core::saveSettings(core::realFileSystem(), core::settingsPath(m_options.dataFolder), m_settings);
        m_settingsProblem = saved.ok ? "" : saved.problem;
    }
}

std::shared_ptr<const exporting::ExportJob> Workspace::summaryJob()
{
    if (!m_open)
        return nullptr;
    const core::SymbolIndex* symbols = symbolIndex();
    // Made from the profile as it is in memory, with the same words, jobs
    // and date the saved files will have, so the screen and the files say
    // the same.
    return std::make_shared<exporting::ExportJob>(exporting::exportJobFor(
        m_open->file().path(), m_open->profile(), m_open->layout(), symbols ? *symbols : core::SymbolIndex{},
        jobCatalogue(), matchWeights(), exporting::todayText(core::systemClock())));
}

} // namespace rightjob::workspace
