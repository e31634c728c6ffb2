#include "core/summary/summary.h"

#include "test_support.h"
#include "core/base/easy_read.h"
#include "core/jobs/job_matching.h"
#include "core/profile/profile_json.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rightjob::core;
using rightjob::testing::assetPathForTest;

namespace {

struct Shipped {
    Layout layout = rightjob::testing::shippedLayout("vocational_profile");
    SummaryWords words = SummaryWords::shipped("en-GB");
    JobCatalogue catalogue = loadJobCatalogue(assetPathForTest("assets/jobs/catalogue.json"));
    MatchWeights weights = loadMatchWeights(assetPathForTest("assets/jobs/weights.json"));
    Profile demo = parseProfile(readWholeFile(assetPathForTest("assets/demo/profile.json")), "profile.json");
};

const Shipped& shipped()
{
    static const Shipped data;
    return data;
}

SummaryOptions optionsWithJobs()
{
    SummaryOptions options;
    options.madeOn = "2026-11-05";
    options.words = shipped().words;
    options.catalogue = &shipped().catalogue;
    options.weights = &shipped().weights;
    return options;
}

Answer answer(AnswerValue value, const std::string& by, const std::string& at = "2026-10-05T10:00:00Z")
{
    Answer result;
    result.value = value;
    result.by = by;
    result.at = at;
    return result;
}

Profile jordan()
{
    Profile profile;
    profile.id = "jordan";
    profile.layoutId = "vocational_profile";
    profile.person.name = "Jordan Reed";
    profile.contributors = {{"karen", ContributorKind::Supporter, "Karen", "Mum"},
                            {"sam", ContributorKind::Supporter, "Sam", "Job coach"},
                            {"priya", ContributorKind::Observer, "Priya", "Café manager"}};
    return profile;
}

const SummaryPart* findPart(const SummaryDocument& document, const std::string& id)
{
    for (const auto& part : document.parts)
        if (part.id == id)
            return &part;
    return nullptr;
}

std::vector<const SummaryLine*> allLines(const SummaryDocument& document)
{
    std::vector<const SummaryLine*> lines;
    for (const auto& part : document.parts) {
        for (const auto& line : part.lines)
            lines.push_back(&line);
        for (const auto& group : part.groups)
            for (const auto& line : group.lines)
                lines.push_back(&line);
    }
    return lines;
}

bool contains(const std::vector<std::string>& list, const std::string& text)
{
    return std::find(list.begin(), list.end(), text) != list.end();
}

} // namespace

TEST_CASE("The shipped summary words load and every fixed word is easy read", "[summary]")
{
    const SummaryWords& words = shipped().words;
    CHECK(words.language == "en-GB");
    CHECK(words.contentsTitle == "What is in this summary");
    CHECK(words.supportTitle == "How to support me at work");
    CHECK(words.jobsTitle == "Good jobs for me");
    const EasyReadChecker checker = EasyReadChecker::shipped();
    for (const std::string& text : {words.aboutSentence, words.madeOnSentence, words.helpersHeading, words.helperSentence,
                                    words.contentsTitle, words.contentsEmpty, words.supportTitle, words.jobsTitle,
                                    words.otherNotesHeading, words.boardName, words.boardNameButton, words.pageNumber,
                                    words.callMeSentence, words.helperWithoutRoleSentence})
        CHECK(checker.checkSentence(text).empty());
}

TEST_CASE("Summary words with a mistake are refused with the line", "[summary]")
{
    std::string text = readWholeFile(assetPathForTest("assets/summary/en-GB.json"));
    SECTION("a rule that is not section/card:answer")
    {
        text.replace(text.find("\"places/*:negative\""), 19, "\"places-negative\"");
        try {
            readSummaryWords(JsonFile::parse(text, "words.json"));
            FAIL("no error");
        } catch (const DataError& error) {
            CHECK(error.place().line > 30);
            CHECK(std::string(error.what()).find("section/card:answer") != std::string::npos);
        }
    }
    SECTION("a pattern without its placeholder")
    {
        text.replace(text.find("This is about {name}."), 21, "This is about me.");
        CHECK_THROWS_WITH(readSummaryWords(JsonFile::parse(text, "words.json")), Catch::Contains("{name}"));
    }
    SECTION("an unknown key")
    {
        text.replace(text.find("\"jobs\": {"), 9, "\"jobs\": {\"colour\": \"red\",");
        CHECK_THROWS_WITH(readSummaryWords(JsonFile::parse(text, "words.json")), Catch::Contains("colour"));
    }
}

