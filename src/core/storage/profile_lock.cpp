#include "core/storage/profile_lock.h"

#include "core/base/file_system.h"
#include "core/profile/person_folder.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace rightjob::core {

std::string lockFilePath(const std::string& profilePath)
{
    return lockPathFor(profilePath);
}

ProfileLock::ProfileLock(const std::string& profilePath) : m_path(lockFilePath(profilePath))
{
    // Each ProfileLock opens the file itself: flock belongs to one open file,
    // so two locks in one program shut each other out as two programs do.
    m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0)
        m_fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (m_fd < 0) {
        m_state = LockState::NotPossible;
        return;
    }
    int result;
    do
        result = ::flock(m_fd, LOCK_EX | LOCK_NB);
    while (result != 0 && errno == EINTR);
    if (result == 0) {
        m_state = LockState::Held;
        return;
    }
    m_state = errno == EWOULDBLOCK ? LockState::HeldElsewhere : LockState::NotPossible;
    ::close(m_fd);
    m_fd = -1;
}

ProfileLock::~ProfileLock()
{
    release();
}

ProfileLock::ProfileLock(ProfileLock&& other) noexcept
    : m_path(std::move(other.m_path)), m_fd(other.m_fd), m_state(other.m_state)
{
    other.m_fd = -1;
    other.m_state = LockState::NotPossible;
}

ProfileLock& ProfileLock::operator=(ProfileLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_fd = other.m_fd;
        m_state = other.m_state;
        other.m_fd = -1;
        other.m_state = LockState::NotPossible;
    }
    return *this;
}

void ProfileLock::release()
{
    if (m_fd >= 0) {
        // Closing the file lets go of the flock.
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_state == LockState::Held)
        m_state = LockState::NotPossible;
}

} // namespace rightjob::core
