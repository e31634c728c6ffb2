#include "core/base/easy_read.h"

#include "core/base/asset_paths.h"
#include "core/base/json_file.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace rightjob::core;

namespace {

const EasyReadChecker& checker()
{
    static const EasyReadChecker shippedChecker = EasyReadChecker::shipped();
    return shippedChecker;
}

using Problems = std::vector<std::string>;

Problems problemsOf(const std::string& text)
{
    std::vector<std::string> problems;
    for (const EasyReadProblem& problem : checker().checkText(text))
        problems.push_back(problem.problem);
    return problems;
}

// A small words.json, for tests that break it.
std::string smallWordsText()
{
    return R"({
  "format": "rightjob-easy-read-words",
  "format_version": 1,
  "max_words_in_sentence": 15,
  "hard_words": [
    {"word": "utilise", "say": "use"}
  ],
  "abbreviations": [{"short": "e.g.", "say": "for example"}],
  "allowed_capitals": ["OK"],
  "number_words": ["two"],
  "measure_words_after_one": ["hour"],
  "syllables": {"quiet": 2}
})";
}

std::string changed(const std::string& from, const std::string& to)
{
    std::string text = smallWordsText();
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string loadErrorOf(const std::string& text)
{
    try {
        EasyReadChecker::fromJson(JsonFile::parse(text, "assets/easy_read/words.json"));
    } catch (const DataError& error) {
        return error.what();
    }
    return "";
}

Json loadShipped(const std::string& relative)
{
    return Json::parse(readWholeFile(assetPath(relative)));
}

// Checks every text; returns "where: sentence: problem" for each problem.
struct TextToCheck {
    std::string where;
    std::string text;
};

std::vector<std::string> failuresOf(const std::vector<TextToCheck>& texts)
{
    std::vector<std::string> failures;
    for (const TextToCheck& text : texts)
        for (const EasyReadProblem& problem : checker().checkText(text.text))
            failures.push_back(text.where + ": \"" + problem.sentence + "\" " + problem.problem);
    return failures;
}

// The attribution's {sentence}: the first letter made small, except "I".
std::string asPartOfSentence(const std::string& sentence)
{
    std::string out = sentence;
    const bool startsWithI = out.size() >= 2 && out[0] == 'I' && (out[1] == ' ' || out[1] == '\'');
    if (!startsWithI && !out.empty() && out[0] >= 'A' && out[0] <= 'Z')
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

std::string replaced(std::string text, const std::string& placeholder, const std::string& value)
{
    const auto at = text.find(placeholder);
    REQUIRE(at != std::string::npos);
    return text.replace(at, placeholder.size(), value);
}

struct LayoutTexts {
    std::vector<TextToCheck> words;   // labels, prompts, spoken text, answers
    std::vector<TextToCheck> summary; // each card's 3 summary sentences
    std::vector<TextToCheck> attributed;
};

LayoutTexts layoutTexts(const std::string& id)
{
    const Json layout = loadShipped("layouts/" + id + ".json");
    LayoutTexts texts;
    const std::string file = "layouts/" + id + ".json";
    texts.words.push_back({file + " title", layout.at("title")});
    std::map<std::string, Json> scales;
    for (const Json& scale : layout.at("scales")) {
        scales[scale.at("id")] = scale;
        for (const Json& answer : scale.at("answers")) {
            const std::string where = file + " scale " + scale.at("id").get<std::string>() + " "
                + answer.at("value").get<std::string>();
            texts.words.push_back({where + " words", answer.at("words")});
            texts.words.push_back({where + " spoken", answer.at("spoken")});
        }
    }
    for (const Json& section : layout.at("sections")) {
        const std::string sectionWhere = file + " section " + section.at("id").get<std::string>();
        texts.words.push_back({sectionWhere + " title", section.at("title")});
        texts.words.push_back({sectionWhere + " prompt", section.at("prompt")});
        if (section.contains("spoken_prompt"))
            texts.words.push_back({sectionWhere + " spoken_prompt", section.at("spoken_prompt")});
        const Json& scale = scales.at(section.at("scale"));
        for (const Json& card : section.at("cards")) {
            const std::string where = sectionWhere + " card " + card.at("id").get<std::string>();
            texts.words.push_back({where + " label", card.at("label")});
            texts.words.push_back({where + " spoken", card.at("spoken")});
            for (const Json& answer : scale.at("answers")) {
                const std::string sentence = replaced(answer.at("sentence"), "{phrase}", card.at("phrase"));
                const std::string answerWhere = where + " " + answer.at("value").get<std::string>();
                texts.summary.push_back({answerWhere, sentence});
                for (const auto& pattern : layout.at("attribution").items()) {
                    if (!pattern.value().is_string())
                        continue; // "family_roles", not a pattern
                    const std::string withWho = replaced(pattern.value(), "{who}", "Mum");
                    texts.attributed.push_back({answerWhere + " " + pattern.key(),
                                                replaced(withWho, "{sentence}", asPartOfSentence(sentence))});
                }
            }
        }
    }
    return texts;
}

std::string joined(const std::vector<TextToCheck>& texts)
{
    std::string all;
    for (const TextToCheck& text : texts)
        all += text.text + "\n";
    return all;
}

std::string describe(const ReadabilityScore& score)
{
    std::ostringstream out;
    out << "Flesch reading ease " << score.fleschReadingEase << ", grade " << score.fleschKincaidGrade << " ("
        << score.sentences << " sentences, " << score.words << " words, " << score.syllables << " syllables)";
    return out.str();
}

} // namespace

// [SECTION] Sentences and words

TEST_CASE("Text splits into sentences at stops and line breaks", "[core][easy-read]")
{
    using Sentences = std::vector<std::string>;
    CHECK(splitSentences("I like cats. Do you? Yes!") == Sentences{"I like cats.", "Do you?", "Yes!"});
    CHECK(splitSentences("Things I like\nCooking") == Sentences{"Things I like", "Cooking"});
    CHECK(splitSentences("We start at 10.30am. It costs 2.5 pounds.")
          == Sentences{"We start at 10.30am.", "It costs 2.5 pounds."});
    CHECK(splitSentences("Bring things, e.g. a pen. Then go.") == Sentences{"Bring things, e.g. a pen.", "Then go."});
    CHECK(splitSentences("Bring a pen, a cup etc. and a coat.") == Sentences{"Bring a pen, a cup etc. and a coat."});
    CHECK(splitSentences("He said \"Stop.\" Then he went.") == Sentences{"He said \"Stop.\"", "Then he went."});
    CHECK(splitSentences("Wait... What?! OK.") == Sentences{"Wait...", "What?!", "OK."});
    CHECK(splitSentences("I like it…\r\nA lot.") == Sentences{"I like it…", "A lot."});
    CHECK(splitSentences("  \n ... \n").empty());
    CHECK(splitSentences("").empty());
}

TEST_CASE("Words are counted with apostrophes, hyphens and UTF-8 letters", "[core][easy-read]")
{
    CHECK(countWords("I don't like it.") == 4);
    CHECK(countWords("I don’t like it.") == 4);
    CHECK(countWords("I work part-time.") == 3);
    CHECK(countWords("Café work — it's fun!") == 4);
    CHECK(countWords("We start at 10.30am on 1,000 days.") == 7);
    CHECK(countWords("I like 🚂 trains.") == 3);
    CHECK(countWords("'Quoted' - dash -- and ... dots") == 4);
    CHECK(countWords("") == 0);
    CHECK(splitWords("Mum's job, 9:30 (daily).") == Problems{"Mum's", "job", "9:30", "daily"});
}

// [SECTION] Syllables and readability

TEST_CASE("Syllables follow English spelling rules", "[core][easy-read]")
{
    const std::vector<std::pair<std::string, int>> words = {
        {"cat", 1}, {"the", 1}, {"make", 1}, {"time", 1}, {"while", 1}, {"table", 2}, {"centre", 2},
        {"happy", 2}, {"cooking", 2}, {"animals", 3}, {"people", 2}, {"uniform", 3}, {"recycling", 3},
        {"wanted", 2}, {"liked", 1}, {"played", 1}, {"handled", 2}, {"called", 1}, {"curled", 1},
        {"travelled", 2}, {"makes", 1}, {"boxes", 2},
        {"places", 2}, {"clothes", 1}, {"shelves", 1}, {"tables", 2}, {"usual", 3}, {"radio", 3},
        {"nation", 2}, {"special", 2}, {"doing", 2}, {"being", 2}, {"crying", 2}, {"tidying", 3},
        {"happier", 3}, {"lovely", 2}, {"hopefully", 3}, {"someone", 2}, {"sometimes", 2},
        {"warehouse", 2}, {"safety", 2}, {"don't", 1}, {"didn't", 2}, {"part-time", 2}, {"café", 2},
        {"quality", 3}, {"autism", 3}, {"catalogue", 3}, {"argue", 2},
        {"platypus", 3}, {"Australian", 4}, {"reptilian", 4}, {"creature", 2},
        {"seemingly", 3}, {"individual", 5}, {"approximately", 5}, {"practitioner", 4}, {"facilitate", 4},
        {"16", 2}, {"35", 3}, {"100", 3}, {"10.30", 3}, {"7", 2}, {"1st", 1}, {"x", 1}};
    for (const auto& [word, syllables] : words) {
        INFO(word);
        CHECK(countSyllables(word) == syllables);
    }
}

TEST_CASE("The shipped syllable list fixes words the rules get wrong", "[core][easy-read]")
{
    CHECK(countSyllables("quiet") == 1);
    CHECK(checker().countSyllables("quiet") == 2);
    CHECK(checker().countSyllables("Quiet") == 2);
    CHECK(checker().countSyllables("everyone") == 3);
    CHECK(checker().countSyllables("idea's") == 3);
    CHECK(countSyllables("quiet", SyllableExceptions{{"quiet", 2}}) == 2);
}

TEST_CASE("Flesch scores match published examples", "[core][easy-read]")
{
    const ReadabilityScore cat = readability("The cat sat on the mat.");
    CHECK(cat.sentences == 1);
    CHECK(cat.words == 6);
    CHECK(cat.syllables == 6);
    CHECK(cat.fleschReadingEase == Approx(116.145));
    CHECK(cat.fleschKincaidGrade == Approx(-1.45));

    // Both from the Wikipedia article on the Flesch–Kincaid tests.
    const ReadabilityScore platypus =
        readability("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");
    CHECK(platypus.words == 13);
    CHECK(platypus.fleschReadingEase == Approx(24.4).margin(0.1));
    const ReadabilityScore passage =
        readability("This sentence, taken as a reading passage unto itself, is being used to prove a point.");
    CHECK(passage.words == 16);
    CHECK(passage.fleschReadingEase == Approx(69.0).margin(0.1));

    const ReadabilityScore empty = readability(" ");
    CHECK(empty.words == 0);
    CHECK(empty.fleschReadingEase == 0.0);
}

TEST_CASE("Easy read scores 80 or more and bureaucratic text under 50", "[core][easy-read]")
{
    const ReadabilityScore easy = checker().readability(
        "My name is Sam. I like animals. I am good at cleaning. I want a job with dogs. "
        "Mum says I work hard. I like a quiet place.");
    INFO(describe(easy));
    CHECK(easy.fleschReadingEase >= 80.0);
    CHECK(easy.fleschKincaidGrade <= 5.0);

    const ReadabilityScore dense = checker().readability(
        "The vocational rehabilitation practitioner will facilitate the individual's transition into "
        "sustainable employment, utilising a person-centred methodology. Stakeholders must demonstrate "
        "appropriate collaboration regarding the implementation of reasonable adjustments.");
    INFO(describe(dense));
    CHECK(dense.fleschReadingEase < 50.0);
    CHECK(dense.fleschKincaidGrade > 12.0);
}

// [SECTION] The rules

TEST_CASE("Plain sentences pass the checker", "[core][easy-read]")
{
    const std::vector<std::string> fine = {
        "I don't like it.",
        "Mum says I am good at cleaning.",
        "I work 14 hours a week.",
        "We start at 10.30am.",
        "I watch TV and that is OK.",
        "I like to do one thing at a time.",
        "No one helps me with that.",
        "One day I want to work in a café.",
        "I have a one-to-one job coach.",
        "I am a kitchen assistant.",
        "I want information about jobs.",
        "I like McDonald's and YouTube.",
        "I use Makaton signs.",
        "I like to go to the shops with my mum and dad on a Saturday.",
    };
    CHECK(countWords(fine.back()) == 15);
    for (const std::string& sentence : fine) {
        INFO(sentence);
        CHECK(problemsOf(sentence).empty());
    }
}

TEST_CASE("The ES practitioner will facilitate: three problems", "[core][easy-read]")
{
    const auto problems = checker().checkSentence("The ES practitioner will facilitate.");
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].sentence == "The ES practitioner will facilitate.");
    CHECK(problems[0].problem == "uses the abbreviation \"ES\"; say \"job coach\"");
    CHECK(problems[1].problem == "uses the word \"practitioner\"; say \"worker\"");
    CHECK(problems[2].problem == "uses the word \"facilitate\"; say \"help\"");
}

