// Very large but valid data: a profile with 10,000 cards, names in emoji,
// Arabic, Hebrew and 1,000 characters, and a catalogue of 10,000 jobs. Each
// must load, save, undo and match like a small one. (How fast is for
// `rightjob bench`; these only check that it works.)
#include "core/base/easy_read.h"
#include "core/jobs/job_catalogue.h"
#include "core/jobs/job_matching.h"
#include "core/profile/profile_document.h"
#include "core/storage/profile_file.h"
#include "core/summary/summary.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <set>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;
using rightjob::testing::TemporaryFolder;

namespace {

constexpr std::size_t kManyCards = 10000;

// A profile for the vocational layout with kManyCards cards of the person's
// own, spread over every section, each answered and with a note.
Profile profileWithManyCards(const Layout& layout)
{
    Profile profile;
    profile.id = "many-cards";
    profile.layoutId = layout.id;
    profile.person.name = "Robin Ashe";
    profile.contributors = {{"karen", ContributorKind::Supporter, "Karen", "Mum"}};
    profile.sessions = {{"s1", "2026-10-05T10:00:00Z", "Home", {"person", "karen"}}};
    for (std::size_t i = 0; i < kManyCards; ++i) {
        const SectionDefinition& section = layout.sections[i % layout.sections.size()];
        const std::string id = "own-" + std::to_string(i + 1);
        profile.ownCards.push_back({section.id, id, "Card number " + std::to_string(i + 1), "", "star", "", "person",
                                    "2026-10-05T10:00:00Z", "s1", ""});
        CardRecord& record = profile.cards[cardKey(section.id, id)];
        record.answers.push_back({static_cast<AnswerValue>(i % 3), "person", "2026-10-05T10:00:00Z", "s1"});
        record.notes.push_back({"Note " + std::to_string(i + 1), "karen", "2026-10-05T10:01:00Z", "s1"});
    }
    return profile;
}

// Names as people really write them, and one far longer than anyone's.
std::vector<std::string> unusualNames()
{
    std::string thousand;
    while (thousand.size() < 1000)
        thousand += "Abcdefghij ";
    thousand.resize(1000);
    return {
        "Zoë 🌈 Kaur 👩🏽‍🦱",                       // emoji, with a skin tone and a joiner
        "\u0644\u064A\u0644\u0649 \u062D\u0633\u0646", // Arabic, right to left
        "\u05E0\u05D5\u05E2\u05D4 \u05DB\u05D4\u05DF", // Hebrew, right to left
        "Sam \u202Eevil\u202C Lee",                    // a right-to-left override inside Latin text
        thousand,
    };
}

// The shipped catalogue's text with its jobs copied until there are
// `count`, each copy with its own id.
std::string catalogueWithJobs(std::size_t count)
{
    Json catalogue = Json::parse(readWholeFile(assetPathForTest("assets/jobs/catalogue.json")));
    const Json shippedJobs = catalogue["jobs"];
    Json jobs = Json::array();
    for (std::size_t i = 0; jobs.size() < count; ++i) {
        Json job = shippedJobs[i % shippedJobs.size()];
        job["id"] = job["id"].get<std::string>() + "_" + std::to_string(i);
        jobs.push_back(std::move(job));
    }
    catalogue["jobs"] = std::move(jobs);
    return catalogue.dump(1);
}

} // namespace

TEST_CASE("A profile with 10,000 cards saves, loads and undoes", "[core][large]")
{
    const Layout layout = rightjob::testing::shippedLayout("vocational_profile");
    const Profile profile = profileWithManyCards(layout);
    const std::string text = writeProfile(profile);

    TemporaryFolder folder;
    ManualClock clock(1791194400);
    ProfileFile file(folder.file("profile.json"), realFileSystem(), clock);
    REQUIRE(file.save(profile).ok);
    const LoadOutcome loaded = file.load();
    REQUIRE(loaded.problem == LoadProblem::None);
    REQUIRE(loaded.profile);
    CHECK(loaded.profile->ownCards.size() == kManyCards);
    CHECK(writeProfile(*loaded.profile) == text);

    ProfileDocument document(*loaded.profile, layout, clock);
    const SectionDefinition& last = layout.sections[(kManyCards - 1) % layout.sections.size()];
    const std::string lastId = "own-" + std::to_string(kManyCards);
    document.answer(last.id, lastId, AnswerValue::Negative);
    const std::string added = document.addOwnCard(layout.sections[0].id, "One more card", "", "star");
    CHECK(document.profile().ownCards.size() == kManyCards + 1);
    CHECK(document.profile().findCard(cardKey(last.id, lastId))->answers.size() == 2);
    // The new card's id is one no other card in its section has.
    std::set<std::string> ids;
    for (const OwnCard& card : document.profile().ownCards)
        if (card.section == layout.sections[0].id)
            CHECK(ids.insert(card.id).second);
    CHECK(ids.count(added) == 1);

    document.undo();
    document.undo();
    // The session the first answer started stays: it is part of the profile,
    // not a step of undo (ProfileDocument::ensureSession).
    Profile undone = document.profile();
    REQUIRE(undone.sessions.size() == loaded.profile->sessions.size() + 1);
    undone.sessions.pop_back();
    CHECK(writeProfile(undone) == text);
    document.redo();
    CHECK(document.profile().ownCards.size() == kManyCards);
    CHECK(document.profile().findCard(cardKey(last.id, lastId))->answers.size() == 2);
    REQUIRE(file.save(document.profile()).ok);
    const LoadOutcome again = file.load();
    REQUIRE(again.profile);
    CHECK(writeProfile(*again.profile) == writeProfile(document.profile()));
}

