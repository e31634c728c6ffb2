// A bundle of a person with a passphrase is refused in plain words: the
// bundle is a plain copy to move between machines, and must not undo the
// passphrase behind the person's back.

#include "core/storage/profile_file.h"
#include "core/protection/protection.h"
#include "export/bundle.h"

#include "test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob;

TEST_CASE("A bundle of a person with a passphrase is refused plainly", "[export][privacy]")
{
    testing::TemporaryFolder folder;
    const std::string person = folder.file("sam");
    REQUIRE(core::ProfileFile(person + "/profile.json").save(testing::smallProfile()).ok);
    CHECK_NOTHROW(exporting::makeBundle(person));
    core::protectPerson(core::realFileSystem(), person, "green tea", core::quickKeyStrengthForTests());
    try {
        exporting::makeBundle(person);
        FAIL("a bundle was made of a protected person");
    } catch (const exporting::BundleError& error) {
        CHECK(std::string(error.what())
              == "This person has a passphrase, so no bundle was made. Give the passphrase with --passphrase-file.");
    }
}
