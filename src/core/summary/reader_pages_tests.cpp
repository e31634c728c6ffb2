#include "core/summary/reader_pages.h"

#include "core/base/easy_read.h"
#include "core/jobs/job_catalogue.h"
#include "core/base/json_file.h"
#include "core/profile/profile_document.h"
#include "core/profile/profile_json.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <numeric>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;
using rightjob::testing::shippedLayout;

namespace {

Profile demoProfile()
{
    return readProfile(JsonFile::load(assetPathForTest("assets/demo/profile.json")));
}

const Layout& vocationalLayout()
{
    static const Layout layout = shippedLayout("vocational_profile");
    return layout;
}

const PageWords& pageWords()
{
    static const PageWords words = PageWords::shipped("en-GB");
    return words;
}

const SummaryWords& summaryWords()
{
    static const SummaryWords words = SummaryWords::shipped("en-GB");
    return words;
}

SummaryOptions optionsFor(Reader reader)
{
    SummaryOptions options;
    options.madeOn = "2026-12-07";
    options.words = summaryWords();
    options.reader = reader;
    return options;
}

std::vector<std::string> allText(const SummaryDocument& document)
{
    return summarySentences(document);
}

// Whether any text holds the word, ignoring case (an own card's label is
// said with a small first letter inside a sentence).
bool holds(const std::vector<std::string>& texts, const std::string& word)
{
    auto lower = [](std::string text) {
        for (char& c : text)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    };
    return std::any_of(texts.begin(), texts.end(),
                       [&](const std::string& text) { return lower(text).find(lower(word)) != std::string::npos; });
}

// The demo with a line of each sharing level: a marker word in the label of
// an own card in each.
Profile markedProfile()
{
    Profile profile = demoProfile();
    const std::pair<const char*, Sharing> markers[] = {
        {"Zebracorn", Sharing::Everyone}, {"Quillfeather", Sharing::Team}, {"Moonwhistle", Sharing::Nobody}};
    int number = 100;
    for (const auto& [marker, sharing] : markers) {
        for (const char* section : {"good_at", "likes", "communication", "about_me", "places", "tasters"}) {
            OwnCard own;
            own.section = section;
            own.id = "own-" + std::to_string(++number);
            own.label = marker;
            own.addedBy = kPersonGiver;
            own.addedAt = "2026-10-05T10:00:00Z";
            profile.ownCards.push_back(own);
            CardRecord& record = profile.cards[cardKey(section, own.id)];
            record.sharing = sharing;
            record.answers.push_back({AnswerValue::Positive, kPersonGiver, "2026-10-05T10:00:01Z", ""});
        }
    }
    return profile;
}

} // namespace

// [SECTION] Fitting

TEST_CASE("Fitting keeps everything that fits", "[core][pages][fit]")
{
    int calls = 0;
    const auto kept = trimToFit({0, 0, 1, 2}, [&](const std::vector<bool>&) { ++calls; return true; });
    CHECK(kept == std::vector<bool>{true, true, true, true});
    CHECK(calls == 1);
}

TEST_CASE("Fitting takes off whole items, the least important of the fullest heading first", "[core][pages][fit]")
{
    // Items in importance order; heading 0 has 4 items, heading 1 has 2, heading 2 has 1.
    const std::vector<std::size_t> groups{0, 0, 0, 0, 1, 1, 2};
    // Each item is 10 high; the page holds 40.
    const auto fits = [](const std::vector<bool>& kept) {
        return 10 * std::count(kept.begin(), kept.end(), true) <= 40;
    };
    const auto kept = trimToFit(groups, fits);
    // Heading 0 loses its two least important, then heading 1 (tie, later
    // heading) loses its last: 0,0 / 1 / 2 are left.
    CHECK(kept == std::vector<bool>{true, true, false, false, true, false, true});
}

