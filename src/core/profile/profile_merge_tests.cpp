#include "core/profile/profile_merge.h"

#include "core/profile/profile_document.h"
#include "core/profile/profile_json.h"
#include "core/summary/summary.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace rightjob::core;

namespace {

// Everything a profile holds, with ids written as what they name (a
// helper's name, a session's start), so that an id changed by the merge
// still matches.
std::set<std::string> contentOf(const Profile& profile)
{
    const auto giver = [&](const std::string& id) {
        const Contributor* contributor = profile.findContributor(id);
        return contributor ? "helper " + contributor->name : id;
    };
    const auto session = [&](const std::string& id) {
        const Session* found = profile.findSession(id);
        return found ? found->startedAt : std::string("-");
    };
    const auto card = [&](const std::string& key) {
        const auto slash = key.find('/');
        for (const auto& own : profile.ownCards)
            if (own.section == key.substr(0, slash) && own.id == key.substr(slash + 1))
                return "own " + own.section + " " + own.label + " " + own.addedAt;
        return key;
    };
    std::set<std::string> content;
    for (const auto& contributor : profile.contributors)
        content.insert("helper " + contributor.name);
    for (const auto& s : profile.sessions)
        content.insert("session " + s.startedAt);
    for (const auto& own : profile.ownCards)
        content.insert("own " + own.section + " " + own.label + " " + own.addedAt + " by " + giver(own.addedBy));
    for (const auto& [key, record] : profile.cards) {
        for (const auto& answer : record.answers)
            content.insert("answer " + card(key) + " " + answerValueName(answer.value) + " " + answer.at + " by "
                           + giver(answer.by) + " in " + session(answer.session));
        for (const auto& note : record.notes)
            content.insert("note " + card(key) + " " + note.text + " " + note.at + " by " + giver(note.by) + " in "
                           + session(note.session));
    }
    return content;
}

std::vector<std::string> missingFrom(const std::set<std::string>& part, const std::set<std::string>& whole)
{
    std::vector<std::string> missing;
    for (const auto& item : part)
        if (!whole.count(item))
            missing.push_back(item);
    return missing;
}

// Random work on a copy of the profile, as one device would do it.
void randomWork(ProfileDocument& document, ManualClock& clock, std::mt19937& random, int steps, const std::string& device)
{
    const std::vector<std::pair<std::string, std::string>> cards = {
        {"likes", "cooking"}, {"likes", "animals"}, {"likes", "music"}, {"places", "quiet_places"}};
    for (int step = 0; step < steps; ++step) {
        clock.advance(1 + static_cast<int>(random() % 90));
        auto [section, card] = cards[random() % cards.size()];
        const std::string word = device + std::to_string(step);
        switch (random() % 12) {
        case 0: document.addNote(section, card, "Note " + word); break;
        case 1: {
            const auto sharing = static_cast<Sharing>(random() % 3);
            const CardRecord* record = document.profile().findCard(cardKey(section, card));
            if (record && !record->notes.empty() && random() % 2)
                document.setNoteSharing(section, card, random() % record->notes.size(), sharing);
            else if (random() % 4 == 0)
                document.setPersonPhotoSharing(sharing);
            else
                document.setSharing(section, card, sharing);
            break;
        }
        case 10:
            document.setOnePageItems(random() % 2 ? std::vector<std::string>{"likes/" + card} : std::vector<std::string>{});
            break;
        case 2: document.setCardSymbol(section, card, "symbol-" + word); break;
        case 3: document.addOwnCard(section, "Own " + word, "", "star"); break;
        case 4: document.setCurrentGiver(document.addContributor(ContributorKind::Supporter, "Helper " + word, "Coach")); break;
        case 5: document.startSession("Place " + word, {"person"}); break;
        case 6: document.renamePerson("Sam " + word, random() % 2 ? "" : "Sammy"); break;
        case 7: document.placeOnMat(section, card, AnswerValue::Positive, {(random() % 10) / 10.0, 0.5}); break;
        case 8: document.skipOnMat(section, card); break;
        case 9: document.setPersonPhoto("photos/" + word + ".jpg"); break;
        default: document.answer(section, card, static_cast<AnswerValue>(random() % 3)); break;
        }
        if (random() % 7 == 0)
            document.setCurrentGiver(kPersonGiver);
    }
}

std::string text(const Profile& profile)
{
    return writeProfile(profile);
}

} // namespace

