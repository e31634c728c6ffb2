// One copy of the program at a time may change a profile. The copy that
// opens it first holds a lock; a second copy opens it to look at only.
#pragma once

#include <string>

namespace rightjob::core {

// Whether this copy of the program holds a profile's lock.
enum class LockState {
    Held,          // this copy may change the profile
    HeldElsewhere, // another copy of the program has it open
    NotPossible,   // no lock file can be made (a folder that can only be read)
};

// The lock on one profile: an flock() on a lock file beside it
// (<folder>/.<name>.lock, 0600). The system lets go of an flock when the
// program that holds it ends in any way, a crash or power loss included, so
// a lock left by a program that is gone never blocks anyone. The lock file
// itself is left in place: removing it could let two copies lock two
// different files.
class ProfileLock {
public:
    // Does not lock anything.
    ProfileLock() = default;
    // Tries at once (never waits) to lock the profile at profilePath.
    explicit ProfileLock(const std::string& profilePath);
    ~ProfileLock();
    ProfileLock(ProfileLock&& other) noexcept;
    ProfileLock& operator=(ProfileLock&& other) noexcept;
    ProfileLock(const ProfileLock&) = delete;
    ProfileLock& operator=(const ProfileLock&) = delete;

    LockState state() const { return m_state; }
    bool held() const { return m_state == LockState::Held; }
    // The lock file's path.
    const std::string& path() const { return m_path; }

    // Lets go of the lock now.
    void release();

private:
    std::string m_path;
    int m_fd = -1;
    LockState m_state = LockState::NotPossible;
};

// The lock file for the profile at profilePath: "/a/profile.json" gives
// "/a/.profile.json.lock".
std::string lockFilePath(const std::string& profilePath);

} // namespace rightjob::core
