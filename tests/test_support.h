// Helpers shared by the tests: temporary folders and small profiles.
#pragma once

#include "core/base/file_system.h"
#include "core/profile/layout.h"
#include "core/profile/profile.h"

#include <string>

namespace rightjob::testing {

// True in a build with AddressSanitizer, where every test runs several times
// slower (CI runs every test again under ASan+UBSan).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderSanitizers = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kUnderSanitizers = true;
#else
inline constexpr bool kUnderSanitizers = false;
#endif
#else
inline constexpr bool kUnderSanitizers = false;
#endif

// How many times a long test (kills, rounds) repeats: the full count in a
// normal build, the smaller one under the sanitizers, so the whole CI run
// stays under 20 minutes on a 2-core machine.
constexpr int repeatsForBuild(int fullCount, int sanitizerCount)
{
    return kUnderSanitizers ? sanitizerCount : fullCount;
}

// A fresh folder under /tmp, removed with everything in it when it goes.
class TemporaryFolder {
public:
    TemporaryFolder();
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

// Writes text to a file (not atomically: for making test input).
void writeTextFile(const std::string& path, const std::string& text);

// The real file system, except that writing new files fails while `failing`
// is set — like a full disk or a memory stick pulled out.
class FailingFileSystem : public core::FileSystem {
public:
    bool failing = false;
    core::FileResult writeNewFile(const std::string& path, const std::string& bytes) override;
    core::FileResult rename(const std::string& from, const std::string& to) override;
    core::FileResult syncFolder(const std::string& path) override;
    core::FileResult keepCopy(const std::string& existing, const std::string& copyPath) override;
    core::FileResult removeFile(const std::string& path) override;
    core::FileResult makeFolders(const std::string& path) override;
    bool exists(const std::string& path) const override;
    std::vector<std::string> listFolder(const std::string& path) const override;
};

// A small layout with two sections, for tests that need one.
core::Layout smallLayout();
// The text of smallLayout(), for tests that change it.
std::string smallLayoutText();

// A profile for smallLayout() with a person, a supporter and a session.
core::Profile smallProfile();

// A path under the asset root (layouts/, assets/, tests/data/).
std::string assetPathForTest(const std::string& relative);

// The shipped layout at layouts/<id>.json.
core::Layout shippedLayout(const std::string& id);

} // namespace rightjob::testing
