// Recorded clips in a person's folder, one WAV file a card, in
// recordings/<card-key-safe-name>.wav, saved with the same safe-save rules as
// the profile: atomic writes, files only their owner can read.
#pragma once

#include "core/base/file_system.h"
#include "core/profile/person_folder.h"
#include "speech/recording.h"

#include <optional>
#include <string>

namespace rightjob::speech {

// The file name for a card key's clip (core::recordingFileName).
std::string clipFileName(const std::string& cardKey);

// The clips of one person.
class ClipStore {
public:
    // personFolder is the folder holding the person's profile.json.
    explicit ClipStore(std::string personFolder, core::FileSystem& files = core::realFileSystem());

    // The recordings folder: <personFolder>/recordings.
    std::string folder() const { return core::recordingsFolderIn(m_personFolder); }

    // Where the clip for cardKey is kept (whether or not it exists).
    std::string clipPath(const std::string& cardKey) const { return folder() + "/" + clipFileName(cardKey); }

    // True when cardKey has a clip.
    bool has(const std::string& cardKey) const;

    // Saves recording as cardKey's clip, replacing any before, atomically.
    // Makes the recordings folder (0700) when needed; the file is 0600. An
    // empty recording is refused: remove() is how a clip goes.
    core::FileResult save(const std::string& cardKey, const Recording& recording);

    // cardKey's clip, or nothing when it has none. Throws core::DataError
    // when the file is there but cannot be read as a clip.
    std::optional<Recording> load(const std::string& cardKey) const;

    // Removes cardKey's clip; a card with no clip is not a problem.
    core::FileResult remove(const std::string& cardKey);

private:
    std::string m_personFolder;
    core::FileSystem& m_files;
};

} // namespace rightjob::speech
