// [SECTION] Recorded voices and pronunciations of the open person: kept in
// their folder, sealed like their profile when they have a passphrase.

#include "workspace/workspace.h"

#include "core/base/data_error.h"
#include "speech/clip_store.h"

#include <cstdio>

namespace rightjob::workspace {

core::FileSystem& Workspace::personFiles() const
{
    return m_sealedFiles ? static_cast<core::FileSystem&>(*m_sealedFiles) : core::realFileSystem();
}

void Workspace::loadPersonSpeech()
{
    m_clips.clear();
    m_pronunciations = {};
    if (!m_open)
        return;
    const std::string path = speech::pronunciationsPath(m_open->file().folder());
    core::FileSystem& files = personFiles();
    try {
        std::string text;
        if (files.exists(path)) {
            const core::FileResult read = files.readFile(path, text);
            if (!read.ok)
                throw core::DataError(path, {}, read.problem);
            m_pronunciations = speech::parsePronunciations(text, path);
        }
    } catch (const core::DataError& error) {
        std::fprintf(stderr, "rightjob: %s\n", error.what());
    }
}

std::shared_ptr<const speech::Recording> Workspace::clipFor(const std::string& cardKey)
{
    if (!m_open)
        return nullptr;
    const auto known = m_clips.find(cardKey);
    if (known != m_clips.end())
        return known->second;
    std::shared_ptr<const speech::Recording> clip;
    try {
        if (auto loaded = speech::ClipStore(m_open->file().folder(), personFiles()).load(cardKey))
            clip = std::make_shared<const speech::Recording>(std::move(*loaded));
    } catch (const core::DataError& error) {
        std::fprintf(stderr, "rightjob: %s\n", error.what());
    }
    m_clips[cardKey] = clip;
    return clip;
}

std::string Workspace::saveClip(const std::string& cardKey, const speech::Recording& recording)
{
    if (!m_open)
        return "Open a person first.";
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult saved = speech::ClipStore(m_open->file().folder(), personFiles()).save(cardKey, recording);
        if (!saved.ok)
            return "The recording is not saved. " + saved.problem;
    }
    m_clips[cardKey] = std::make_shared<const speech::Recording>(recording);
    return "";
}

std::string Workspace::removeClip(const std::string& cardKey)
{
    if (!m_open)
        return "Open a person first.";
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult removed = speech::ClipStore(m_open->file().folder(), personFiles()).remove(cardKey);
        if (!removed.ok)
            return "The recording is not removed. " + removed.problem;
    }
    m_clips[cardKey] = nullptr;
    return "";
}

std::string Workspace::changePronunciations(const speech::PronunciationList& list)
{
    if (!m_open)
        return "Open a person first.";
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult saved =
            speech::savePronunciations(personFiles(), speech::pronunciationsPath(m_open->file().folder()), list);
        if (!saved.ok)
            return "The words are not saved. " + saved.problem;
    }
    m_pronunciations = list;
    return "";
}

} // namespace rightjob::workspace