TEST_CASE("Fitting never keeps a later item of a heading without the earlier ones", "[core][pages][fit]")
{
    const std::vector<std::size_t> groups{0, 1, 0, 1, 0, 2, 2, 2, 2};
    for (int room = 0; room <= 9; ++room) {
        const auto kept = trimToFit(groups, [&](const std::vector<bool>& keep) {
            return std::count(keep.begin(), keep.end(), true) <= room;
        });
        CHECK(std::count(kept.begin(), kept.end(), true) == room);
        for (std::size_t group = 0; group < 3; ++group) {
            bool gap = false;
            for (std::size_t i = 0; i < groups.size(); ++i) {
                if (groups[i] != group)
                    continue;
                if (!kept[i])
                    gap = true;
                else
                    CHECK_FALSE(gap);
            }
        }
    }
}

TEST_CASE("Fitting gives up with nothing kept when nothing fits", "[core][pages][fit]")
{
    int calls = 0;
    const auto kept = trimToFit({0, 1, 1}, [&](const std::vector<bool>&) { ++calls; return false; });
    CHECK(kept == std::vector<bool>{false, false, false});
    CHECK(calls == 4);
}

// [SECTION] The words

TEST_CASE("The shipped page words read, and a wrong file is reported at its place", "[core][pages]")
{
    CHECK(pageWords().onePageHeadings[0].heading == "What people like and admire about me");
    CHECK(pageWords().onePageHeadings[1].heading == "What is important to me");
    CHECK(pageWords().onePageHeadings[2].heading == "How best to support me");
    CHECK(pageWords().quickGuideGroups.size() == 5);
    std::string text = readWholeFile(assetPathForTest("assets/pages/en-GB.json"));
    const auto at = text.find("\"title\": \"Introducing {name}\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string("\"title\": \"Introducing {name}\"").size(), "\"title\": \"Introducing you\"");
    try {
        readPageWords(JsonFile::parse(text, "pages.json"));
        FAIL("no error");
    } catch (const DataError& error) {
        CHECK_THAT(error.what(), Catch::Contains("pages.json"));
        CHECK_THAT(error.what(), Catch::Contains("{name}"));
    }
}

TEST_CASE("Every fixed word of the short pages is easy read", "[core][pages][easy-read]")
{
    const EasyReadChecker checker = EasyReadChecker::shipped();
    std::vector<std::string> texts{pageWords().onePageTitle, pageWords().quickGuideTitle,
                                   pageWords().introductionTitle, pageWords().jobHeading,
                                   pageWords().hoursSentence, pageWords().hoursRangeSentence,
                                   pageWords().jobCoachSentence, pageWords().nameSentence,
                                   pageWords().tasters.heading, pageWords().support.heading};
    for (const auto& title : pageWords().readerTitles)
        texts.push_back(title);
    for (const auto& heading : pageWords().onePageHeadings)
        texts.push_back(heading.heading);
    for (const auto& group : pageWords().quickGuideGroups)
        texts.push_back(group.heading);
    for (const auto& part : pageWords().introductionParts)
        texts.push_back(part.heading);
    for (const std::string& text : texts) {
        INFO(text);
        CHECK(checker.checkText(text).empty());
    }
}

// [SECTION] The one-page profile

TEST_CASE("The one-page profile has its three headings, the most important first", "[core][pages][one-page]")
{
    const Profile profile = demoProfile();
    const auto candidates = onePageCandidates(profile, vocationalLayout(), summaryWords(), pageWords(), Reader::Team);
    REQUIRE(candidates.size() > 10);
    std::array<int, 3> perHeading{};
    int lastHeading = 0;
    int lastRank = 0;
    for (const OnePageItem& item : candidates) {
        ++perHeading[item.heading];
        CHECK(static_cast<int>(item.heading) >= lastHeading);
        const int rank = item.line.source.giver == kPersonGiver ? 0 : item.line.source.alsoGivenBy.empty() ? 2 : 1;
        if (static_cast<int>(item.heading) != lastHeading)
            lastRank = 0;
        CHECK(rank >= lastRank); // the person's own answers come first
        lastRank = rank;
        lastHeading = static_cast<int>(item.heading);
    }
    for (int count : perHeading)
        CHECK(count > 0);
    // Each card once.
    std::vector<std::string> keys;
    for (const auto& item : candidates)
        keys.push_back(item.cardKey);
    std::sort(keys.begin(), keys.end());
    CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());

    const SummaryDocument document
        = makeOnePageProfile(profile, vocationalLayout(), optionsFor(Reader::Team), pageWords(), candidates);
    REQUIRE(document.parts.size() == 4);
    CHECK(document.kind == DocumentKind::OnePageProfile);
    CHECK(document.parts[0].title == "My one-page profile");
    CHECK(document.parts[0].lines[0].text == "My name is Jordan.");
    for (std::size_t heading = 0; heading < 3; ++heading)
        CHECK(document.parts[heading + 1].title == pageWords().onePageHeadings[heading].heading);
}