TEST_CASE("A sentence of more than 15 words is too long", "[core][easy-read]")
{
    CHECK(checker().maxWordsInSentence() == 15);
    const std::string long17 = "I like to go to the shops with my mum and my dad on a sunny day.";
    REQUIRE(countWords(long17) == 17);
    CHECK(problemsOf(long17) == Problems{"has 17 words; the most is 15"});
    CHECK(problemsOf("I like to go to the shops with my mum and dad on Saturday.").empty());
}

TEST_CASE("Hard words are found in every form, with a plain word to say", "[core][easy-read]")
{
    CHECK(problemsOf("We utilised the room.") == Problems{"uses the word \"utilised\"; say \"use\""});
    CHECK(problemsOf("Utilise it.") == Problems{"uses the word \"utilise\"; say \"use\""});
    CHECK(problemsOf("She requires help.") == Problems{"uses the word \"requires\"; say \"need\""});
    CHECK(problemsOf("Each individual’s plan.") == Problems{"uses the word \"individual\"; say \"person\""});
    CHECK(problemsOf("We commence soon.") == Problems{"uses the word \"commence\"; say \"start\""});
    CHECK(problemsOf("It takes approximately an hour.")
          == Problems{"uses the word \"approximately\"; say \"about\""});
    CHECK(problemsOf("Good outcomes matter.")
          == Problems{"uses the word \"outcomes\"; say \"what you want to happen\""});
    CHECK(problemsOf("Forms are submitted online.") == Problems{"uses the word \"submitted\"; say \"send\""});
    CHECK(problemsOf("We re-establish it.") == Problems{"uses the word \"establish\"; say \"set up\""});
    CHECK(problemsOf("Phone us prior to the visit.") == Problems{"uses the words \"prior to\"; say \"before\""});
    CHECK(problemsOf("We met prior.") == Problems{"uses the word \"prior\"; say \"before\""});
    CHECK(problemsOf("Come early in order to get a seat.") == Problems{"uses the words \"in order to\"; say \"to\""});
    CHECK(problemsOf("I keep my things in order.").empty());
}

