// Choosing a card's picture: a symbol or the person's own photo, for the
// layout's cards and own cards alike, undoable, kept in the file, and used
// everywhere the card is shown.

#include "core/profile/profile_document.h"
#include "core/profile/profile_json.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob::core;

namespace {

struct Fixture {
    Layout layout = rightjob::testing::smallLayout();
    ManualClock clock{1790000000};
    ProfileDocument document{rightjob::testing::smallProfile(), layout, clock};

    CardView card(const std::string& sectionId, const std::string& cardId) const
    {
        for (const auto& view : sectionCards(layout, document.profile(), sectionId))
            if (view.id == cardId)
                return view;
        FAIL("no card " << sectionId << "/" << cardId);
        return {};
    }
};

} // namespace

TEST_CASE("A layout card's picture can be changed to a symbol or a photo, and undone", "[core][model][pictures]")
{
    Fixture f;
    CHECK(f.card("likes", "animals").symbol == "dog");

    f.document.setCardSymbol("likes", "animals", "cat");
    CHECK(f.card("likes", "animals").symbol == "cat");
    CHECK(f.document.undoDescription() == "the picture for Animals");

    f.document.setCardPhoto("likes", "animals", "photos/photo-1.jpg");
    CHECK(f.card("likes", "animals").photo == "photos/photo-1.jpg");
    CHECK(f.card("likes", "animals").symbol == "cat"); // kept for where the photo cannot be shown
    CHECK(f.document.undoDescription() == "the photo for Animals");

    // Choosing a symbol again puts the photo away.
    f.document.setCardSymbol("likes", "animals", "dog");
    CHECK(f.card("likes", "animals").photo.empty());
    CHECK(f.card("likes", "animals").symbol == "dog");
    // The layout's own symbol is not stored as a choice.
    const CardRecord* record = f.document.profile().findCard("likes/animals");
    REQUIRE(record);
    CHECK(record->symbol.empty());

    f.document.undo();
    CHECK(f.card("likes", "animals").photo == "photos/photo-1.jpg");
    f.document.undo();
    CHECK(f.card("likes", "animals").photo.empty());
    CHECK(f.card("likes", "animals").symbol == "cat");
    f.document.undo();
    CHECK(f.card("likes", "animals").symbol == "dog");
    CHECK(f.document.profile().findCard("likes/animals") == nullptr);
    f.document.redo();
    f.document.redo();
    CHECK(f.card("likes", "animals").photo == "photos/photo-1.jpg");
}

TEST_CASE("An own card's picture changes in the card itself", "[core][model][pictures]")
{
    Fixture f;
    const std::string id = f.document.addOwnCard("likes", "My dog Rex", "", "dog");
    f.document.setCardPhoto("likes", id, "photos/rex.jpg");
    REQUIRE(f.document.profile().ownCards.size() == 1);
    CHECK(f.document.profile().ownCards[0].photo == "photos/rex.jpg");
    CHECK(f.document.profile().ownCards[0].symbol == "dog");
    CHECK(f.document.profile().findCard("likes/" + id) == nullptr);
    f.document.setCardSymbol("likes", id, "dog-face");
    CHECK(f.document.profile().ownCards[0].symbol == "dog-face");
    CHECK(f.document.profile().ownCards[0].photo.empty());
    f.document.undo();
    f.document.undo();
    CHECK(f.document.profile().ownCards[0].symbol == "dog");
    CHECK(f.document.profile().ownCards[0].photo.empty());
}

TEST_CASE("Wrong pictures are refused and change nothing", "[core][model][pictures]")
{
    Fixture f;
    CHECK_THROWS_AS(f.document.setCardSymbol("likes", "nothing", "dog"), EditError);
    CHECK_THROWS_AS(f.document.setCardSymbol("likes", "animals", ""), EditError);
    for (const char* outside : {"/etc/passwd", "../other/photos/a.jpg", "photos/../../a.jpg", "photos//a.jpg"}) {
        INFO(outside);
        CHECK_THROWS_AS(f.document.setCardPhoto("likes", "animals", outside), EditError);
        CHECK_THROWS_AS(f.document.setPersonPhoto(outside), EditError);
    }
    CHECK_FALSE(f.document.canUndo());
    // The same picture again is not a change.
    f.document.setCardSymbol("likes", "animals", "dog");
    CHECK_FALSE(f.document.canUndo());
}

TEST_CASE("A chosen picture is kept in the profile file", "[core][storage][pictures]")
{
    Fixture f;
    f.document.setCardPhoto("likes", "cooking", "photos/kitchen.jpg");
    f.document.setCardSymbol("likes", "music", "guitar");
    const std::string text = writeProfile(f.document.profile());
    const Profile read = readProfile(JsonFile::parse(text, "profile.json"));
    const CardRecord* cooking = read.findCard("likes/cooking");
    REQUIRE(cooking);
    CHECK(cooking->photo == "photos/kitchen.jpg");
    CHECK(cooking->symbol.empty());
    REQUIRE(read.findCard("likes/music"));
    CHECK(read.findCard("likes/music")->symbol == "guitar");

    // Cards with no chosen picture are written as before.
    Fixture plain;
    plain.document.answer("likes", "cooking", AnswerValue::Positive);
    CHECK(writeProfile(plain.document.profile()).find("\"photo\": \"\"") != std::string::npos); // the person's
    CHECK(writeProfile(plain.document.profile()).find("\"symbol\"") == std::string::npos);
}