TEST_CASE("The person's choice for the one-page profile is kept, in their order", "[core][pages][one-page]")
{
    Profile profile = demoProfile();
    const auto candidates = onePageCandidates(profile, vocationalLayout(), summaryWords(), pageWords(), Reader::Team);
    CHECK(onePageItems(profile, candidates).size() == candidates.size());
    ProfileDocument document(profile, vocationalLayout());
    document.setOnePageItems({candidates[3].cardKey, candidates[0].cardKey, "likes/not-a-card"});
    profile = document.profile();
    const auto items = onePageItems(profile, candidates);
    REQUIRE(items.size() == 2);
    CHECK(items[0].cardKey == candidates[3].cardKey);
    CHECK(items[1].cardKey == candidates[0].cardKey);
    // Saved and read back.
    const Profile back = parseProfile(writeProfile(profile), "profile.json");
    CHECK(onePageItems(back, candidates).size() == 2);
    // Choosing nothing is a choice too: the page is then empty.
    document.setOnePageItems({});
    CHECK(onePageItems(document.profile(), candidates).empty());
    document.undo();
    CHECK(onePageItems(document.profile(), candidates).size() == 2);
}

// [SECTION] Every page for every reader

TEST_CASE("No short page holds what its reader may not see", "[core][pages][sharing]")
{
    const Profile profile = markedProfile();
    const JobCatalogue catalogue = loadJobCatalogue(assetPathForTest("assets/jobs/catalogue.json"));
    const MatchWeights weights = loadMatchWeights(assetPathForTest("assets/jobs/weights.json"));
    for (Reader reader : {Reader::Employer, Reader::Team, Reader::Me}) {
        INFO(readerName(reader));
        SummaryOptions options = optionsFor(reader);
        options.catalogue = &catalogue;
        options.weights = &weights;
        const auto candidates = onePageCandidates(profile, vocationalLayout(), summaryWords(), pageWords(), reader);
        const std::vector<SummaryDocument> documents{
            makeSummary(profile, vocationalLayout(), options),
            makeOnePageProfile(profile, vocationalLayout(), options, pageWords(), candidates),
            makeIntroduction(profile, vocationalLayout(), options, pageWords()),
            makeQuickGuide(profile, vocationalLayout(), options, pageWords())};
        for (const SummaryDocument& document : documents) {
            const auto texts = allText(document);
            CHECK_FALSE(holds(texts, "Moonwhistle"));
            if (reader == Reader::Employer)
                CHECK_FALSE(holds(texts, "Quillfeather"));
        }
        // The full summary for the team holds the team's marker.
        if (reader != Reader::Employer)
            CHECK(holds(allText(documents[0]), "Quillfeather"));
        CHECK(holds(allText(documents[0]), "Zebracorn"));
    }
}

