// [SECTION] Text helpers
// [SECTION] The fixed words
// [SECTION] Who said it
// [SECTION] Lines from answers and notes
// [SECTION] The parts
// [SECTION] The document

#include "core/summary/summary.h"

#include "core/base/asset_paths.h"
#include "core/base/easy_read.h"
#include "core/base/text.h"
#include "core/jobs/job_matching.h"
#include "core/profile/helper_picture.h"
#include "core/profile/voices.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace rightjob::core {

namespace {

// [SECTION] Text helpers

constexpr int kMaxSentenceWords = 15; // EASY_READ.md rule 2

bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// The first letter made small to go inside another sentence; "I" stays, and
// so does a word in capitals ("OK", "TV") or a letter outside ASCII.
std::string lowerFirst(std::string text)
{
    if (text.empty() || !isAsciiUpper(text[0]))
        return text;
    const bool isI = text[0] == 'I' && (text.size() == 1 || text[1] == ' ' || text[1] == '\'');
    const bool capitalsWord = text.size() > 1 && isAsciiUpper(text[1]);
    if (!isI && !capitalsWord)
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

std::string upperFirst(std::string text)
{
    if (!text.empty() && isAsciiLower(text[0]))
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// The phrase of a card the person added: its label as it would sit inside a
// sentence. "Trains" gives "trains"; a label with another capital word
// ("Arsenal Football Club") or in capitals ("TV") is a name and stays.
std::string phraseOfOwnCard(const std::string& label)
{
    const std::string text = trimmed(label);
    bool laterCapital = false;
    for (std::size_t i = 1; i < text.size(); ++i)
        if (text[i - 1] == ' ' && isAsciiUpper(text[i]))
            laterCapital = true;
    return laterCapital ? text : lowerFirst(text);
}

// "*" matches any run of characters, everything else itself.
bool globMatches(const std::string& pattern, const std::string& text)
{
    std::size_t p = 0, t = 0, starAt = std::string::npos, starText = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            starAt = p++;
            starText = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (starAt != std::string::npos) {
            p = starAt + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

// [SECTION] The fixed words

constexpr int kSummaryWordsFormatVersion = 1;

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
};

Date parseDate(const std::string& text)
{
    auto digits = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i])))
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    Date date{digits(0, 4), digits(5, 2), digits(8, 2)};
    static constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    if (!shaped || date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1
        || date.day > kDaysInMonth[date.month - 1])
        throw DataError("the summary options", {}, "The date \"" + text + "\" should be a day written like 2026-11-05.");
    return date;
}

} // namespace

std::string requireWordsPattern(JsonObjectReader& reader, const std::string& key, const std::vector<std::string>& placeholders)
{
    std::string text = reader.requireString(key);
    for (const auto& placeholder : placeholders)
        if (text.find(placeholder) == std::string::npos)
            reader.failAt(key, "\"" + key + "\" should contain " + placeholder + ".");
    return text;
}

std::vector<std::string> readWordsList(const JsonFile& file, const JsonPointer& pointer, const std::string& what)
{
    std::vector<std::string> list;
    const Json& array = file.root().at(pointer);
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (!array[i].is_string() || array[i].get<std::string>().empty())
            file.fail(pointer / i, what + " should be text, not empty.");
        list.push_back(array[i].get<std::string>());
    }
    return list;
}

SupportCardRule readCardRule(const JsonFile& file, const JsonPointer& pointer)
{
    const Json& value = file.root().at(pointer);
    const std::string shape = "should read \"section/card:answer\", like \"places/*:negative\".";
    if (!value.is_string())
        file.fail(pointer, "A card rule " + shape);
    const std::string text = value.get<std::string>();
    const auto slash = text.find('/');
    const auto colon = text.rfind(':');
    if (slash == std::string::npos || colon == std::string::npos || colon < slash || slash == 0 || colon == slash + 1)
        file.fail(pointer, "The card rule \"" + text + "\" " + shape);
    SupportCardRule rule;
    rule.section = text.substr(0, slash);
    rule.cardPattern = text.substr(slash + 1, colon - slash - 1);
    const auto answer = answerValueFromName(text.substr(colon + 1));
    if (!answer)
        file.fail(pointer, "The card rule \"" + text + "\" should end with :positive, :middle or :negative.");
    if (!isValidId(rule.section))
        file.fail(pointer, "The card rule \"" + text + "\" should start with a section id.");
    rule.answer = *answer;
    return rule;
}