TEST_CASE("Abbreviations and initials are found; allowed capitals are not", "[core][easy-read]")
{
    CHECK(problemsOf("Ask about PfA.") == Problems{"uses the abbreviation \"PfA\"; say \"Preparing for Adulthood\""});
    CHECK(problemsOf("Codes come from O*NET.") == Problems{"uses the abbreviation \"O*NET\""});
    CHECK(problemsOf("The ONET code.") == Problems{"uses the abbreviation \"ONET\""});
    CHECK(problemsOf("I have 2 NVQs.") == Problems{"uses the abbreviation \"NVQ\""});
    CHECK(problemsOf("Check the SOC code.") == Problems{"uses the abbreviation \"SOC\""});
    CHECK(problemsOf("The EHCP says so.")
          == Problems{"uses the abbreviation \"EHCP\"; say \"Education, Health and Care Plan\""});
    CHECK(problemsOf("Phone the DWP ASAP.") == Problems{
        "uses the abbreviation \"DWP\"; say \"Department for Work and Pensions\"",
        "uses the abbreviation \"ASAP\"; say \"as soon as you can\""});
    CHECK(problemsOf("SEN support.") == Problems{"uses the abbreviation \"SEN\"; say \"special educational needs\""});
    CHECK(problemsOf("Bring food, e.g. fruit.") == Problems{"uses the abbreviation \"e.g.\"; say \"for example\""});
    CHECK(problemsOf("Bring food, i.e. lunch.") == Problems{"uses the abbreviation \"i.e.\"; say \"that means\""});
    CHECK(problemsOf("Bring cups, plates etc.")
          == Problems{"uses the abbreviation \"etc.\"; say \"and other things\""});
    CHECK(problemsOf("Fill in the KLM form.") == Problems{"uses the abbreviation \"KLM\""});
    CHECK(problemsOf("We open at 9 a.m. each day.") == Problems{"uses the abbreviation \"a.m.\""});
    // Words that only look like initials in other cases are fine.
    CHECK(problemsOf("I send a letter to us.").empty());
    CHECK(problemsOf("I watch TV. I am OK. I like TVs.").empty());
}