TEST_CASE("The cover says who it is about, the date and who helped", "[summary]")
{
    Profile profile = jordan();
    profile.person.preferredName = "JJ";
    profile.person.photo = "photos/me.jpg";
    SummaryOptions options;
    options.madeOn = "2026-11-05";
    options.words = shipped().words;
    const SummaryDocument document = makeSummary(profile, shipped().layout, options);

    REQUIRE(document.parts.size() >= 2);
    const SummaryPart& cover = document.parts[0];
    CHECK(cover.kind == PartKind::Cover);
    CHECK(cover.title == "All about me and work");
    REQUIRE(cover.lines.size() == 3);
    CHECK(cover.lines[0].text == "This is about Jordan Reed.");
    CHECK(cover.lines[0].picture.kind == PictureKind::Photo);
    CHECK(cover.lines[0].picture.photo == "photos/me.jpg");
    CHECK(cover.lines[1].text == "Please call me JJ.");
    CHECK(cover.lines[2].text == "Made on 5 November 2026.");
    CHECK(cover.lines[2].source.kind == SourceKind::SummaryDate);
    REQUIRE(cover.groups.size() == 1);
    CHECK(cover.groups[0].heading == "People who helped");
    REQUIRE(cover.groups[0].lines.size() == 3);
    CHECK(cover.groups[0].lines[0].text == "Karen is my mum.");
    CHECK(cover.groups[0].lines[1].text == "Sam is my job coach.");
    CHECK(cover.groups[0].lines[2].text == "Priya is my café manager.");
    CHECK(cover.groups[0].lines[2].source.giver == "priya");
    CHECK(document.documentTitle == "All about me and work: Jordan Reed");

    // Nothing answered: the contents says there is nothing more yet.
    const SummaryPart& contents = document.parts[1];
    CHECK(contents.title == "What is in this summary");
    REQUIRE(contents.lines.size() == 1);
    CHECK(contents.lines[0].text == "There is nothing more in this summary yet.");
}

TEST_CASE("The date is given, never read from the clock, and must be a day", "[summary]")
{
    SummaryOptions options;
    options.words = shipped().words;
    for (const char* bad : {"", "2026-13-01", "2026-02-30", "5 November", "2026-1-05"}) {
        options.madeOn = bad;
        CHECK_THROWS_AS(makeSummary(jordan(), shipped().layout, options), DataError);
    }
    options.madeOn = "2027-01-31";
    CHECK(makeSummary(jordan(), shipped().layout, options).parts[0].lines[1].text == "Made on 31 January 2027.");
}

TEST_CASE("A section part groups lines positive, then middle, then negative, and says who said it", "[summary]")
{
    Profile profile = jordan();
    profile.cards["likes/cooking"].answers = {answer(AnswerValue::Middle, "person"), answer(AnswerValue::Positive, "karen")};
    profile.cards["likes/football"].answers = {answer(AnswerValue::Negative, "person")};
    profile.cards["likes/animals"].answers = {answer(AnswerValue::Positive, "person"), answer(AnswerValue::Positive, "karen")};
    profile.cards["likes/animals"].notes = {{"He walks our dog every morning.", "karen", "2026-10-05T10:01:00Z", ""}};
    profile.cards["good_at/polishing"].answers = {answer(AnswerValue::Positive, "priya")};
    profile.cards["good_at/counting"].answers = {answer(AnswerValue::Negative, "sam")};

    SummaryOptions options;
    options.madeOn = "2026-11-05";
    options.words = shipped().words;
    const SummaryDocument document = makeSummary(profile, shipped().layout, options);

    const SummaryPart* likes = findPart(document, "likes");
    REQUIRE(likes);
    CHECK(likes->title == "Things I like");
    REQUIRE(likes->groups.size() == 3);
    CHECK(likes->groups[0].heading == "I like it");
    CHECK(likes->groups[1].heading == "Not sure");
    CHECK(likes->groups[2].heading == "I do not like it");
    // The layout's card order inside a group: cooking comes before animals.
    REQUIRE(likes->groups[0].lines.size() == 2);
    CHECK(likes->groups[0].lines[0].text == "Mum says I like cooking.");
    CHECK(likes->groups[0].lines[0].source.giver == "karen");
    CHECK(likes->groups[0].lines[1].text == "I like animals.");
    CHECK(likes->groups[0].lines[1].source.alsoGivenBy == std::vector<std::string>{"karen"});
    REQUIRE(likes->groups[0].lines[1].notes.size() == 1);
    CHECK(likes->groups[0].lines[1].notes[0].text == "Mum says: He walks our dog every morning.");
    CHECK(likes->groups[0].lines[1].notes[0].source.kind == SourceKind::Note);
    CHECK(likes->groups[1].lines[0].text == "I am not sure about cooking.");
    CHECK(likes->groups[2].lines[0].text == "I do not like football.");
    CHECK(likes->groups[2].lines[0].picture.symbol == "soccer-ball");

    const SummaryPart* goodAt = findPart(document, "good_at");
    REQUIRE(goodAt);
    CHECK(goodAt->groups[0].lines[0].text == "Priya saw that I am good at polishing.");
    CHECK(goodAt->groups[1].heading == "I need help");
    CHECK(goodAt->groups[1].lines[0].text == "Sam says I need help with counting.");

    const SummaryPart& contents = document.parts[1];
    REQUIRE(contents.lines.size() == 2);
    CHECK(contents.lines[0].text == "Things I like");
    CHECK(contents.lines[1].text == "What I am good at");
}