bool SupportCardRule::matches(const std::string& sectionId, const std::string& cardId, AnswerValue value) const
{
    return value == answer && sectionId == section && globMatches(cardPattern, cardId);
}

SummaryWords readSummaryWords(const JsonFile& file)
{
    JsonObjectReader reader(file, JsonPointer(""), "The summary words");
    if (reader.requireString("format") != "rightjob-summary-words")
        reader.failAt("format", "\"format\" should be \"rightjob-summary-words\".");
    if (reader.requireInteger("format_version") != kSummaryWordsFormatVersion)
        reader.failAt("format_version", "\"format_version\" should be 1.");

    SummaryWords words;
    words.fileName = file.fileName();
    words.language = reader.requireString("language");
    words.documentTitle = requireWordsPattern(reader, "document_title", {"{title}", "{name}"});
    words.pageNumber = requireWordsPattern(reader, "page_number", {"{page}", "{pages}"});

    {
        JsonObjectReader cover(file, reader.requireObject("cover"), "The cover");
        words.aboutSentence = requireWordsPattern(cover, "about", {"{name}"});
        words.callMeSentence = requireWordsPattern(cover, "call_me", {"{name}"});
        words.madeOnSentence = requireWordsPattern(cover, "made_on", {"{date}"});
        words.datePattern = requireWordsPattern(cover, "date", {"{day}", "{month}", "{year}"});
        const JsonPointer monthsPointer = cover.requireArray("months");
        const std::vector<std::string> months = readWordsList(file, monthsPointer, "A month");
        if (months.size() != 12)
            cover.failAt("months", "\"months\" should name the 12 months, January first.");
        std::copy(months.begin(), months.end(), words.months.begin());
        words.helpersHeading = cover.requireString("helpers_heading");
        words.helperSentence = requireWordsPattern(cover, "helper", {"{name}", "{role}"});
        words.helperWithoutRoleSentence = requireWordsPattern(cover, "helper_without_role", {"{name}"});
        words.personSymbol = cover.requireString("person_symbol");
        words.dateSymbol = cover.requireString("date_symbol");
        words.helpersSymbol = cover.requireString("helpers_symbol");
        cover.finish();
    }
    {
        JsonObjectReader contents(file, reader.requireObject("contents"), "The contents");
        words.contentsTitle = contents.requireString("title");
        words.contentsSymbol = contents.requireString("symbol");
        words.contentsEmpty = contents.requireString("empty");
        contents.finish();
    }
    // Family roles moved to the layout's "attribution" (one wording of who
    // said what, for the summary and the matcher alike); older files may
    // still list them here, and they are read and left unused.
    if (reader.has("family_roles"))
        readWordsList(file, reader.requireArray("family_roles"), "A family role");
    {
        JsonObjectReader notes(file, reader.requireObject("notes"), "The notes");
        words.noteByPerson = requireWordsPattern(notes, "person", {"{note}"});
        words.noteBySupporter = requireWordsPattern(notes, "supporter", {"{who}", "{note}"});
        words.noteByObserver = requireWordsPattern(notes, "observer", {"{who}", "{note}"});
        words.otherNotesHeading = notes.requireString("other_notes_heading");
        notes.finish();
    }
    {
        JsonObjectReader support(file, reader.requireObject("support"), "The support part");
        words.supportTitle = support.requireString("title");
        words.supportSymbol = support.requireString("symbol");
        const JsonPointer groupsPointer = support.requireArray("groups");
        const Json& groups = file.root().at(groupsPointer);
        for (std::size_t i = 0; i < groups.size(); ++i) {
            JsonObjectReader groupReader(file, groupsPointer / i, "The support group");
            SupportGroupWords group;
            group.heading = groupReader.requireString("heading");
            group.symbol = groupReader.requireString("symbol");
            const JsonPointer cardsPointer = groupReader.requireArray("cards");
            const Json& cards = file.root().at(cardsPointer);
            for (std::size_t c = 0; c < cards.size(); ++c)
                group.rules.push_back(readCardRule(file, cardsPointer / c));
            groupReader.finish();
            words.supportGroups.push_back(std::move(group));
        }
        support.finish();
    }
    {
        JsonObjectReader jobs(file, reader.requireObject("jobs"), "The jobs part");
        words.jobsTitle = jobs.requireString("title");
        words.jobsMaybeTitle = jobs.requireString("maybe_title");
        words.jobsNoneTitle = jobs.requireString("none_title");
        words.jobsNeedMoreTitle = jobs.requireString("need_more_title");
        words.jobsSymbol = jobs.requireString("symbol");
        jobs.finish();
    }
    {
        JsonObjectReader own(file, reader.requireObject("own_cards"), "The own cards");
        words.ownCardSentence = requireWordsPattern(own, "sentence", {"{label}", "{answer}"});
        words.ownCardNounScales = readWordsList(file, own.requireArray("noun_scales"), "A scale");
        own.finish();
    }
    {
        JsonObjectReader board(file, reader.requireObject("board"), "The board");
        words.boardName = board.requireString("name");
        words.boardNameButton = requireWordsPattern(board, "name_button", {"{name}"});
        board.finish();
    }
    reader.finish();
    return words;
}