TEST_CASE("Numbers written as words are found", "[core][easy-read]")
{
    CHECK(problemsOf("I work fourteen hours a week.")
          == Problems{"writes a number as a word: \"fourteen\"; use digits"});
    CHECK(problemsOf("Fourteen people came.") == Problems{"writes a number as a word: \"fourteen\"; use digits"});
    CHECK(problemsOf("I am twenty-one.") == Problems{"writes a number as a word: \"twenty-one\"; use digits"});
    CHECK(problemsOf("It takes one hour.") == Problems{"writes a number as a word: \"one\"; use digits"});
    CHECK(problemsOf("It is a one-hour job.") == Problems{"writes a number as a word: \"one-hour\"; use digits"});
    CHECK(problemsOf("About a hundred people.") == Problems{"writes a number as a word: \"hundred\"; use digits"});
    CHECK(problemsOf("I have one idea.").empty());
    CHECK(problemsOf("I work 1 hour a week.").empty());
}

TEST_CASE("Block capitals are found", "[core][easy-read]")
{
    CHECK(problemsOf("DO NOT TOUCH THIS.") == Problems{"is in block capitals"});
    CHECK(problemsOf("STOP!") == Problems{"is in block capitals"});
    CHECK(problemsOf("This is VERY important.") == Problems{"writes \"VERY\" in block capitals"});
    CHECK(problemsOf("I work PART-TIME.") == Problems{"writes \"PART-TIME\" in block capitals"});
    CHECK(problemsOf("I AM OK.") == Problems{"uses the abbreviation \"AM\""});
}