TEST_CASE("A family role is said when nobody else has it, else the name", "[summary]")
{
    Profile profile = jordan();
    profile.contributors.push_back({"linda", ContributorKind::Supporter, "Linda", "mum"});
    profile.cards["likes/cooking"].answers = {answer(AnswerValue::Positive, "karen")};
    profile.cards["likes/music"].answers = {answer(AnswerValue::Positive, "linda")};
    profile.cards["likes/art"].answers = {answer(AnswerValue::Positive, "sam")};
    SummaryOptions options;
    options.madeOn = "2026-11-05";
    options.words = shipped().words;
    const SummaryDocument document = makeSummary(profile, shipped().layout, options);
    std::vector<std::string> sentences = summarySentences(document);
    CHECK(contains(sentences, "Karen says I like cooking."));
    CHECK(contains(sentences, "Linda says I like music."));
    CHECK(contains(sentences, "Sam says I like art and drawing."));

    profile.contributors.pop_back();
    profile.cards.erase("likes/music");
    sentences = summarySentences(makeSummary(profile, shipped().layout, options));
    CHECK(contains(sentences, "Mum says I like cooking."));
}

TEST_CASE("A long name is cut to the first name when a sentence would pass 15 words", "[summary]")
{
    Profile profile = jordan();
    profile.contributors.push_back({"long", ContributorKind::Observer,
                                    "Maria Dolores Fernanda Consuelo Teresa de la Cruz", "Teacher"});
    profile.cards["communication/one_thing_at_a_time"].answers = {answer(AnswerValue::Positive, "long")};
    SummaryOptions options;
    options.madeOn = "2026-11-05";
    options.words = shipped().words;
    const auto sentences = summarySentences(makeSummary(profile, shipped().layout, options));
    CHECK(contains(sentences, "Maria saw that I like people to say 1 thing at a time."));
}

TEST_CASE("Cards not for sharing never appear, nor their notes, nor jobs reasons from them", "[summary]")
{
    Profile profile = jordan();
    profile.cards["likes/animals"].answers = {answer(AnswerValue::Positive, "person")};
    profile.cards["likes/animals"].sharing = Sharing::Nobody;
    profile.cards["likes/animals"].notes = {{"Secret dog note.", "karen", "2026-10-05T10:01:00Z", ""}};
    profile.cards["good_at/looking_after_animals"].answers = {answer(AnswerValue::Positive, "person")};
    profile.cards["good_at/looking_after_animals"].sharing = Sharing::Nobody;
    OwnCard own;
    own.section = "likes";
    own.id = "own-1";
    own.label = "Secret trains";
    own.addedBy = "person";
    profile.ownCards.push_back(own);
    profile.cards["likes/own-1"].answers = {answer(AnswerValue::Positive, "person")};
    profile.cards["likes/own-1"].sharing = Sharing::Nobody;
    profile.cards["likes/music"].answers = {answer(AnswerValue::Positive, "person")};

    const SummaryDocument document = makeSummary(profile, shipped().layout, optionsWithJobs());
    for (const auto& sentence : summarySentences(document)) {
        CHECK(sentence.find("animals") == std::string::npos);
        CHECK(sentence.find("Secret") == std::string::npos);
        CHECK(sentence.find("ecret trains") == std::string::npos);
    }
    for (const SummaryLine* line : allLines(document)) {
        CHECK(line->source.cardKey != "likes/animals");
        CHECK(line->source.cardKey != "good_at/looking_after_animals");
        CHECK(line->source.cardKey != "likes/own-1");
    }

    const Profile shared = profileForReader(profile, Reader::Team);
    CHECK(shared.findCard("likes/animals") == nullptr);
    CHECK(shared.findCard("likes/own-1") == nullptr);
    CHECK(shared.ownCards.empty());
    CHECK(shared.findCard("likes/music") != nullptr);
}