TEST_CASE("Merging generated histories: either order, itself, and nothing lost", "[core][merge]")
{
    const Layout layout = rightjob::testing::smallLayout();
    for (unsigned seed = 1; seed <= 150; ++seed) {
        INFO("seed " << seed);
        std::mt19937 random(seed);
        ManualClock clockBase(1790000000);
        ProfileDocument base(rightjob::testing::smallProfile(), layout, clockBase);
        randomWork(base, clockBase, random, static_cast<int>(random() % 20), "base");

        ManualClock clockA(clockBase.nowSeconds());
        ManualClock clockB(clockBase.nowSeconds() + static_cast<int>(random() % 5));
        ProfileDocument deviceA(base.profile(), layout, clockA);
        ProfileDocument deviceB(base.profile(), layout, clockB);
        randomWork(deviceA, clockA, random, static_cast<int>(random() % 40), "a");
        randomWork(deviceB, clockB, random, static_cast<int>(random() % 40), "b");
        Profile a = deviceA.profile();
        Profile b = deviceB.profile();
        if (seed % 3 == 0) {
            // Ids made the old way on both devices, for different things.
            a.contributors.push_back({"helper-2", ContributorKind::Supporter, "Ann", "Teacher"});
            b.contributors.push_back({"helper-2", ContributorKind::Observer, "Bob", "Boss"});
            a.sessions.push_back({"session-2", "2026-10-06T10:00:00Z", "College", {"person", "helper-2"}});
            b.sessions.push_back({"session-2", "2026-10-07T10:00:00Z", "Work", {"helper-2"}});
            a.ownCards.push_back({"likes", "own-1", "Trains", "", "train", "", "helper-2", "2026-10-06T10:00:00Z",
                                  "session-2", ""});
            b.ownCards.push_back({"likes", "own-1", "Buses", "", "bus", "", "helper-2", "2026-10-07T10:00:00Z",
                                  "session-2", ""});
            a.cards["likes/own-1"].answers.push_back({AnswerValue::Positive, "helper-2", "2026-10-06T10:01:00Z", "session-2"});
            b.cards["likes/own-1"].answers.push_back({AnswerValue::Negative, "helper-2", "2026-10-07T10:01:00Z", "session-2"});
            b.mats["likes"].skipped.push_back("own-1");
            // Both files still read cleanly.
            a = parseProfile(writeProfile(a), "a.json");
            b = parseProfile(writeProfile(b), "b.json");
        }

        const Profile ab = mergeProfiles(a, b);
        const Profile ba = mergeProfiles(b, a);
        REQUIRE(text(ab) == text(ba));
        REQUIRE(text(mergeProfiles(a, a)) == text(a));
        REQUIRE(text(mergeProfiles(b, b)) == text(b));
        // Merging again what is already in changes nothing.
        REQUIRE(text(mergeProfiles(ab, a)) == text(ab));
        REQUIRE(text(mergeProfiles(b, ab)) == text(ab));
        // The merged profile is a whole, valid profile file.
        REQUIRE(text(parseProfile(text(ab), "merged.json")) == text(ab));
        const auto merged = contentOf(ab);
        CHECK(missingFrom(contentOf(a), merged).empty());
        CHECK(missingFrom(contentOf(b), merged).empty());
        // With the base as a third copy, the order of merging does not matter.
        const Profile left = mergeProfiles(mergeProfiles(base.profile(), a), b);
        const Profile right = mergeProfiles(base.profile(), mergeProfiles(b, a));
        CHECK(contentOf(left) == contentOf(right));
    }
}

