// [SECTION] Passphrases: unlocking a protected person, giving one, changing
// it and taking it away (the sealing itself is core/protection).

#include "workspace/workspace.h"

#include "core/base/edit_error.h"
#include "core/protection/passphrase_strength.h"

namespace rightjob::workspace {

std::string Workspace::unlockWith(const std::string& passphrase)
{
    if (!m_waitingForPassphrase)
        return "";
    const std::string path = m_waitingForPassphrase->path();
    const core::UnlockOutcome unlocked = core::unlockPerson(core::realFileSystem(), path, passphrase);
    if (!unlocked.keys)
        return unlocked.problem;
    m_sealedFiles = std::make_shared<core::SealedFileSystem>(core::realFileSystem(), unlocked.keys);
    openFile(core::ProfileFile(path, *m_sealedFiles));
    // A passphrase change or a protection cut short by a crash is finished
    // now, when this copy may change the person.
    if (m_open && m_open->access() == core::Access::Change)
        core::finishProtection(core::realFileSystem(), m_open->file().folder(), *unlocked.keys);
    return "";
}

void Workspace::reopenWith(std::shared_ptr<core::SealedFileSystem> sealedFiles)
{
    const std::string path = m_open->file().path();
    m_open.reset();
    m_sealedFiles = std::move(sealedFiles);
    openFile(m_sealedFiles ? core::ProfileFile(path, *m_sealedFiles) : core::ProfileFile(path));
}

std::string Workspace::setPassphrase(const std::string& passphrase)
{
    if (!m_open || m_open->access() != core::Access::Change)
        return "This profile cannot be changed now.";
    if (!m_open->saveState().allSaved)
        return "Your last change is not saved yet. Please try again soon.";
    const core::Person& person = m_open->profile().person;
    const std::string advice = core::passphraseAdvice(passphrase, {person.name, person.preferredName, "rightjob"});
    if (!advice.empty())
        return advice;
    try {
        const std::string folder = m_open->file().folder();
        std::shared_ptr<const core::Keyring> keys =
            m_sealedFiles ? core::changePassphrase(core::realFileSystem(), folder, m_sealedFiles->keys(), passphrase,
                                                   m_keyStrength)
                          : core::protectPerson(core::realFileSystem(), folder, passphrase, m_keyStrength);
        reopenWith(std::make_shared<core::SealedFileSystem>(core::realFileSystem(), std::move(keys)));
        return "";
    } catch (const core::EditError& error) {
        return error.what();
    }
}

std::string Workspace::removePassphrase()
{
    if (!m_open || !m_sealedFiles || m_open->access() != core::Access::Change)
        return "This profile cannot be changed now.";
    if (!m_open->saveState().allSaved)
        return "Your last change is not saved yet. Please try again soon.";
    try {
        core::removeProtection(core::realFileSystem(), m_open->file().folder(), m_sealedFiles->keys());
    } catch (const core::EditError& error) {
        return error.what();
    }
    reopenWith(nullptr);
    return "";
}

} // namespace rightjob::workspace