TEST_CASE("The demo summary: every line traces back to the profile", "[summary]")
{
    const Profile& demo = shipped().demo;
    const SummaryDocument document = makeSummary(demo, shipped().layout, optionsWithJobs());

    std::vector<std::string> partIds;
    for (const auto& part : document.parts)
        partIds.push_back(part.id);
    CHECK(partIds == std::vector<std::string>{"cover", "contents", "about_me", "likes", "good_at", "communication",
                                              "places", "feelings", "people", "tasters", "dreams", "practical",
                                              "support", "jobs"});

    for (const SummaryLine* line : allLines(document)) {
        const SummarySource& source = line->source;
        if (source.kind == SourceKind::Answer || source.kind == SourceKind::MatchReason) {
            const CardRecord* record = demo.findCard(source.cardKey);
            REQUIRE(record);
            CHECK(record->sharing != Sharing::Nobody);
            const auto given = demo.latestAnswer(source.cardKey, source.giver);
            REQUIRE(given);
            CHECK(given->value == *source.answer);
            for (const auto& other : source.alsoGivenBy)
                CHECK(demo.latestAnswer(source.cardKey, other)->value == *source.answer);
        }
        for (const SummaryNote& note : line->notes) {
            const CardRecord* record = demo.findCard(note.source.cardKey);
            REQUIRE(record);
            CHECK(record->sharing != Sharing::Nobody);
            const Note& original = record->notes.at(static_cast<std::size_t>(note.source.noteIndex));
            CHECK(note.text.find(original.text) != std::string::npos);
            CHECK(original.by == note.source.giver);
        }
    }

    // Both the person's and their mum's different answers are there.
    const auto sentences = summarySentences(document);
    CHECK(contains(sentences, "I am sometimes quiet."));
    CHECK(contains(sentences, "Mum says I am quiet."));
    CHECK(contains(sentences, "I like trains."));
    CHECK(contains(sentences, "Mum says I am good at bus times."));
    CHECK(contains(sentences, "I am good at polishing.")); // Priya saw it too: kept in alsoGivenBy
    CHECK(contains(sentences, "Priya saw that I liked working in a café."));
    // The two cards the demo keeps private.
    for (const auto& sentence : sentences) {
        CHECK(sentence.find("shout") == std::string::npos);
        CHECK(sentence.find("cry") == std::string::npos);
        CHECK(sentence.find("very tired") == std::string::npos);
    }

    const SummaryPart* support = findPart(document, "support");
    REQUIRE(support);
    REQUIRE(support->groups.size() == 4);
    CHECK(support->groups[0].heading == "How to talk with me");
    CHECK(support->groups[1].heading == "When I am upset or angry, this helps");
    CHECK(support->groups[2].heading == "What helps me");
    CHECK(support->groups[3].heading == "Things to avoid");
    auto groupHas = [](const SummaryGroup& group, const std::string& text) {
        return std::any_of(group.lines.begin(), group.lines.end(), [&](const SummaryLine& l) { return l.text == text; });
    };
    CHECK(groupHas(support->groups[0], "I need time to answer."));
    CHECK(groupHas(support->groups[1], "I feel better in a quiet space."));
    CHECK(groupHas(support->groups[2], "A job in a quiet place is good for me."));
    CHECK(groupHas(support->groups[3], "A job in a noisy place is not good for me."));
    CHECK(groupHas(support->groups[3], "I feel worried when plans change."));

    const SummaryPart* jobs = findPart(document, "jobs");
    REQUIRE(jobs);
    CHECK(jobs->groups.size() == 5);
    for (const SummaryGroup& job : jobs->groups) {
        const std::string id = job.source.jobId.substr(0, job.source.jobId.find('/'));
        CHECK(shipped().catalogue.findJob(id) != nullptr);
        // How well it fits and how sure we are first, then the rest.
        REQUIRE(job.lines.size() >= 2);
        CHECK(job.lines[0].source.kind == SourceKind::MatchStanding);
        const auto reasons = std::count_if(job.lines.begin(), job.lines.end(),
                                           [](const SummaryLine& line) { return line.source.kind == SourceKind::MatchReason; });
        CHECK(reasons >= 1);
        CHECK(reasons <= 2);
    }

    // The contents names every part after it, in order.
    const SummaryPart& contents = document.parts[1];
    REQUIRE(contents.lines.size() == document.parts.size() - 2);
    for (std::size_t i = 0; i < contents.lines.size(); ++i)
        CHECK(contents.lines[i].text == document.parts[i + 2].title);
}

