#include "speech/clip_store.h"

#include "speech/wav.h"

#include "core/base/data_error.h"
#include "core/profile/person_folder.h"


namespace rightjob::speech {

std::string clipFileName(const std::string& cardKey)
{
    return core::recordingFileName(cardKey);
}

ClipStore::ClipStore(std::string personFolder, core::FileSystem& files)
    : m_personFolder(std::move(personFolder)), m_files(files)
{
}

bool ClipStore::has(const std::string& cardKey) const
{
    return m_files.exists(clipPath(cardKey));
}

core::FileResult ClipStore::save(const std::string& cardKey, const Recording& recording)
{
    if (recording.samples.empty())
        return core::FileResult::failure("The recording for " + cardKey + " is empty, so it was not saved.");
    const core::FileResult folderMade = m_files.makeFolders(folder());
    if (!folderMade.ok)
        return folderMade;
    return writeWavFile(m_files, clipPath(cardKey), recording);
}

std::optional<Recording> ClipStore::load(const std::string& cardKey) const
{
    const std::string path = clipPath(cardKey);
    if (!m_files.exists(path))
        return std::nullopt;
    // Through the file system, so a protected person's sealed clip opens;
    // only a plain file inside the folder, under the size limit.
    std::string bytes;
    const core::FileResult read = core::readPersonFile(
        m_files, m_personFolder, std::string(core::kRecordingsFolderName) + "/" + clipFileName(cardKey),
        core::PersonFileKind::Recording, bytes);
    if (!read.ok)
        throw core::DataError(path, {}, read.problem);
    return decodeWav(bytes, path);
}

core::FileResult ClipStore::remove(const std::string& cardKey)
{
    return m_files.removeFile(clipPath(cardKey));
}

} // namespace rightjob::speech