SummaryWords loadSummaryWords(const std::string& path)
{
    return readSummaryWords(JsonFile::load(path));
}

SummaryWords SummaryWords::shipped(const std::string& language)
{
    return loadSummaryWords(assetPath("assets/summary/" + language + ".json"));
}

std::string summaryDateWords(const std::string& madeOn, const SummaryWords& words)
{
    const Date date = parseDate(madeOn);
    std::string text = replaced(words.datePattern, "{day}", std::to_string(date.day));
    text = replaced(text, "{month}", words.months[static_cast<std::size_t>(date.month - 1)]);
    return replaced(text, "{year}", std::to_string(date.year));
}

std::string cardPhrase(const CardView& card)
{
    return card.isOwnCard ? phraseOfOwnCard(card.phrase) : card.phrase;
}

namespace {

// [SECTION] Who said it

// Says who gave answers and notes, the same way everywhere in one summary,
// with the one wording of who said what (core/profile/voices.h).
class Voices {
public:
    Voices(const Profile& profile, const Layout& layout, const SummaryWords& words)
        : m_profile(profile), m_layout(layout), m_words(words)
    {
    }

    // A sentence as the giver said it: the person's as it is, anyone
    // else's through the layout's attribution pattern.
    std::string said(const std::string& sentence, const std::string& giver) const
    {
        return saidBy(m_profile, m_layout.attribution, giver, sentence);
    }

    // A note as the giver gave it: "Mum says: He walks our dog."
    std::string note(const std::string& text, const std::string& giver) const
    {
        if (giver == kPersonGiver)
            return replaced(m_words.noteByPerson, "{note}", text);
        const Contributor* contributor = m_profile.findContributor(giver);
        if (!contributor)
            return replaced(m_words.noteByPerson, "{note}", text);
        const std::string& pattern
            = contributor->kind == ContributorKind::Observer ? m_words.noteByObserver : m_words.noteBySupporter;
        const std::string withNote = replaced(pattern, "{note}", text);
        const std::string who = giverWord(m_profile, m_layout.attribution, giver);
        std::string result = replaced(withNote, "{who}", who);
        const auto space = who.find(' ');
        if (countWords(result) > kMaxSentenceWords && space != std::string::npos)
            result = replaced(withNote, "{who}", who.substr(0, space));
        return result;
    }

private:
    const Profile& m_profile;
    const Layout& m_layout;
    const SummaryWords& m_words;
};

// [SECTION] Lines from answers and notes

SummaryPicture cardPicture(const CardView& card)
{
    SummaryPicture picture;
    picture.altText = trimmed(card.label);
    if (!card.photo.empty()) {
        picture.kind = PictureKind::Photo;
        picture.photo = card.photo;
        picture.symbol = card.symbol; // used when the photo cannot be shown
    } else if (!card.symbol.empty()) {
        picture.kind = PictureKind::Symbol;
        picture.symbol = card.symbol;
    }
    return picture;
}

SummaryPicture symbolPicture(const std::string& symbol, const std::string& altText = "")
{
    SummaryPicture picture;
    if (!symbol.empty()) {
        picture.kind = PictureKind::Symbol;
        picture.symbol = symbol;
    }
    picture.altText = altText;
    return picture;
}

// Everyone who may have answered, the person first, then the contributors
// in the order the profile lists them.
std::vector<std::string> giversInOrder(const Profile& profile)
{
    std::vector<std::string> givers{kPersonGiver};
    for (const auto& contributor : profile.contributors)
        givers.push_back(contributor.id);
    return givers;
}

// The lines one card gives: at most one for each answer value.
struct CardLines {
    std::array<std::optional<SummaryLine>, 3> byValue;
    std::vector<SummaryNote> unplacedNotes; // notes of a card nobody answered
};

class LineMaker {
public:
    LineMaker(const Profile& shared, const Layout& layout, const SummaryWords& words)
        : m_profile(shared), m_layout(layout), m_words(words), m_voices(shared, layout, words),
          m_givers(giversInOrder(shared))
    {
    }


