// The workspace: everything a person does with Right Job, as named
// operations that the window (src/ui) and the commands (src/app) both call.
// It holds the people on this machine, the person who is open, their
// passphrase, recordings and pronunciations, the job catalogue and the
// vacancies, matching, the settings and the summary to export. It draws
// nothing and plays nothing: no ImGui, no SDL (cmake/layers.cmake checks).
//
// [SECTION] People and the open person      (people.cpp)
// [SECTION] Passphrases                     (passphrases.cpp)
// [SECTION] Recorded voices, pronunciations (recordings.cpp)
// [SECTION] Jobs, vacancies and matching    (jobs.cpp)
// [SECTION] Symbols, settings, the summary  (workspace.cpp)
#pragma once

#include "core/base/data_error.h"
#include "core/jobs/job_matching.h"
#include "core/jobs/vacancy.h"
#include "core/pictures/symbol_index.h"
#include "core/protection/protection.h"
#include "core/storage/caseload_index.h"
#include "core/storage/data_folder_check.h"
#include "core/storage/open_profile.h"
#include "core/storage/person_store.h"
#include "core/storage/settings.h"
#include "export/export_job.h"
#include "speech/pronunciations.h"
#include "speech/recording.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::workspace {

// How a workspace is started.
struct WorkspaceOptions {
    std::string dataFolder;                                    // where people's folders and settings are
    core::SaveMode saveMode = core::SaveMode::SaveEveryChange; // NeverSave: look, change in memory, never write
};

// What opening a profile led to.
enum class Opening {
    Open,            // the person is open (openProfile())
    NeedsPassphrase, // the person is protected: unlockWith() opens them
    CannotBeRead,    // recoverOutcome() says why and may offer a backup
};

class Workspace {
public:
    // The layouts must outlive the workspace. Reads the settings (a problem
    // is kept in settingsProblem() and printed on stderr); with
    // SaveEveryChange it also checks the data folder (dataFolderReport()).
    Workspace(const core::LayoutLibrary& layouts, WorkspaceOptions options);
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;
    ~Workspace();

    const core::LayoutLibrary& layouts() const { return m_layouts; }
    const WorkspaceOptions& options() const { return m_options; }

    // [SECTION] People and the open person

    // The people on this machine, as last read; refreshPeople reads them again.
    // They are read through the caseload index: only profiles changed since
    // are read again (core/storage/caseload_index.h).
    const std::vector<core::PersonEntry>& people() const { return m_people; }
    void refreshPeople();
    // Rises each time people() is read again.
    std::uint64_t peopleRevision() const { return m_peopleRevision; }
    // Adds a person with the vocational profile layout (or the first layout
    // there is) and opens them. Throws core::EditError ("Please write a name.").
    Opening addPerson(const std::string& name, const std::string& preferredName);
    // Opens a person from the people folder.
    Opening openPerson(const std::string& id);
    // Opens a profile file anywhere on disk (--profile FILE) the same way.
    Opening openProfileFile(const std::string& path);
    // Opens a profile file to look at and match, as the commands do: never
    // saved, no backup offered. A profile with a passphrase opens with the
    // one in passphraseFile, or one typed at the terminal when asked
    // (core/protection/passphrase_input.h). Throws core::DataError in plain
    // words when it cannot be read.
    void lookAtProfileFile(const std::string& path, const std::string& passphraseFile);
    // Restores the backup recoverOutcome() offers and opens it; nothing
    // happens when none is offered, and a failed restore says why in
    // recoverOutcome().message.
    std::optional<Opening> restoreOfferedBackup();
    // Moves the open person to the deleted folder (never erased) and closes them.
    void deleteOpenPerson();
    // How many people are in the deleted folder, as last read with the people.
    std::size_t deletedCount() const { return m_deletedCount; }
    // Everyone in the deleted folder, newest first, with how long each is kept.
    std::vector<core::PersonStore::DeletedPerson> deletedPeople() const { return m_store.deletedPeople(); }
    // Brings a deleted person back onto the list of people; returns plain
    // words when they cannot be, else nothing.
    std::string restoreDeleted(const std::string& deletedFolder);
    // Why the open person's last session ended by itself when they were
    // opened ("Nobody used it for 3 hours."); empty when it did not.
    const std::string& sessionNoticeOnOpening() const { return m_sessionNotice; }
    // Ends the open person's session (the person screen's "End the session").
    void endSession();
    // Merges what another device saved into the open person's profile (a
    // team folder synced by Syncthing); cheap when nothing changed.
    void takeInOutsideChanges();