TEST_CASE("The newer name wins and the older one is kept in the history", "[core][merge]")
{
    const Layout layout = rightjob::testing::smallLayout();
    ManualClock clockA(1790000000);
    ManualClock clockB(1790000500);
    ProfileDocument a(rightjob::testing::smallProfile(), layout, clockA);
    ProfileDocument b(rightjob::testing::smallProfile(), layout, clockB);
    a.renamePerson("Samuel Lee", "Sam");
    b.renamePerson("Sam Leigh", "");
    a.setCardSymbol("likes", "cooking", "pan");
    clockA.advance(1000);
    b.setCardSymbol("likes", "cooking", "oven");
    a.setCardSymbol("likes", "music", "guitar"); // later than b's picture for cooking, but another card

    const Profile merged = mergeProfiles(a.profile(), b.profile());
    CHECK(merged.person.name == "Sam Leigh");
    CHECK(merged.person.preferredName.empty());
    CHECK(merged.findCard("likes/cooking")->symbol == "oven");
    CHECK(merged.findCard("likes/music")->symbol == "guitar");
    const auto inHistory = [&](const std::string& what, const std::string& value) {
        return std::any_of(merged.history.begin(), merged.history.end(),
                           [&](const HistoryEntry& e) { return e.what == what && e.value == value; });
    };
    CHECK(inHistory("person/name", "Samuel Lee"));
    CHECK(inHistory("person/preferred_name", "Sam"));
    CHECK(inHistory("cards/likes/cooking/symbol", "pan"));
    // The history is written and read back.
    CHECK(text(parseProfile(text(merged), "merged.json")) == text(merged));
}

TEST_CASE("Going back to the layout's picture is a change a merge keeps", "[core][merge]")
{
    const Layout layout = rightjob::testing::smallLayout();
    ManualClock clock(1790000000);
    ProfileDocument a(rightjob::testing::smallProfile(), layout, clock);
    a.setCardSymbol("likes", "cooking", "pan");
    const Profile older = a.profile();
    clock.advance(60);
    a.setCardSymbol("likes", "cooking", "cook"); // the layout's own symbol
    const Profile back = parseProfile(text(a.profile()), "back.json");
    CHECK(back.findCard("likes/cooking") == nullptr); // nothing left to keep but the time
    for (const Profile& merged : {mergeProfiles(older, back), mergeProfiles(back, older)}) {
        CHECK(merged.findCard("likes/cooking") == nullptr);
        CHECK(merged.history.size() == 1);
        CHECK(merged.history.front().value == "pan");
    }
}

TEST_CASE("Ties between equal times are settled the same way on every device", "[core][merge]")
{
    Profile a = rightjob::testing::smallProfile();
    Profile b = a;
    a.cards["likes/cooking"].sharing = Sharing::Nobody;
    b.cards["likes/cooking"].answers.push_back({AnswerValue::Positive, "person", "2026-10-05T10:00:00Z", ""});
    // Nobody knows when sharing changed: keeping it private is the safe side.
    CHECK(mergeProfiles(a, b).findCard("likes/cooking")->sharing == Sharing::Nobody);
    CHECK(mergeProfiles(b, a).findCard("likes/cooking")->sharing == Sharing::Nobody);
    // The same time: the most private of the two, whichever it is.
    a.cards["likes/cooking"].sharing = Sharing::Team;
    b.cards["likes/cooking"].sharing = Sharing::Nobody;
    a.changedAt[changeKey::cardSharing("likes/cooking")] = "2026-10-05T10:00:00Z";
    b.changedAt[changeKey::cardSharing("likes/cooking")] = "2026-10-05T10:00:00Z";
    CHECK(mergeProfiles(a, b).findCard("likes/cooking")->sharing == Sharing::Nobody);
    CHECK(mergeProfiles(b, a).findCard("likes/cooking")->sharing == Sharing::Nobody);
}