    // The sentence the scale says for a card and an answer, as its giver said it.
    std::string answerSentence(const Scale& scale, const CardView& card, AnswerValue value, const std::string& giver) const
    {
        // A card the person added has no phrase made to fit the scale's
        // sentence ("I {phrase}." would give "I happy with food."): outside
        // the scales whose sentences take any thing's name, it is said as
        // its words and the answer, with who said it inside the answer:
        // "Happy with food. That is me.", "Noise. Mum says that is not me.".
        // When a supporter said which layout card of the same section it is
        // like, the answer is that card's sentence: "Loud hand dryers. A job
        // in a noisy place is not good for me.", or that sentence alone when
        // the words are the same: "Mum says I do not talk on the phone."
        const auto& nouns = m_words.ownCardNounScales;
        if (card.isOwnCard && std::find(nouns.begin(), nouns.end(), scale.id) == nouns.end()) {
            const std::string label = upperFirst(trimmed(card.label));
            std::string answer = m_voices.said(scale.answer(value).words, giver);
            if (const CardDefinition* meant = meaningOf(card)) {
                const std::string sentence
                    = m_voices.said(replaced(scale.answer(value).sentence, "{phrase}", meant->phrase), giver);
                if (lowerCase(label) == lowerCase(trimmed(meant->label)))
                    return sentence;
                answer = sentence;
                while (!answer.empty() && (answer.back() == '.' || answer.back() == ' '))
                    answer.pop_back();
            }
            return replaced(replaced(m_words.ownCardSentence, "{label}", label), "{answer}", answer);
        }
        const std::string phrase = cardPhrase(card);
        return m_voices.said(replaced(scale.answer(value).sentence, "{phrase}", phrase), giver);
    }

    // The card's lines with their notes (withNotes), or without.
    enum class Notes { With, Without };
    CardLines linesFor(const SectionDefinition& section, const CardView& card, Notes notes) const
    {
        CardLines result;
        const std::string key = cardKey(section.id, card.id);
        const CardRecord* record = m_profile.findCard(key);
        if (!record)
            return result;
        const Scale& scale = m_layout.scaleFor(section);
        for (const std::string& giver : m_givers) {
            const auto answer = m_profile.latestAnswer(key, giver);
            if (!answer)
                continue;
            auto& slot = result.byValue[static_cast<int>(answer->value)];
            if (slot) {
                slot->source.alsoGivenBy.push_back(giver);
                continue;
            }
            SummaryLine line;
            line.picture = cardPicture(card);
            line.text = answerSentence(scale, card, answer->value, giver);
            line.source.kind = SourceKind::Answer;
            line.source.sectionId = section.id;
            line.source.cardKey = key;
            line.source.giver = giver;
            line.source.answer = answer->value;
            slot = std::move(line);
        }
        if (notes == Notes::Without)
            return result;
        for (std::size_t i = 0; i < record->notes.size(); ++i) {
            const Note& note = record->notes[i];
            const std::string text = trimmed(note.text);
            if (text.empty())
                continue;
            SummaryNote summaryNote;
            summaryNote.text = m_voices.note(text, note.by);
            summaryNote.source.kind = SourceKind::Note;
            summaryNote.source.sectionId = section.id;
            summaryNote.source.cardKey = key;
            summaryNote.source.giver = note.by;
            summaryNote.source.noteIndex = static_cast<int>(i);
            if (SummaryLine* line = lineForNote(result, note.by))
                line->notes.push_back(std::move(summaryNote));
            else
                result.unplacedNotes.push_back(std::move(summaryNote));
        }
        return result;
    }

private:
    // The layout card of the same section that a supporter said an own card
    // is like, when it has a phrase; nullptr otherwise.
    const CardDefinition* meaningOf(const CardView& card) const
    {
        for (const OwnCard& own : m_profile.ownCards) {
            if (own.section != card.sectionId || own.id != card.id)
                continue;
            const auto slash = own.means.find('/');
            if (slash == std::string::npos || own.means.compare(0, slash, card.sectionId) != 0)
                return nullptr;
            const CardDefinition* meant = m_layout.findCard(card.sectionId, own.means.substr(slash + 1));
            return meant && !trimmed(meant->phrase).empty() ? meant : nullptr;
        }
        return nullptr;
    }

