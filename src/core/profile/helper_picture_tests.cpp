#include "core/profile/helper_picture.h"

#include "core/base/asset_paths.h"

#include <catch2/catch.hpp>

#include <filesystem>

using rightjob::core::helperPicture;

TEST_CASE("A helper's picture comes from their role, never eyes", "[core][helpers]")
{
    CHECK(helperPicture("Café manager") == "office-worker");
    CHECK(helperPicture("café MANAGER") == "office-worker");
    CHECK(helperPicture("Job coach") == "handshake");
    CHECK(helperPicture("Support worker") == "busts-in-silhouette");
    CHECK(helperPicture("Mum") == "woman");
    CHECK(helperPicture("Dad") == "man");
    CHECK(helperPicture("Head chef") == "cook");
    CHECK(helperPicture("College tutor") == "teacher");
    CHECK(helperPicture("Observer") == "bust-in-silhouette");
    CHECK(helperPicture("") == "bust-in-silhouette");
    CHECK(helperPicture("Eyes on the floor") == "bust-in-silhouette");
    // A word inside another word is not that word.
    CHECK(helperPicture("Cookery teacher") == "teacher");
    CHECK(helperPicture("Madison") == "bust-in-silhouette");
}

TEST_CASE("Every picture a role can give is a shipped symbol", "[core][helpers]")
{
    for (const char* role : {"manager", "coach", "worker", "teacher", "cook", "nurse", "farmer", "mechanic",
                             "student", "mum", "dad", "gran", "parent", "friend", "nobody"}) {
        INFO(role);
        CHECK(std::filesystem::exists(rightjob::core::assetPath("symbols/png/256/" + helperPicture(role) + ".png")));
    }
}