TEST_CASE("Names in emoji, Arabic, Hebrew and of 1,000 characters save and load whole", "[core][large]")
{
    const Layout layout = rightjob::testing::shippedLayout("vocational_profile");
    const EasyReadChecker checker = EasyReadChecker::shipped();
    for (const std::string& name : unusualNames()) {
        INFO("name: " << name);
        Profile profile = rightjob::testing::smallProfile();
        profile.layoutId = layout.id;
        profile.person.name = name;
        profile.person.preferredName = name;
        profile.contributors[0].name = name;

        TemporaryFolder folder;
        ProfileFile file(folder.file("profile.json"));
        REQUIRE(file.save(profile).ok);
        const LoadOutcome loaded = file.load();
        REQUIRE(loaded.profile);
        CHECK(loaded.profile->person.name == name);
        CHECK(loaded.profile->person.shownName() == name);
        CHECK(loaded.profile->contributors[0].name == name);

        // A card of their own named the same way, through the document.
        ProfileDocument document(*loaded.profile, layout);
        const std::string id = document.addOwnCard(layout.sections[0].id, name, name, "star");
        CHECK(document.profile().ownCards.back().label == name);
        document.renamePerson(name + " " + name, name);
        document.undo();
        CHECK(document.profile().person.name == name);

        // The summary names them in full, and the easy-read checker copes.
        SummaryOptions options;
        options.madeOn = "2026-10-05";
        options.words = SummaryWords::shipped(layout.language);
        const SummaryDocument summary = makeSummary(document.profile(), layout, options);
        CHECK(summary.personName == name);
        bool named = false;
        for (const std::string& sentence : summarySentences(summary)) {
            named = named || sentence.find(name) != std::string::npos;
            checker.checkSentence(sentence);
        }
        CHECK(named);
        checker.checkText(name);
        checker.readability(name);
    }
}

TEST_CASE("A catalogue of 10,000 jobs loads and matches", "[jobs][large]")
{
    const JobCatalogue catalogue = readJobCatalogue(JsonFile::parse(catalogueWithJobs(10000), "catalogue.json"));
    REQUIRE(catalogue.jobs.size() == 10000);
    const MatchWeights weights = loadMatchWeights(assetPathForTest("assets/jobs/weights.json"));
    const Layout layout = rightjob::testing::shippedLayout("vocational_profile");
    const Profile demo = parseProfile(readWholeFile(assetPathForTest("assets/demo/profile.json")), "profile.json");

    const std::vector<MatchResult> all = matchPerson(demo, layout, catalogue, {}, weights);
    CHECK(std::count_if(all.begin(), all.end(), [](const MatchResult& r) { return !r.carved; }) == 10000);
    const std::vector<MatchResult> best = matchPerson(demo, layout, catalogue, {}, weights, 5);
    REQUIRE(best.size() == 5);
    for (std::size_t i = 0; i < best.size(); ++i)
        CHECK(best[i].id == all[i].id);
    // Every copy of a job scores the same as the job itself.
    const JobCatalogue shipped = loadJobCatalogue(assetPathForTest("assets/jobs/catalogue.json"));
    const std::vector<MatchResult> small = matchPerson(demo, layout, shipped, {}, weights);
    for (const MatchResult& result : all) {
        if (result.carved)
            continue; // its tasks are the same, but it is its own entry
        const std::string shippedId = result.id.substr(0, result.id.rfind('_'));
        // A taster rule that names the shipped job by its id does not name its copies.
        const bool namedByTaster = std::any_of(weights.tasters.begin(), weights.tasters.end(), [&](const TasterRule& rule) {
            return std::find(rule.jobs.begin(), rule.jobs.end(), shippedId) != rule.jobs.end();
        });
        if (namedByTaster)
            continue;
        const auto same = std::find_if(small.begin(), small.end(), [&](const MatchResult& r) { return r.id == shippedId; });
        REQUIRE(same != small.end());
        CHECK(result.score == Approx(same->score));
    }
}