    static std::string lowerCase(std::string text)
    {
        for (char& c : text)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    }

    // The line of the note's giver, else the card's first line in reading order.
    static SummaryLine* lineForNote(CardLines& lines, const std::string& giver)
    {
        for (auto& slot : lines.byValue) {
            if (!slot)
                continue;
            const auto& also = slot->source.alsoGivenBy;
            if (slot->source.giver == giver || std::find(also.begin(), also.end(), giver) != also.end())
                return &*slot;
        }
        for (auto& slot : lines.byValue)
            if (slot)
                return &*slot;
        return nullptr;
    }

    const Profile& m_profile;
    const Layout& m_layout;
    const SummaryWords& m_words;
    Voices m_voices;
    std::vector<std::string> m_givers;
};

// [SECTION] The parts

SummaryPart makeCover(const Profile& shared, const Layout& layout, const SummaryOptions& options)
{
    const SummaryWords& words = options.words;
    SummaryPart cover;
    cover.kind = PartKind::Cover;
    cover.id = "cover";
    cover.title = layout.title;
    cover.source.kind = SourceKind::LayoutTitle;

    const std::string name = trimmed(shared.person.name);
    const std::string shown = trimmed(shared.person.shownName());
    SummaryLine about;
    about.text = replaced(words.aboutSentence, "{name}", name);
    if (countWords(about.text) > kMaxSentenceWords)
        about.text = replaced(words.aboutSentence, "{name}", shown);
    if (!shared.person.photo.empty()) {
        about.picture.kind = PictureKind::Photo;
        about.picture.photo = shared.person.photo;
        about.picture.symbol = words.personSymbol;
        about.picture.altText = shown;
    } else {
        about.picture = symbolPicture(words.personSymbol);
    }
    about.source.kind = SourceKind::Person;
    about.source.giver = kPersonGiver;
    cover.lines.push_back(std::move(about));

    const std::string firstWord = name.substr(0, name.find(' '));
    if (!trimmed(shared.person.preferredName).empty() && trimmed(shared.person.preferredName) != firstWord) {
        SummaryLine callMe;
        callMe.text = replaced(words.callMeSentence, "{name}", trimmed(shared.person.preferredName));
        callMe.picture = symbolPicture("speaking-head");
        callMe.source.kind = SourceKind::Person;
        callMe.source.giver = kPersonGiver;
        cover.lines.push_back(std::move(callMe));
    }

    SummaryLine madeOn;
    madeOn.text = replaced(words.madeOnSentence, "{date}", summaryDateWords(options.madeOn, words));
    madeOn.picture = symbolPicture(words.dateSymbol);
    madeOn.source.kind = SourceKind::SummaryDate;
    cover.lines.push_back(std::move(madeOn));

    if (!shared.contributors.empty()) {
        SummaryGroup helpers;
        helpers.heading = words.helpersHeading;
        helpers.picture = symbolPicture(words.helpersSymbol);
        helpers.source.kind = SourceKind::FixedWords;
        for (const auto& contributor : shared.contributors) {
            SummaryLine line;
            const std::string role = trimmed(contributor.role);
            const std::string who = trimmed(contributor.name).empty() ? upperFirst(role) : trimmed(contributor.name);
            if (role.empty() || trimmed(contributor.name).empty())
                line.text = replaced(words.helperWithoutRoleSentence, "{name}", who);
            else
                line.text = replaced(replaced(words.helperSentence, "{role}", lowerFirst(role)), "{name}", who);
            // A picture of the role (a cook for "Chef"), else a plain person:
            // never one that reads as something else, as "eyes" did.
            line.picture = symbolPicture(helperPicture(role));
            line.source.kind = SourceKind::Contributor;
            line.source.giver = contributor.id;
            helpers.lines.push_back(std::move(line));
        }
        cover.groups.push_back(std::move(helpers));
    }
    return cover;
}

std::optional<SummaryPart> makeSectionPart(const Profile& shared, const Layout& layout, const SummaryWords& words,
                                           const SectionDefinition& section, const LineMaker& maker)
{
    const Scale& scale = layout.scaleFor(section);
    std::array<SummaryGroup, 3> groups;
    for (int value = 0; value < 3; ++value) {
        const ScaleAnswer& answer = scale.answers[static_cast<std::size_t>(value)];
        groups[static_cast<std::size_t>(value)].heading = answer.words;
        groups[static_cast<std::size_t>(value)].picture = symbolPicture(answer.symbol);
        groups[static_cast<std::size_t>(value)].source.kind = SourceKind::ScaleAnswer;
        groups[static_cast<std::size_t>(value)].source.sectionId = section.id;
        groups[static_cast<std::size_t>(value)].source.answer = answer.value;
    }
    SummaryGroup otherNotes;
    otherNotes.heading = words.otherNotesHeading;
    otherNotes.picture = symbolPicture("speech-balloon");
    otherNotes.source.kind = SourceKind::FixedWords;

    for (const CardView& card : sectionCards(layout, shared, section.id)) {
        CardLines lines = maker.linesFor(section, card, LineMaker::Notes::With);
        for (std::size_t value = 0; value < 3; ++value)
            if (lines.byValue[value])
                groups[value].lines.push_back(std::move(*lines.byValue[value]));
        for (auto& note : lines.unplacedNotes) {
            SummaryLine line;
            line.picture = cardPicture(card);
            line.text = std::move(note.text);
            line.source = std::move(note.source);
            otherNotes.lines.push_back(std::move(line));
        }
    }

    SummaryPart part;
    part.kind = PartKind::Section;
    part.id = section.id;
    part.title = section.title;
    part.picture = symbolPicture(section.symbol);
    part.source.kind = SourceKind::Section;
    part.source.sectionId = section.id;
    for (auto& group : groups)
        if (!group.lines.empty())
            part.groups.push_back(std::move(group));
    if (!otherNotes.lines.empty())
        part.groups.push_back(std::move(otherNotes));
    if (part.groups.empty())
        return std::nullopt;
    return part;
}

std::optional<SummaryPart> makeSupportPart(const Profile& shared, const Layout& layout, const SummaryWords& words)
{
    SummaryPart part;
    part.kind = PartKind::Support;
    part.id = "support";
    part.title = words.supportTitle;
    part.picture = symbolPicture(words.supportSymbol);
    part.source.kind = SourceKind::FixedWords;

    std::set<std::pair<std::string, int>> used; // each card and answer once in the part
    for (const SupportGroupWords& groupWords : words.supportGroups) {
        SummaryGroup group;
        group.heading = groupWords.heading;
        group.picture = symbolPicture(groupWords.symbol);
        group.source.kind = SourceKind::FixedWords;
        for (SummaryLine& line : linesForCardRules(shared, layout, words, groupWords.rules))
            if (used.insert({line.source.cardKey, static_cast<int>(*line.source.answer)}).second)
                group.lines.push_back(std::move(line));
        if (!group.lines.empty())
            part.groups.push_back(std::move(group));
    }
    if (part.groups.empty())
        return std::nullopt;
    return part;
}

// The card a catalogue key names, as shown in its section.
std::optional<CardView> findCardView(const Layout& layout, const Profile& shared, const std::string& key)
{
    const auto slash = key.find('/');
    if (slash == std::string::npos)
        return std::nullopt;
    const std::string sectionId = key.substr(0, slash);
    const std::string cardId = key.substr(slash + 1);
    for (CardView& card : sectionCards(layout, shared, sectionId))
        if (card.id == cardId)
            return std::move(card);
    return std::nullopt;
}

SummaryLine jobLine(std::string text, const std::string& symbol, SourceKind kind, const std::string& jobId,
                    const MatchNote* note = nullptr)
{
    SummaryLine line;
    line.text = std::move(text);
    line.picture = symbolPicture(symbol);
    line.source.kind = kind;
    line.source.jobId = jobId;
    if (note) {
        line.source.sectionId = note->cardKey.substr(0, note->cardKey.find('/'));
        line.source.cardKey = note->cardKey;
        line.source.giver = note->giver;
        line.source.answer = note->answer;
    }
    return line;
}

// "Good jobs for me": the jobs screen's list, the same words. Each job says
// how well it fits and how sure we are, every warning (with who said it),
// its best reasons in the person's own words, what to think about, and the
// carved job. A profile that says too little gets "We need to know more"
// and the parts to do next instead of any job.
std::optional<SummaryPart> makeJobsPart(const Profile& shared, const Layout& layout, const SummaryOptions& options,
                                        const LineMaker& maker)
{
    if (!options.catalogue || !options.weights || options.maxJobs == 0)
        return std::nullopt;
    const SummaryWords& words = options.words;
    const MatchWeights& weights = *options.weights;
    const MatchReadiness readiness = matchReadiness(shared, layout, weights);

    SummaryPart part;
    part.kind = PartKind::Jobs;
    part.id = "jobs";
    part.picture = symbolPicture(words.jobsSymbol);
    part.source.kind = SourceKind::FixedWords;
    if (!readiness.enough) {
        part.title = words.jobsNeedMoreTitle;
        for (std::size_t i = 0; i < readiness.sentences.size(); ++i) {
            SummaryLine line = jobLine(readiness.sentences[i], "thinking-face", SourceKind::NeedMore, "");
            if (i > 0) {
                const SectionDefinition* section = layout.findSection(readiness.sectionsToDo[i - 1]);
                line.picture = symbolPicture(section->symbol);
                line.source.sectionId = section->id;
            }
            part.lines.push_back(std::move(line));
        }
        return part;
    }

    const auto results = matchPerson(shared, layout, *options.catalogue, {}, weights, options.maxJobs);
    // The title says what the list is, as the jobs screen's top bar does.
    switch (matchListKind(readiness, results)) {
    case MatchListKind::Good: part.title = words.jobsTitle; break;
    case MatchListKind::Maybe: part.title = words.jobsMaybeTitle; break;
    case MatchListKind::NoneFits: part.title = words.jobsNoneTitle; break;
    case MatchListKind::NeedMore: part.title = words.jobsNeedMoreTitle; break;
    }
    for (const MatchResult& result : results) {
        if (result.band == FitBand::Poor)
            break;
        SummaryGroup group;
        group.heading = result.title;
        group.picture = symbolPicture(result.symbol);
        group.source.kind = SourceKind::Job;
        group.source.jobId = result.id;
        group.lines.push_back(jobLine(matchStandingWords(result), "bar-chart", SourceKind::MatchStanding, result.id));
        for (const MatchNote& note : result.warnings)
            if (readerMaySee(options.reader, note.sharing))
                group.lines.push_back(jobLine(note.text, note.kind == NoteKind::Disagree ? "people-dialogue" : "warning",
                                              SourceKind::MatchWarning, result.id, &note));
        // Reasons in the person's own words: "I like cooking.", "Mum says I
        // am good at polishing."; "It is not noisy." only to make up the number.
        std::vector<const MatchNote*> reasons;
        for (int round = 0; round < 2; ++round)
            for (const MatchNote& note : result.reasons) {
                const bool avoids = note.kind == NoteKind::AvoidsHardPlace;
                if (readerMaySee(options.reader, note.sharing) && (round == 1) == avoids)
                    reasons.push_back(&note);
            }
        std::size_t reasonLines = 0;
        for (const MatchNote* note : reasons) {
            if (reasonLines >= options.maxReasonsPerJob)
                break;
            const CardRecord* record = shared.findCard(note->cardKey);
            const auto card = findCardView(layout, shared, note->cardKey);
            if (!record || !card)
                continue;
            const SectionDefinition* section = layout.findSection(card->sectionId);
            SummaryLine line;
            line.picture = cardPicture(*card);
            if (note->kind == NoteKind::AvoidsHardPlace) {
                const PlaceWords* placeWords = options.catalogue->findPlaceWords(note->aboutCard);
                if (!placeWords || !note->level)
                    continue;
                line.text = placeWords->forLevel(*note->level);
            } else {
                line.text = maker.answerSentence(layout.scaleFor(*section), *card, note->answer, note->giver);
            }
            line.source.kind = SourceKind::MatchReason;
            line.source.sectionId = card->sectionId;
            line.source.cardKey = note->cardKey;
            line.source.giver = note->giver;
            line.source.answer = note->answer;
            line.source.jobId = result.id;
            group.lines.push_back(std::move(line));
            ++reasonLines;
        }
        for (const MatchNote& note : result.thinkAbout)
            if (readerMaySee(options.reader, note.sharing))
                group.lines.push_back(jobLine(note.text, "thinking-face", SourceKind::MatchThinkAbout, result.id, &note));
        if (result.carving) {
            if (!result.carved)
                group.lines.push_back(jobLine(weights.carvedIntroSentence, "scissors", SourceKind::CarvedJob, result.id));
            for (const std::string& sentence : result.carving->sentences)
                group.lines.push_back(jobLine(sentence, "scissors", SourceKind::CarvedJob, result.id));
        }
        part.groups.push_back(std::move(group));
    }
    if (part.groups.empty())
        part.lines.push_back(jobLine(weights.noneHeading, "thinking-face", SourceKind::FixedWords, ""));
    return part;
}

SummaryPart makeContents(const std::vector<SummaryPart>& partsAfter, const SummaryWords& words)
{
    SummaryPart contents;
    contents.kind = PartKind::Contents;
    contents.id = "contents";
    contents.title = words.contentsTitle;
    contents.picture = symbolPicture(words.contentsSymbol);
    contents.source.kind = SourceKind::FixedWords;
    for (const SummaryPart& part : partsAfter) {
        SummaryLine line;
        line.picture = part.picture;
        line.text = part.title;
        line.source = part.source;
        contents.lines.push_back(std::move(line));
    }
    if (partsAfter.empty()) {
        SummaryLine line;
        line.text = words.contentsEmpty;
        line.source.kind = SourceKind::FixedWords;
        contents.lines.push_back(std::move(line));
    }
    return contents;
}

void addLineSentences(const SummaryLine& line, std::vector<std::string>& sentences)
{
    sentences.push_back(line.text);
    for (const SummaryNote& note : line.notes)
        sentences.push_back(note.text);
}

} // namespace