TEST_CASE("Who sees a card: the later choice wins, wider or narrower, and the other is kept", "[core][merge][sharing]")
{
    Profile a = rightjob::testing::smallProfile();
    const std::string key = "likes/cooking";
    a.cards[key].answers.push_back({AnswerValue::Positive, "person", "2026-10-05T09:00:00Z", ""});
    Profile b = a;
    // Shared with nobody on one device, then with everyone on the other, later.
    a.cards[key].sharing = Sharing::Nobody;
    a.changedAt[changeKey::cardSharing(key)] = "2026-10-05T10:00:00Z";
    b.cards[key].sharing = Sharing::Everyone;
    b.changedAt[changeKey::cardSharing(key)] = "2026-10-06T10:00:00Z";
    for (const Profile& merged : {mergeProfiles(a, b), mergeProfiles(b, a)}) {
        REQUIRE(merged.findCard(key));
        CHECK(merged.findCard(key)->sharing == Sharing::Everyone);
        CHECK(std::find(merged.history.begin(), merged.history.end(),
                        HistoryEntry{"cards/" + key + "/sharing", "nobody", "2026-10-05T10:00:00Z"})
              != merged.history.end());
    }
    // The narrower later: it wins.
    b.changedAt[changeKey::cardSharing(key)] = "2026-10-04T10:00:00Z";
    for (const Profile& merged : {mergeProfiles(a, b), mergeProfiles(b, a)})
        CHECK(merged.findCard(key)->sharing == Sharing::Nobody);
    // A note and the photo follow the same rule.
    Profile c = rightjob::testing::smallProfile();
    c.cards[key].notes.push_back({"Only for us", "person", "2026-10-05T09:00:00Z", "", Sharing::Everyone});
    Profile d = c;
    d.cards[key].notes.back().sharing = Sharing::Team;
    d.person.photoSharing = Sharing::Nobody;
    for (const Profile& merged : {mergeProfiles(c, d), mergeProfiles(d, c)}) {
        REQUIRE(merged.findCard(key)->notes.size() == 1);
        CHECK(merged.findCard(key)->notes[0].sharing == Sharing::Team);
        CHECK(merged.person.photoSharing == Sharing::Nobody);
    }
    c.changedAt[changeKey::noteSharing(key, "person", "2026-10-05T09:00:00Z")] = "2026-10-07T10:00:00Z";
    for (const Profile& merged : {mergeProfiles(c, d), mergeProfiles(d, c)})
        CHECK(merged.findCard(key)->notes[0].sharing == Sharing::Everyone);
}

TEST_CASE("Profiles of two different people are not merged", "[core][merge]")
{
    Profile a = rightjob::testing::smallProfile();
    Profile b = a;
    b.id = "someone-else";
    CHECK_THROWS_AS(mergeProfiles(a, b), MergeError);
    b = a;
    b.layoutId = "other";
    CHECK_THROWS_AS(mergeProfiles(a, b), MergeError);
}

TEST_CASE("New ids made on two devices do not meet", "[core][merge]")
{
    const Layout layout = rightjob::testing::smallLayout();
    ManualClock clock(1790000000);
    ProfileDocument a(rightjob::testing::smallProfile(), layout, clock);
    ProfileDocument b(rightjob::testing::smallProfile(), layout, clock);
    std::set<std::string> ids;
    for (int i = 0; i < 50; ++i) {
        ids.insert(a.addOwnCard("likes", "Card", "", "star"));
        ids.insert(b.addOwnCard("likes", "Card", "", "star"));
        ids.insert(a.startSession("Home", {"person"}));
        ids.insert(b.startSession("Home", {"person"}));
    }
    CHECK(ids.size() == 200);
    for (const auto& id : ids)
        CHECK(isValidId(id));
    const Profile merged = mergeProfiles(a.profile(), b.profile());
    CHECK(merged.ownCards.size() == 100);
    // Every session of both, the one they started from once.
    CHECK(merged.sessions.size() == a.profile().sessions.size() + b.profile().sessions.size() - 1);
    const MergeCounts counts = countAdded(a.profile(), merged);
    CHECK(counts.ownCards == 50);
    CHECK(counts.sessions == static_cast<int>(b.profile().sessions.size()) - 1);
}

TEST_CASE("What a merge kept in the history never leaves the machine in a shared copy", "[core][merge][privacy]")
{
    Profile a = rightjob::testing::smallProfile();
    Profile b = a;
    a.cards["likes/cooking"].symbol = "secret-symbol";
    a.changedAt[changeKey::cardPicture("likes/cooking")] = "2026-10-05T10:00:00Z";
    b.cards["likes/cooking"].symbol = "other-symbol";
    b.cards["likes/cooking"].sharing = Sharing::Nobody;
    b.changedAt[changeKey::cardPicture("likes/cooking")] = "2026-10-06T10:00:00Z";
    const Profile merged = mergeProfiles(a, b);
    REQUIRE_FALSE(merged.history.empty());
    const Profile shared = profileForReader(merged, Reader::Team);
    CHECK(shared.history.empty());
    CHECK(shared.changedAt.empty());
    CHECK(writeProfile(shared).find("secret-symbol") == std::string::npos);
}