TEST_CASE("A text is checked sentence by sentence", "[core][easy-read]")
{
    const auto problems = checker().checkText("I like dogs. We utilise tools.\nThe ES team helps.");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].sentence == "We utilise tools.");
    CHECK(problems[0].problem == "uses the word \"utilise\"; say \"use\"");
    CHECK(problems[1].sentence == "The ES team helps.");
    CHECK(checker().checkText("").empty());
}

TEST_CASE("A bad word list is reported with the file, the line and what is wrong", "[core][easy-read]")
{
    CHECK(loadErrorOf(smallWordsText()).empty());
    SECTION("a hard word with nothing to say instead")
    {
        const std::string message = loadErrorOf(changed(R"(, "say": "use")", ""));
        CHECK_THAT(message, Catch::StartsWith("assets/easy_read/words.json, line 6"));
        CHECK_THAT(message, Catch::Contains("has no \"say\""));
    }
    SECTION("a hard word listed twice")
    {
        const std::string message =
            loadErrorOf(changed(R"({"word": "utilise", "say": "use"})",
                                R"({"word": "utilise", "say": "use"}, {"word": "utilise", "say": "use up"})"));
        CHECK_THAT(message, Catch::Contains("line 6, column 49"));
        CHECK_THAT(message, Catch::Contains("the hard word \"utilise\" is listed twice"));
    }
    SECTION("a hard word in capitals")
    {
        CHECK_THAT(loadErrorOf(changed(R"("word": "utilise")", R"("word": "Utilise")")),
                   Catch::Contains("should be in small letters"));
    }
    SECTION("a misspelt key")
    {
        CHECK_THAT(loadErrorOf(changed(R"("syllables")", R"("syllable")")), Catch::Contains("\"syllables\""));
    }
    SECTION("an unknown key is not dropped silently")
    {
        const std::string message =
            loadErrorOf(changed(R"("format_version": 1,)", R"("format_version": 1, "colour": 1,)"));
        CHECK_THAT(message, Catch::Contains("colour"));
    }
    SECTION("a syllable count that is not a whole number")
    {
        const std::string message = loadErrorOf(changed(R"({"quiet": 2})", R"({"quiet": "two"})"));
        CHECK_THAT(message, Catch::Contains("line 12"));
        CHECK_THAT(message, Catch::Contains("whole number from 1 to 12"));
    }
    SECTION("a number word that is not text")
    {
        CHECK_THAT(loadErrorOf(changed(R"(["two"])", R"([2])")),
                   Catch::Contains("The number word should be some text"));
    }
    SECTION("a missing file")
    {
        CHECK_THROWS_AS(EasyReadChecker::fromFile("/nonexistent/words.json"), DataError);
    }
}

