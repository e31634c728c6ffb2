#include "core/profile/profile_document.h"

#include "core/profile/profile_json.h"
#include "test_support.h"

namespace {
std::string writeProfileForTest(const rightjob::core::Profile& profile)
{
    return rightjob::core::writeProfile(profile);
}
} // namespace

#include <catch2/catch.hpp>

using namespace rightjob::core;

namespace {

struct Fixture {
    Layout layout = rightjob::testing::smallLayout();
    ManualClock clock{1790000000};
    ProfileDocument document{rightjob::testing::smallProfile(), layout, clock};
};

} // namespace

TEST_CASE("Every answer records who gave it, when and in which session", "[core][model]")
{
    Fixture f;
    f.document.continueSession("session-1");
    f.document.answer("likes", "cooking", AnswerValue::Positive);
    f.document.setCurrentGiver("helper-1");
    f.clock.advance(60);
    f.document.answer("likes", "cooking", AnswerValue::Negative);

    const CardRecord* record = f.document.profile().findCard("likes/cooking");
    REQUIRE(record);
    REQUIRE(record->answers.size() == 2);
    CHECK(record->answers[0].by == "person");
    CHECK(record->answers[0].session == "session-1");
    CHECK(record->answers[0].at == formatUtc(1790000000));
    CHECK(record->answers[1].by == "helper-1");
    CHECK(record->answers[1].at == formatUtc(1790000060));
    // The person's own answer stands, even when a supporter answered later.
    CHECK(f.document.profile().standingAnswer("likes/cooking")->value == AnswerValue::Positive);
    CHECK(f.document.profile().latestAnswer("likes/cooking", "helper-1")->value == AnswerValue::Negative);
    CHECK(f.document.profile().giverLabel("helper-1") == "Karen (Mum)");
}

TEST_CASE("Undo and redo take back and bring back every kind of change", "[core][model][undo]")
{
    Fixture f;
    const Profile empty = f.document.profile();
    int changes = 0;
    f.document.setOnChange([&] { ++changes; });

    f.document.answer("likes", "music", AnswerValue::Middle);
    f.document.addNote("likes", "music", "  He plays drums.  ");
    f.document.setSharing("likes", "music", Sharing::Nobody);
    const std::string own = f.document.addOwnCard("likes", "Trains", "", "train");
    f.document.answer("likes", own, AnswerValue::Positive);
    const std::string helper = f.document.addContributor(ContributorKind::Observer, "Sam", "Job coach");
    const std::string session = f.document.startSession("Café", {"person", helper});
    f.document.renamePerson("Samuel Lee", "Sam");
    CHECK(changes == 8);
    CHECK(f.document.currentSession() == session);

    const Profile full = f.document.profile();
    CHECK(full.findCard("likes/music")->notes.front().text == "He plays drums.");
    CHECK(full.findCard("likes/music")->sharing == Sharing::Nobody);
    CHECK(full.ownCards.size() == 1);
    CHECK(full.person.name == "Samuel Lee");

    int undone = 0;
    while (f.document.canUndo()) {
        f.document.undo();
        ++undone;
    }
    CHECK(undone == 8);
    // Taking a change back is a change too: its time is kept, so a merge
    // with another device's copy keeps the name as it is now.
    Profile afterUndo = f.document.profile();
    CHECK(afterUndo.changedAt.count(changeKey::personName()) == 1);
    CHECK(afterUndo.changedAt.count(changeKey::cardSharing("likes/music")) == 1);
    afterUndo.changedAt.clear();
    // The session the first answer started stays: it is part of the profile,
    // not a step of undo (ProfileDocument::ensureSession).
    REQUIRE(afterUndo.sessions.size() == empty.sessions.size() + 1);
    afterUndo.sessions.pop_back();
    CHECK(writeProfileForTest(afterUndo) == writeProfileForTest(empty));
    CHECK(f.document.currentSession().empty());

    while (f.document.canRedo())
        f.document.redo();
    CHECK(writeProfileForTest(f.document.profile()) == writeProfileForTest(full));
    CHECK(changes == 24);
}

TEST_CASE("A new change after undo clears redo", "[core][undo]")
{
    Fixture f;
    f.document.answer("likes", "music", AnswerValue::Positive);
    f.document.undo();
    CHECK(f.document.canRedo());
    CHECK(f.document.redoDescription() == "the answer for Music");
    f.document.answer("likes", "animals", AnswerValue::Positive);
    CHECK_FALSE(f.document.canRedo());
    CHECK(f.document.undoDescription() == "the answer for Animals");
}

TEST_CASE("Wrong changes are refused and change nothing", "[core][model]")
{
    Fixture f;
    const auto before = f.document.revision();
    CHECK_THROWS_AS(f.document.answer("likes", "no-such-card", AnswerValue::Positive), EditError);
    CHECK_THROWS_AS(f.document.answer("nowhere", "cooking", AnswerValue::Positive), EditError);
    CHECK_THROWS_AS(f.document.addNote("likes", "cooking", "   "), EditError);
    CHECK_THROWS_AS(f.document.addOwnCard("likes", "", "", ""), EditError);
    CHECK_THROWS_AS(f.document.setCurrentGiver("stranger"), EditError);
    CHECK_THROWS_AS(f.document.startSession("Home", {"stranger"}), EditError);
    CHECK_THROWS_AS(f.document.renamePerson(" ", ""), EditError);
    CHECK(f.document.revision() == before);
    CHECK_FALSE(f.document.canUndo());
}