TEST_CASE("The introduction never says a diagnosis, and never holds a note", "[core][pages][introduction]")
{
    Profile profile = demoProfile();
    OwnCard own;
    own.section = "good_at";
    own.id = "own-77";
    own.label = "Living with autism";
    own.addedBy = kPersonGiver;
    own.addedAt = "2026-10-05T10:00:00Z";
    profile.ownCards.push_back(own);
    profile.cards["good_at/own-77"].answers.push_back({AnswerValue::Positive, kPersonGiver, "2026-10-05T10:00:01Z", ""});
    profile.cards["good_at/polishing"].notes.push_back({"He has a diagnosis of ADHD.", "karen", "2026-10-05T10:00:02Z", ""});
    const JobCatalogue catalogue = loadJobCatalogue(assetPathForTest("assets/jobs/catalogue.json"));
    const MatchWeights weights = loadMatchWeights(assetPathForTest("assets/jobs/weights.json"));
    SummaryOptions options = optionsFor(Reader::Employer);
    options.catalogue = &catalogue;
    options.weights = &weights;
    const SummaryDocument intro = makeIntroduction(profile, vocationalLayout(), options, pageWords());
    const auto texts = allText(intro);
    CHECK_FALSE(holds(texts, "autism"));
    CHECK_FALSE(holds(texts, "ADHD"));
    for (const auto& part : intro.parts)
        for (const auto& line : part.lines)
            CHECK(line.notes.empty());
    CHECK(intro.parts[0].title == "Introducing Jordan");
    // The work I could do, with its tasks and hours.
    const auto job = std::find_if(intro.parts.begin(), intro.parts.end(), [](const SummaryPart& part) { return part.id == "job"; });
    REQUIRE(job != intro.parts.end());
    REQUIRE(job->groups.size() == 1);
    CHECK(job->groups[0].lines.size() >= 2);
    CHECK_THAT(job->groups[0].lines.front().text, Catch::Contains("hours a week"));
    // The job coach.
    CHECK(holds(texts, "Sam is my job coach."));
    CHECK(holdsAnyWord("Mum says he has Autism.", pageWords().neverSay));
    CHECK_FALSE(holdsAnyWord("He likes sending letters.", pageWords().neverSay)); // "sen" is a whole word only
}

TEST_CASE("The quick guide has at most five short headings, in easy read", "[core][pages][quick][easy-read]")
{
    const SummaryDocument guide = makeQuickGuide(demoProfile(), vocationalLayout(), optionsFor(Reader::Me), pageWords());
    CHECK(guide.parts.size() >= 2);
    CHECK(guide.parts.size() <= 6);
    CHECK(guide.parts[0].title == "If you only have a little time");
    for (std::size_t p = 1; p < guide.parts.size(); ++p)
        CHECK(guide.parts[p].lines.size() <= kQuickGuideLinesPerGroup);
    const EasyReadChecker checker = EasyReadChecker::shipped();
    for (const std::string& sentence : allText(guide)) {
        INFO(sentence);
        CHECK(checker.checkText(sentence).empty());
    }
    const auto candidates = onePageCandidates(demoProfile(), vocationalLayout(), summaryWords(), pageWords(), Reader::Me);
    for (const std::string& sentence : allText(makeOnePageProfile(demoProfile(), vocationalLayout(), optionsFor(Reader::Me),
                                                                  pageWords(), candidates))) {
        INFO(sentence);
        CHECK(checker.checkText(sentence).empty());
    }
}

TEST_CASE("A near-empty profile makes short pages without failing", "[core][pages]")
{
    Profile profile;
    profile.id = "empty";
    profile.layoutId = "vocational_profile";
    profile.person.name = "Ada";
    const auto candidates = onePageCandidates(profile, vocationalLayout(), summaryWords(), pageWords(), Reader::Team);
    CHECK(candidates.empty());
    const SummaryDocument onePage
        = makeOnePageProfile(profile, vocationalLayout(), optionsFor(Reader::Team), pageWords(), candidates);
    CHECK(onePage.parts.size() == 4);
    CHECK(makeIntroduction(profile, vocationalLayout(), optionsFor(Reader::Employer), pageWords()).parts.size() == 1);
    CHECK(makeQuickGuide(profile, vocationalLayout(), optionsFor(Reader::Team), pageWords()).parts.size() == 1);
}