// [SECTION] The document

SummaryDocument makeSummary(const Profile& profile, const Layout& layout, const SummaryOptions& options)
{
    const Profile shared = profileForReader(profile, options.reader);
    const LineMaker maker(shared, layout, options.words);

    SummaryDocument document;
    document.reader = options.reader;
    document.language = layout.language;
    document.title = layout.title;
    document.personName = trimmed(shared.person.name);
    document.shownName = trimmed(shared.person.shownName());
    document.documentTitle
        = replaced(replaced(options.words.documentTitle, "{title}", layout.title), "{name}", document.personName);
    document.madeOn = options.madeOn;
    document.pageNumber = options.words.pageNumber;

    SummaryPart cover = makeCover(shared, layout, options);
    std::vector<SummaryPart> body;
    for (const SectionDefinition& section : layout.sections)
        if (auto part = makeSectionPart(shared, layout, options.words, section, maker))
            body.push_back(std::move(*part));
    if (auto support = makeSupportPart(shared, layout, options.words))
        body.push_back(std::move(*support));
    if (auto jobs = makeJobsPart(shared, layout, options, maker))
        body.push_back(std::move(*jobs));

    document.parts.push_back(std::move(cover));
    document.parts.push_back(makeContents(body, options.words));
    for (auto& part : body)
        document.parts.push_back(std::move(part));
    return document;
}