// [SECTION] The shipped data

TEST_CASE("Every word of the shipped layouts passes the checker", "[core][easy-read][data]")
{
    for (const std::string id : {"vocational_profile", "one_page_profile"}) {
        INFO(id);
        const LayoutTexts texts = layoutTexts(id);
        REQUIRE(texts.summary.size() >= 30);
        CHECK(failuresOf(texts.words) == Problems{});
        CHECK(failuresOf(texts.summary) == Problems{});
        CHECK(failuresOf(texts.attributed) == Problems{});
    }
}

TEST_CASE("The summary sentences of each shipped layout read easily", "[core][easy-read][data]")
{
    for (const std::string id : {"vocational_profile", "one_page_profile"}) {
        const LayoutTexts texts = layoutTexts(id);
        const ReadabilityScore summary = checker().readability(joined(texts.summary));
        const ReadabilityScore attributed = checker().readability(joined(texts.attributed));
        INFO(id << " summary: " << describe(summary));
        INFO(id << " with attribution: " << describe(attributed));
        CHECK(summary.sentences == static_cast<int>(texts.summary.size()));
        CHECK(summary.fleschReadingEase >= 80.0);
        CHECK(summary.fleschKincaidGrade <= 5.0);
        CHECK(attributed.fleschReadingEase >= 80.0);
    }
}

TEST_CASE("Every word of the shipped job catalogue passes the checker", "[core][easy-read][data]")
{
    const Json catalogue = loadShipped("assets/jobs/catalogue.json");
    std::vector<TextToCheck> texts;
    for (const Json& sector : catalogue.at("sectors"))
        texts.push_back({"sector " + sector.at("id").get<std::string>() + " title", sector.at("title")});
    for (const Json& job : catalogue.at("jobs")) {
        const std::string where = "job " + job.at("id").get<std::string>();
        texts.push_back({where + " title", job.at("title")});
        texts.push_back({where + " description", job.at("description")});
        texts.push_back({where + " hours", job.at("hours").at("typical")});
        for (const Json& quality : job.at("qualities"))
            texts.push_back({where + " " + quality.at("card").get<std::string>(), quality.at("words")});
        for (const Json& task : job.at("tasks"))
            texts.push_back({where + " task " + task.at("id").get<std::string>(), task.at("title")});
    }
    const Json weights = loadShipped("assets/jobs/weights.json");
    texts.push_back({"weights strong_warning", weights.at("strong_warning").at("words")});
    REQUIRE(texts.size() > 1000);
    CHECK(failuresOf(texts) == Problems{});

    std::vector<TextToCheck> sentences;
    for (const TextToCheck& text : texts)
        if (text.where.find(" description") != std::string::npos || text.where.find(" places/") != std::string::npos)
            sentences.push_back(text);
    const ReadabilityScore score = checker().readability(joined(sentences));
    INFO("catalogue descriptions and qualities: " << describe(score));
    CHECK(score.fleschReadingEase >= 80.0);
}
