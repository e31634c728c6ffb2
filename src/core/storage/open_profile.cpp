#include "core/storage/open_profile.h"

#include <unistd.h>

namespace rightjob::core {

LayoutLibrary LayoutLibrary::loadFolder(const std::string& folder)
{
    return LayoutLibrary(loadLayoutFolder(folder));
}

const Layout* LayoutLibrary::find(const std::string& id) const
{
    for (const auto& layout : m_layouts)
        if (layout.id == id)
            return &layout;
    return nullptr;
}

namespace {

LoadOutcome loadOrThrow(const ProfileFile& file)
{
    LoadOutcome outcome = file.load();
    if (!outcome.profile)
        throw DataError(file.path(), {}, outcome.message);
    return outcome;
}

const Layout& layoutOrThrow(const LayoutLibrary& layouts, const Profile& profile, const std::string& path)
{
    const Layout* layout = layouts.find(profile.layoutId);
    if (!layout)
        throw DataError(path, {}, "this profile uses the layout \"" + profile.layoutId
                                      + "\", which is not in the layouts folder.");
    return *layout;
}

} // namespace

OpenProfile::OpenProfile(ProfileFile file, const LayoutLibrary& layouts, SaveMode mode, Clock& clock)
    : OpenProfile(file, loadOrThrow(file), layouts, mode, clock)
{
}

OpenProfile::OpenProfile(ProfileFile file, LoadOutcome loaded, const LayoutLibrary& layouts, SaveMode mode,
                         Clock& clock)
    : OpenProfile(std::move(file), std::move(*loaded.profile), layouts, mode, clock)
{
    m_wasMigrated = loaded.wasMigrated;
}

OpenProfile::OpenProfile(ProfileFile file, Profile profile, const LayoutLibrary& layouts, SaveMode mode, Clock& clock)
    : m_file(std::move(file))
    , m_layout(layoutOrThrow(layouts, profile, m_file.path()))
    , m_saveMode(mode)
{
    m_document = std::make_unique<ProfileDocument>(std::move(profile), m_layout, clock);
    if (m_saveMode == SaveMode::SaveEveryChange) {
        m_lock = ProfileLock(m_file.path());
        if (m_lock.state() == LockState::HeldElsewhere)
            m_lookOnlyReason = kSomeoneElseHasItOpen;
        else if (::access(m_file.folder().c_str(), W_OK) != 0)
            m_lookOnlyReason = kFolderCannotChange;
        m_document->setLookOnly(!m_lookOnlyReason.empty());
    }
    m_savedRevision = m_document->revision();
    m_document->setOnChange([this] { saveNow(); });
}

void OpenProfile::saveNow()
{
    if (m_saveMode == SaveMode::NeverSave || access() == Access::LookOnly || m_document->revision() == m_savedRevision)
        return;
    const std::uint64_t revision = m_document->revision();
    const FileResult result = m_file.save(m_document->profile());
    if (result.ok) {
        m_savedRevision = revision;
        m_saveState = SaveState{};
        return;
    }
    m_saveState.allSaved = false;
    m_saveState.problem = result.problem;
    ++m_saveState.failedAttempts;
}

void OpenProfile::retrySave()
{
    saveNow();
}

} // namespace rightjob::core