std::vector<SummaryLine> linesForCardRules(const Profile& shared, const Layout& layout, const SummaryWords& words,
                                           const std::vector<SupportCardRule>& rules)
{
    const LineMaker maker(shared, layout, words);
    std::vector<SummaryLine> lines;
    std::set<std::pair<std::string, int>> used;
    for (const SupportCardRule& rule : rules) {
        const SectionDefinition* section = layout.findSection(rule.section);
        if (!section)
            continue;
        for (const CardView& card : sectionCards(layout, shared, section->id)) {
            if (!rule.matches(section->id, card.id, rule.answer))
                continue;
            CardLines cardLines = maker.linesFor(*section, card, LineMaker::Notes::Without);
            auto& slot = cardLines.byValue[static_cast<int>(rule.answer)];
            if (!slot || !used.insert({slot->source.cardKey, static_cast<int>(rule.answer)}).second)
                continue;
            lines.push_back(std::move(*slot));
        }
    }
    return lines;
}

SummaryPicture summarySymbol(const std::string& symbol, const std::string& altText)
{
    return symbolPicture(symbol, altText);
}

std::string fillPlaceholder(std::string text, const std::string& placeholder, const std::string& value)
{
    return replaced(std::move(text), placeholder, value);
}

std::vector<std::string> summarySentences(const SummaryDocument& document)
{
    std::vector<std::string> sentences;
    for (const SummaryPart& part : document.parts) {
        sentences.push_back(part.title);
        for (const SummaryLine& line : part.lines)
            addLineSentences(line, sentences);
        for (const SummaryGroup& group : part.groups) {
            sentences.push_back(group.heading);
            for (const SummaryLine& line : group.lines)
                addLineSentences(line, sentences);
        }
    }
    return sentences;
}

} // namespace rightjob::core