    // The open person, or nullptr.
    core::OpenProfile* openProfile() { return m_open.get(); }
    const core::OpenProfile* openProfile() const { return m_open.get(); }
    // The profile file that could not be read, and why (CannotBeRead).
    const std::optional<core::ProfileFile>& fileToRecover() const { return m_recoverFile; }
    const core::LoadOutcome& recoverOutcome() const { return m_recoverOutcome; }
    // The open person's folder, where their photos are copied; empty when none is open.
    std::string personFolder() const;
    // The full path of a photo kept in the profile (relative to the person's
    // folder); empty for none.
    std::string photoPath(const std::string& relative) const;

    // [SECTION] Passphrases (core/protection/protection.h)

    // True while a protected person waits for their passphrase.
    bool personWaitingForPassphrase() const { return m_waitingForPassphrase.has_value(); }
    // Tries the passphrase on the person waiting for it and opens them;
    // returns plain words when it is not right (and nothing changes).
    std::string unlockWith(const std::string& passphrase);
    // True when the open person has a passphrase.
    bool openPersonHasPassphrase() const { return m_open && m_sealedFiles; }
    // Gives the open person a passphrase, or changes it, sealing all their
    // files, and opens them again; returns plain words when it cannot.
    std::string setPassphrase(const std::string& passphrase);
    // Takes the open person's passphrase away; returns plain words when it cannot.
    std::string removePassphrase();
    // The file system every file of the open person is written and read
    // through: the sealing one when they have a passphrase.
    core::FileSystem& personFiles() const;
    // The sealing file system of the open person; nullptr without a passphrase.
    const core::FileSystem* sealedFiles() const { return m_sealedFiles.get(); }
    // How hard the key is made from a passphrase (quicker in tests).
    void setKeyStrength(core::KeyStrength strength) { m_keyStrength = strength; }
    // What the last opening led to (after unlockWith, setPassphrase, ...).
    Opening lastOpening() const { return m_lastOpening; }

    // [SECTION] Recorded voices and pronunciations of the open person

    // The open person's recorded voice for a card, or null when there is none.
    std::shared_ptr<const speech::Recording> clipFor(const std::string& cardKey);
    // Saves a card's recorded voice at once; returns plain words when it cannot.
    std::string saveClip(const std::string& cardKey, const speech::Recording& recording);
    // Removes a card's recorded voice; returns plain words when it cannot.
    std::string removeClip(const std::string& cardKey);
    // The open person's pronunciation list (empty when none is open).
    const speech::PronunciationList& pronunciations() const { return m_pronunciations; }
    // Saves the open person's list at once; returns plain words when it cannot.
    std::string changePronunciations(const speech::PronunciationList& list);

    // [SECTION] Jobs, vacancies and matching

