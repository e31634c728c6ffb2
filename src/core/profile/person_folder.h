// The one place that knows what is inside a person's folder: the names of
// its files and folders, the size each kind of file may be, and the checks
// every path a profile names must pass before anything reads it.
//
//   <person>/profile.json          the profile (ProfileFile)
//   <person>/.profile.json.lock    the lock of the copy that has it open
//   <person>/backups/              earlier versions of profile.json
//   <person>/photos/               the person's and the cards' photos
//   <person>/recordings/           recorded speech, one WAV a card
//   <person>/pronunciations.json   how to say words
//
// A path a profile names is checked on load, by `check` and by the bundle
// import: a plain relative path in the right folder, and on disk a regular
// file (not a link, device, FIFO or folder) inside the person's folder and
// under the size limit of its kind. Nothing reads a file that fails.
#pragma once

#include "core/base/file_system.h"
#include "core/profile/profile.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rightjob::core {

inline constexpr const char* kProfileFileName = "profile.json";
inline constexpr const char* kPronunciationsFileName = "pronunciations.json";
inline constexpr const char* kPhotosFolderName = "photos";
inline constexpr const char* kRecordingsFolderName = "recordings";
inline constexpr const char* kBackupsFolderName = "backups";

std::string profilePathIn(const std::string& personFolder);
std::string photosFolderIn(const std::string& personFolder);
std::string recordingsFolderIn(const std::string& personFolder);
std::string backupsFolderIn(const std::string& personFolder);
std::string pronunciationsPathIn(const std::string& personFolder);

// The file name in recordings/ for a card key's clip: "likes/animals" gives
// "likes.animals.wav". Letters, digits, '_' and '-' stay; '/' becomes '.';
// anything else becomes %XX, so two keys never share a file. A very long key
// is shortened and ends with a hash of the whole key.
std::string recordingFileName(const std::string& cardKey);

// The lock file of the profile at profilePath: "/a/profile.json" gives
// "/a/.profile.json.lock" (core/storage/profile_lock.h).
std::string lockPathFor(const std::string& profilePath);

// The kinds of file in a person's folder.
enum class PersonFileKind { Profile, Photo, Recording, Pronunciations };

// The most bytes a file of a kind may have. Larger ones are refused before
// they are read, so a huge or endless file cannot use up the memory.
inline constexpr std::uint64_t kMaxProfileBytes = 64ull * 1024 * 1024;
inline constexpr std::uint64_t kMaxPhotoBytes = 32ull * 1024 * 1024;
inline constexpr std::uint64_t kMaxRecordingBytes = 64ull * 1024 * 1024;
inline constexpr std::uint64_t kMaxPronunciationsBytes = 8ull * 1024 * 1024;
std::uint64_t maxBytesOf(PersonFileKind kind);

// A path named in a profile, and where it is named ("the person's photo").
struct NamedPath {
    std::string path;
    std::string namedBy;
};

// Every photo a profile names: the person's, the cards', the own cards'.
std::vector<NamedPath> photosNamedBy(const Profile& profile);

// Why a relative path cannot be one of a kind in a person's folder, in
// plain words; empty when it can ("photos/x.jpg" for a photo). Checks the
// text only: no "..", no leading "/", in the kind's folder.
std::string relativePathProblem(const std::string& relative, PersonFileKind kind);

// Why the file at relative in personFolder must not be read; empty when it
// may. relativePathProblem, then on disk: it is there, a regular file (a
// link, device, FIFO or folder is refused), inside the person's folder
// after every link in its folders is followed, and under maxBytesOf(kind).
// A missing file is a problem too ("is not there").
std::string personFileProblem(const std::string& personFolder, const std::string& relative, PersonFileKind kind);

// Reads a file in a person's folder after personFileProblem found nothing,
// through files (so a protected person's file is unsealed).
FileResult readPersonFile(const FileSystem& files, const std::string& personFolder, const std::string& relative,
                          PersonFileKind kind, std::string& bytes);

// Every problem with the photos a profile names, each a sentence naming the
// photo and who names it. With checkDisk each is also checked on disk
// (personFileProblem); a photo that is not there is only a problem when
// missingIsProblem is set (the window shows a symbol instead).
std::vector<std::string> profilePathProblems(const Profile& profile, const std::string& personFolder, bool checkDisk,
                                             bool missingIsProblem);

// Why an export must not be written at outPath, in plain words; empty when
// it may. An export never replaces anything but a plain file (not a link,
// FIFO, device or folder), never the profile, and never goes into a
// person's folder (one with a profile.json, or any folder inside it) or
// into the data folder (dataFolder; empty to skip).
std::string exportTargetProblem(const std::string& outPath, const std::string& profilePath,
                                const std::string& dataFolder);

} // namespace rightjob::core
