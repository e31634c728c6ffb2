// [SECTION] People and the open person

#include "workspace/workspace.h"

#include "core/base/data_error.h"
#include "core/profile/profile_json.h"
#include "core/protection/passphrase_input.h"

namespace rightjob::workspace {

void Workspace::refreshPeople()
{
    if (m_options.dataFolder.empty())
        return; // a command working on one file: there is no people folder
    m_caseload.setMergesConflicts(m_options.saveMode == core::SaveMode::SaveEveryChange);
    m_people = m_caseload.list();
    m_deletedCount = m_store.deletedCount();
    ++m_peopleRevision;
}

Opening Workspace::addPerson(const std::string& name, const std::string& preferredName)
{
    core::Profile profile;
    profile.layoutId = "vocational_profile";
    if (!m_layouts.find(profile.layoutId) && !m_layouts.layouts().empty())
        profile.layoutId = m_layouts.layouts().front().id;
    profile.person.name = name;
    profile.person.preferredName = preferredName;
    // Trimming and the "please write a name" rule live in the store.
    const std::string id = m_store.addPerson(std::move(profile));
    refreshPeople();
    return openPerson(id);
}

Opening Workspace::openPerson(const std::string& id)
{
    m_open.reset();
    m_sealedFiles.reset();
    return openFile(m_store.fileFor(id));
}

Opening Workspace::openProfileFile(const std::string& path)
{
    m_open.reset();
    m_sealedFiles.reset();
    return openFile(core::ProfileFile(path));
}

void Workspace::lookAtProfileFile(const std::string& path, const std::string& passphraseFile)
{
    m_open.reset();
    m_sealedFiles.reset();
    m_recoverFile.reset();
    m_waitingForPassphrase.reset();
    m_sessionNotice.clear();
    core::CommandFile opened = core::readCommandFile(path, passphraseFile);
    core::Profile profile = core::readProfile(core::JsonFile::parse(std::move(opened.bytes), path));
    if (opened.keys) // their photos and recordings are read through the same keys
        m_sealedFiles = std::make_shared<core::SealedFileSystem>(core::realFileSystem(), opened.keys);
    m_open = std::make_unique<core::OpenProfile>(core::ProfileFile(path), std::move(profile), m_layouts,
                                                 core::SaveMode::NeverSave);
    m_lastOpening = Opening::Open;
    loadPersonSpeech();
}

Opening Workspace::openFile(core::ProfileFile file)
{
    m_open.reset();
    m_recoverFile.reset();
    m_waitingForPassphrase.reset();
    m_sessionNotice.clear();
    core::LoadOutcome outcome = file.load();
    if (outcome.problem == core::LoadProblem::NeedsPassphrase) {
        m_waitingForPassphrase.emplace(file);
        return m_lastOpening = Opening::NeedsPassphrase;
    }
    if (outcome.profile) {
        try {
            m_open = std::make_unique<core::OpenProfile>(file, std::move(*outcome.profile), m_layouts,
                                                         m_options.saveMode);
            // A session goes on until it is ended, or until nobody has used it for hours.
            if (m_open->document().resumeSession(core::kSessionIdleSeconds) == core::SessionResume::EndedWhenIdle)
                m_sessionNotice = "Your last session has ended. Nobody used it for 3 hours.";
            loadPersonSpeech();
            return m_lastOpening = Opening::Open;
        } catch (const core::DataError& error) {
            outcome.problem = core::LoadProblem::Unreadable;
            outcome.message = error.what();
            outcome.profile.reset();
        }
    }
    m_recoverFile.emplace(file);
    m_recoverOutcome = std::move(outcome);
    return m_lastOpening = Opening::CannotBeRead;
}

std::optional<Opening> Workspace::restoreOfferedBackup()
{
    if (!m_recoverFile || !m_recoverOutcome.newestGoodBackup)
        return std::nullopt;
    core::ProfileFile file = *m_recoverFile;
    const core::FileResult result = file.restoreBackup(*m_recoverOutcome.newestGoodBackup);
    if (!result.ok) {
        m_recoverOutcome.message = result.problem;
        return std::nullopt;
    }
    refreshPeople();
    return openFile(file);
}

void Workspace::deleteOpenPerson()
{
    if (!m_open)
        return;
    const std::string id = m_open->profile().id;
    m_open.reset();
    loadPersonSpeech();
    m_store.removePerson(id);
    m_deletedCount = m_store.deletedCount();
}

std::string Workspace::restoreDeleted(const std::string& deletedFolder)
{
    try {
        m_store.restoreDeleted(deletedFolder);
    } catch (const core::EditError& error) {
        return error.what();
    }
    refreshPeople();
    return {};
}

void Workspace::endSession()
{
    if (m_open)
        m_open->document().endSession();
    m_sessionNotice.clear();
}

void Workspace::takeInOutsideChanges()
{
    if (m_open)
        m_open->takeInOutsideChanges();
}

std::string Workspace::personFolder() const
{
    return m_open ? m_open->file().folder() : std::string();
}

std::string Workspace::photoPath(const std::string& relative) const
{
    if (relative.empty() || !m_open)
        return "";
    return m_open->file().folder() + "/" + relative;
}

} // namespace rightjob::workspace