    // The job catalogue and weights, and the vacancies on this machine, read
    // when first asked for; nullptr when they cannot be read
    // (jobCatalogueProblem says why).
    const core::JobCatalogue* jobCatalogue();
    const core::MatchWeights* matchWeights();
    // The weights when they have been read already; nullptr otherwise.
    const core::MatchWeights* loadedMatchWeights() const { return m_weights ? &*m_weights : nullptr; }
    const std::string& jobCatalogueProblem() const { return m_jobProblem; }
    // The vacancies a job coach entered on this machine.
    const std::vector<core::Vacancy>& vacancies() const { return m_vacancies; }
    // Matches against these vacancies instead of the ones on this machine
    // (`rightjob match --vacancies FILE`, or none).
    void useVacancies(std::vector<core::Vacancy> vacancies);
    // Saves a new vacancy with the others; returns plain words when it cannot.
    std::string addVacancy(const core::Vacancy& vacancy);
    // The open person's best jobs from the catalogue and the vacancies, at
    // most limit of them (core::kAllResults for all). Throws core::DataError
    // when the catalogue or weights cannot be read; empty when nobody is open.
    std::vector<core::MatchResult> matchOpenPerson(std::size_t limit);
    // Whether the open person has said enough for a list of jobs, and what
    // to do next when not. Throws core::DataError like matchOpenPerson.
    core::MatchReadiness openPersonReadiness();
    // Everyone on this machine matched against a vacancy, best first, with
    // their shown names in names. People are held in matchCache() and read
    // from disk again only when their file has changed.
    std::vector<core::PersonMatch> matchVacancyAgainstEveryone(const core::Vacancy& vacancy,
                                                               std::vector<std::string>& names);
    // The matcher that holds the catalogue, the vacancies and the people as
    // vectors (core::MatchCache); nullptr when the catalogue or the
    // vocational profile layout cannot be read.
    core::MatchCache* matchCache();

    // [SECTION] Symbols, settings and the summary

    // The symbol manifest, read when first asked for; nullptr when it cannot be read.
    const core::SymbolIndex* symbolIndex();
    const core::Settings& settings() const { return m_settings; }
    // Plain words when the settings file could not be read or saved; empty otherwise.
    const std::string& settingsProblem() const { return m_settingsProblem; }
    // Keeps new settings (clamped to what is allowed) and saves them at once.
    void changeSettings(const core::Settings& settings);
    // What the start-up check of the data folder found (core/storage/data_folder_check.h).
    const core::DataFolderReport& dataFolderReport() const { return m_dataFolderReport; }
    // Everything the summary and its exports are made from, for the open
    // person as they are in memory, dated today. Throws on a problem
    // (std::exception with plain words); nullptr when nobody is open.
    std::shared_ptr<const exporting::ExportJob> summaryJob();

private:
    Opening openFile(core::ProfileFile file);
    // Reads the catalogue, the weights and (unless useVacancies chose
    // others) the vacancies on this machine; throws core::DataError.
    void loadJobs();
    void reopenWith(std::shared_ptr<core::SealedFileSystem> sealedFiles);
    void loadPersonSpeech();

    const core::LayoutLibrary& m_layouts;
    WorkspaceOptions m_options;
    core::PersonStore m_store;
    core::CaseloadIndex m_caseload;
    std::vector<core::PersonEntry> m_people;
    std::uint64_t m_peopleRevision = 0;
    std::size_t m_deletedCount = 0;
    std::string m_sessionNotice;
    std::shared_ptr<core::SealedFileSystem> m_sealedFiles; // before m_open, which reads through it
    std::unique_ptr<core::OpenProfile> m_open;
    std::optional<core::ProfileFile> m_waitingForPassphrase;
    core::KeyStrength m_keyStrength = core::programKeyStrength();
    core::DataFolderReport m_dataFolderReport;
    std::optional<core::ProfileFile> m_recoverFile;
    core::LoadOutcome m_recoverOutcome;
    Opening m_lastOpening = Opening::CannotBeRead;
    speech::PronunciationList m_pronunciations;
    std::map<std::string, std::shared_ptr<const speech::Recording>> m_clips; // loaded on first use; null: none
    std::optional<core::SymbolIndex> m_symbols;
    bool m_symbolsLoaded = false;
    bool m_jobsLoaded = false;
    std::optional<core::JobCatalogue> m_catalogue;
    std::optional<core::MatchWeights> m_weights;
    std::string m_jobProblem;
    std::optional<core::DataError> m_jobError; // why the catalogue or weights cannot be read
    bool m_vacanciesChosen = false;
    std::vector<core::Vacancy> m_vacancies;
    std::unique_ptr<core::MatchCache> m_matchCache; // after what it refers to, so it goes first
    core::Settings m_settings;
    std::string m_settingsProblem;
};

} // namespace rightjob::workspace