TEST_CASE("Every sentence of the demo summary is easy read", "[summary]")
{
    const SummaryDocument document = makeSummary(shipped().demo, shipped().layout, optionsWithJobs());
    const EasyReadChecker checker = EasyReadChecker::shipped();
    std::string all;
    for (const auto& sentence : summarySentences(document)) {
        for (const auto& problem : checker.checkText(sentence))
            FAIL_CHECK("\"" << problem.sentence << "\" " << problem.problem);
        all += sentence + "\n";
    }
    const ReadabilityScore score = checker.readability(all);
    INFO("Flesch reading ease " << score.fleschReadingEase);
    CHECK(score.fleschReadingEase >= 80.0);
}

TEST_CASE("Summary sentences follow the reading order", "[summary]")
{
    Profile profile = jordan();
    profile.cards["likes/cooking"].answers = {answer(AnswerValue::Positive, "person")};
    profile.cards["likes/cooking"].notes = {{"Pasta on Fridays.", "person", "2026-10-05T10:01:00Z", ""}};
    SummaryOptions options;
    options.madeOn = "2026-11-05";
    options.words = shipped().words;
    const auto sentences = summarySentences(makeSummary(profile, shipped().layout, options));
    CHECK(sentences == std::vector<std::string>{"All about me and work", "This is about Jordan Reed.",
                                                "Made on 5 November 2026.", "People who helped", "Karen is my mum.",
                                                "Sam is my job coach.", "Priya is my café manager.",
                                                "What is in this summary", "Things I like", "Things I like",
                                                "I like it", "I like cooking.", "Pasta on Fridays."});
}

TEST_CASE("Photo paths must stay inside the person's folder", "[summary]")
{
    CHECK(isSafeRelativePath("photos/me.jpg"));
    CHECK_FALSE(isSafeRelativePath(""));
    CHECK_FALSE(isSafeRelativePath("/etc/passwd"));
    CHECK_FALSE(isSafeRelativePath("../x.jpg"));
    CHECK_FALSE(isSafeRelativePath("photos/../../x.jpg"));
    CHECK_FALSE(isSafeRelativePath("photos//x.jpg"));
    CHECK_FALSE(isSafeRelativePath("photos\\x.jpg"));
    CHECK_FALSE(isSafeRelativePath("photos/"));
}

TEST_CASE("Own cards read as sentences, with who said it the one way it is said", "[summary][easy-read]")
{
    // "Mum says: Phone calls. That is not me." was two broken sentences.
    Profile profile = jordan();
    auto addOwn = [&](const std::string& section, const std::string& id, const std::string& label, const std::string& means) {
        OwnCard own;
        own.section = section;
        own.id = id;
        own.label = label;
        own.addedBy = "karen";
        own.means = means;
        profile.ownCards.push_back(own);
    };
    addOwn("communication", "own-1", "Phone calls", "communication/phone_calls"); // the same words as the card it is like
    addOwn("places", "own-2", "Loud hand dryers", "places/noisy_places");         // her own words for it
    addOwn("feelings", "own-3", "Happy with food", "");                           // something new
    addOwn("about_me", "own-4", "Good with babies", "");
    profile.cards["communication/own-1"].answers = {answer(AnswerValue::Negative, "karen")};
    profile.cards["places/own-2"].answers = {answer(AnswerValue::Negative, "person"),
                                             answer(AnswerValue::Middle, "priya", "2026-10-05T10:01:00Z")};
    profile.cards["feelings/own-3"].answers = {answer(AnswerValue::Positive, "person")};
    profile.cards["about_me/own-4"].answers = {answer(AnswerValue::Positive, "sam")};

    const auto sentences = summarySentences(makeSummary(profile, shipped().layout, optionsWithJobs()));
    CHECK(contains(sentences, "Mum says I do not talk on the phone."));
    CHECK(contains(sentences, "Loud hand dryers. A job in a noisy place is not good for me."));
    CHECK(contains(sentences, "Loud hand dryers. Priya saw that a job in a noisy place is OK for me."));
    CHECK(contains(sentences, "Happy with food. That is me."));
    CHECK(contains(sentences, "Good with babies. Sam says that is me."));
    const EasyReadChecker checker = EasyReadChecker::shipped();
    for (const auto& sentence : sentences) {
        INFO(sentence);
        CHECK_THAT(sentence, !Catch::Contains("says:"));
        for (const auto& problem : checker.checkText(sentence))
            FAIL_CHECK(problem.sentence << " " << problem.problem);
    }
}
