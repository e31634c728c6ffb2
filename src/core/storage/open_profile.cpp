#include "core/storage/open_profile.h"

#include "core/storage/caseload_index.h"
#include "core/storage/sync_conflicts.h"

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
    m_knownStamp = diskStamp();
}

std::string OpenProfile::diskStamp() const
{
    return fileStamp(m_file.path()) + "|" + fileStamp(m_file.folder());
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
        m_knownStamp = diskStamp();
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

MergeCounts OpenProfile::takeInOutsideChanges()
{
    if (m_saveMode == SaveMode::NeverSave)
        return {};
    const std::string stamp = diskStamp();
    if (stamp == m_knownStamp)
        return {};
    m_knownStamp = stamp;
    const Profile current = m_document->profile();
    Profile merged = current;
    const LoadOutcome disk = m_file.load();
    std::vector<std::string> problems;
    std::vector<ConflictCopy> copies;
    if (access() == Access::Change)
        copies = readConflictCopies(m_file, current, problems);
    try {
        if (disk.profile)
            merged = mergeProfiles(merged, *disk.profile);
        for (const auto& copy : copies)
            merged = mergeProfiles(merged, copy.profile);
    } catch (const MergeError&) {
        return {}; // another person's file put in this folder: left for check to find
    }
    const std::string mergedText = writeProfile(merged);
    const MergeCounts counts = countAdded(current, merged);
    if (mergedText != writeProfile(current)) {
        m_document->takeIn(std::move(merged)); // saves, when this copy may change it
    } else if (access() == Access::Change && disk.profile && writeProfile(*disk.profile) != mergedText) {
        // The disk lacks something this copy has: put the whole back.
        const FileResult saved = m_file.save(current);
        if (!saved.ok) {
            m_saveState.allSaved = false;
            m_saveState.problem = saved.problem;
            ++m_saveState.failedAttempts;
        }
    }
    if (access() == Access::Change && m_saveState.allSaved && !copies.empty())
        removeConflictCopies(copies, m_file.files());
    m_knownStamp = diskStamp();
    return counts;
}

} // namespace rightjob::core