TEST_CASE("The person can add their own cards to any section", "[core][model]")
{
    Fixture f;
    for (const auto& section : f.layout.sections) {
        const std::string id = f.document.addOwnCard(section.id, "My own card", "", "");
        const auto cards = sectionCards(f.layout, f.document.profile(), section.id);
        CHECK(cards.back().id == id);
        CHECK(cards.back().isOwnCard);
        CHECK(cards.back().spoken == "My own card");
    }
    // Ids stay unique within a section, with a random part so that ids made
    // on another device for the same person do not meet.
    const std::string another = f.document.addOwnCard("likes", "Another", "", "");
    CHECK(another.rfind("own-", 0) == 0);
    CHECK(another.size() == 12);
    CHECK(isValidId(another));
    CHECK(f.document.addOwnCard("likes", "Another", "", "") != another);
}

TEST_CASE("Section progress counts answered cards", "[core][model]")
{
    Fixture f;
    f.document.answer("likes", "music", AnswerValue::Positive);
    f.document.addNote("likes", "animals", "A note is not an answer.");
    const SectionProgress progress = sectionProgress(f.layout, f.document.profile(), "likes");
    CHECK(progress.answered == 1);
    CHECK(progress.total == 3);
}

TEST_CASE("The talking mat keeps where cards were put, skips, and carries on where it left off", "[core][mat]")
{
    Fixture f;
    CHECK(nextMatCard(f.layout, f.document.profile(), "likes") == "cooking");
    f.document.placeOnMat("likes", "cooking", AnswerValue::Positive, {0.25, 0.75});
    CHECK(nextMatCard(f.layout, f.document.profile(), "likes") == "animals");
    f.document.skipOnMat("likes", "animals");
    CHECK(nextMatCard(f.layout, f.document.profile(), "likes") == "music");
    f.document.placeOnMat("likes", "music", AnswerValue::Negative, {0.5, 0.1});
    // The skipped card comes back after the others.
    CHECK(nextMatCard(f.layout, f.document.profile(), "likes") == "animals");
    f.document.placeOnMat("likes", "animals", AnswerValue::Middle, {0.9, 0.9});
    CHECK(nextMatCard(f.layout, f.document.profile(), "likes").empty());

    const MatState& mat = f.document.profile().mats.at("likes");
    CHECK(mat.placed.at("cooking").x == 0.25);
    CHECK(mat.placed.at("cooking").y == 0.75);
    CHECK(mat.skipped.empty());
    CHECK(f.document.profile().standingAnswer("likes/animals")->value == AnswerValue::Middle);

    // Moving a card keeps it answered and puts it where it was dropped.
    f.document.placeOnMat("likes", "cooking", AnswerValue::Middle, {0.1, 0.2});
    CHECK(f.document.profile().mats.at("likes").placed.at("cooking").x == 0.1);
    CHECK(f.document.profile().standingAnswer("likes/cooking")->value == AnswerValue::Middle);

    // Placing is one step of undo: answer and place go together.
    f.document.undo();
    CHECK(f.document.profile().mats.at("likes").placed.at("cooking").x == 0.25);
    CHECK(f.document.profile().standingAnswer("likes/cooking")->value == AnswerValue::Positive);
    CHECK_THROWS_AS(f.document.placeOnMat("likes", "music", AnswerValue::Positive, {1.5, 0.5}), EditError);

    // The mat survives saving and loading.
    const Profile back = parseProfile(writeProfile(f.document.profile()), "mat.json");
    CHECK(writeProfile(back) == writeProfile(f.document.profile()));
    CHECK(back.mats.at("likes").placed.at("music").y == 0.1);
}

TEST_CASE("Asking to try a job adds a taster to arrange, once, as one step", "[core][jobs]")
{
    const Layout layout = rightjob::testing::shippedLayout("vocational_profile");
    ManualClock clock{1790000000};
    Profile profile = rightjob::testing::smallProfile();
    profile.layoutId = "vocational_profile";
    ProfileDocument document(profile, layout, clock);
    const std::string id = document.wantToTry("Dog walker", "dog");
    CHECK(document.wantToTry("Dog walker", "dog") == id); // asked twice: still one card
    CHECK(document.tasterFor("Dog walker") == id);
    const CardRecord* record = document.profile().findCard("tasters/" + id);
    REQUIRE(record);
    CHECK(record->notes.front().text == "I would like to try this job.");
    CHECK(record->answers.empty()); // not tried yet
    document.undo();
    CHECK(document.tasterFor("Dog walker").empty());
    CHECK(document.profile().findCard("tasters/" + id) == nullptr);
    const Layout smallLayout = rightjob::testing::smallLayout(); // the document keeps a reference
    ProfileDocument small(rightjob::testing::smallProfile(), smallLayout, clock);
    CHECK_THROWS_AS(small.wantToTry("Dog walker", "dog"), EditError);
}
