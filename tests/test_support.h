// Helpers shared by the tests: temporary folders and small profiles.
#pragma once

#include "core/layout.h"
#include "core/profile.h"

#include <string>

namespace rightjob::testing {

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
