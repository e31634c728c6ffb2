// The easy-read summary "All about me and work", made from a profile as one
// document: a cover, "What is in this summary", a part for each section,
// "How to support me at work" and "Good jobs for me". Every exporter (text,
// HTML, PDF, audio) writes this one document, so all of them say the same
// words in the same order. Sentences come from the layout's patterns, fixed
// words from assets/summary/<language>.json (see its README.md); cards marked
// "not for sharing" never appear, and every line records where it came from.
#pragma once

#include "core/jobs/job_catalogue.h"
#include "core/base/file_system.h"
#include "core/base/json_file.h"
#include "core/profile/layout.h"
#include "core/profile/profile.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::core {

// [SECTION] The fixed words

// Picks lines for a group of "How to support me at work": the cards of one
// section whose id matches cardPattern ("*" stands for any letters), with
// one answer. Written in the words file as "feelings/*_helps:positive".
struct SupportCardRule {
    std::string section;
    std::string cardPattern;
    AnswerValue answer = AnswerValue::Positive;

    // Whether the rule takes this card with this answer.
    bool matches(const std::string& sectionId, const std::string& cardId, AnswerValue value) const;
};

// One group of "How to support me at work": its heading, picture and rules.
struct SupportGroupWords {
    std::string heading; // "What helps me"
    std::string symbol;
    std::vector<SupportCardRule> rules;
};

// The words of a summary that are not in the layout: part titles, cover
// lines, the note patterns, which roles are family words, and the rules of
// "How to support me at work". One file for each language.
struct SummaryWords {
    std::string fileName;
    std::string language;      // "en-GB"
    std::string documentTitle; // "{title}: {name}", for the HTML title and PDF metadata
    std::string pageNumber;    // "Page {page} of {pages}", at the foot of printed pages

    std::string aboutSentence;             // "This is about {name}."
    std::string callMeSentence;            // "Please call me {name}."
    std::string madeOnSentence;            // "Made on {date}."
    std::string datePattern;               // "{day} {month} {year}"
    std::array<std::string, 12> months;    // "January" …
    std::string helpersHeading;            // "People who helped"
    std::string helperSentence;            // "{name} is my {role}."
    std::string helperWithoutRoleSentence; // "{name} helped me."
    std::string personSymbol;
    std::string dateSymbol;
    std::string helpersSymbol;

    std::string contentsTitle; // "What is in this summary"
    std::string contentsSymbol;
    std::string contentsEmpty; // said when there is nothing after the contents

    std::string noteByPerson;      // "{note}"
    std::string noteBySupporter;   // "{who} says: {note}"
    std::string noteByObserver;    // "{who} saw: {note}"
    std::string otherNotesHeading; // notes on cards with no answer

    std::string supportTitle; // "How to support me at work"
    std::string supportSymbol;
    std::vector<SupportGroupWords> supportGroups;

    std::string jobsTitle;         // "Good jobs for me", when at least one job is good
    std::string jobsMaybeTitle;    // "Jobs that might suit me", when none is good yet
    std::string jobsNoneTitle;     // "No good jobs for me yet", when no job fits at all
    std::string jobsNeedMoreTitle; // "Jobs for me: we need to know more", when the profile says too little
    std::string jobsSymbol;

    // How a card the person added is said where the scale's sentence needs a
    // phrase made for it: "{label}. {answer}." gives "Happy with food. That
    // is me."; the scales whose sentences take any thing's name keep them.
    std::string ownCardSentence;
    std::vector<std::string> ownCardNounScales; // "like", "good_at", "tried", "help_from"

    std::string boardName;       // "All about me", the Open Board Format board
    std::string boardNameButton; // "My name is {name}."

    // The shipped words for a language: assetPath("assets/summary/<language>.json").
    // Throws DataError with the file, line and what is wrong.
    static SummaryWords shipped(const std::string& language);
};

// Reads summary words from parsed JSON. Throws DataError with the line for
// missing or unknown keys, wrong types, patterns without their placeholders
// and support rules that do not read "section/card:answer".
SummaryWords readSummaryWords(const JsonFile& file);

// Helpers for words files (this one and assets/pages/): a string holding
// every placeholder, a list of non-empty strings, and a card rule written
// "section/card:answer". Each throws DataError at the place.
std::string requireWordsPattern(JsonObjectReader& reader, const std::string& key,
                                const std::vector<std::string>& placeholders);
std::vector<std::string> readWordsList(const JsonFile& file, const JsonPointer& pointer, const std::string& what);
SupportCardRule readCardRule(const JsonFile& file, const JsonPointer& pointer);

// Reads a summary words file. Throws DataError.
SummaryWords loadSummaryWords(const std::string& path);

// [SECTION] The document

// What a picture is: a symbol from symbols/, a photo in the person's folder, or none.
enum class PictureKind { None, Symbol, Photo };

// The picture on the left of a line, with its text alternative.
struct SummaryPicture {
    PictureKind kind = PictureKind::None;
    std::string symbol;  // a symbol id, for Symbol
    std::string photo;   // a path inside the person's folder, for Photo
    std::string altText; // "Cooking"; empty for a picture that only decorates
};

// What a piece of the summary was made from.
enum class SourceKind {
    LayoutTitle,  // the layout's title
    Person,       // the person's name
    SummaryDate,  // the date given in SummaryOptions
    FixedWords,   // a title or heading from the summary words
    Contributor,  // a contributor: giver is their id
    Section,      // a section's title: sectionId
    ScaleAnswer,  // a group heading from a scale's answer words: sectionId, answer
    Answer,       // an answer: cardKey, giver, answer
    Note,         // a note: cardKey, giver, noteIndex
    Job,          // a job of the catalogue: jobId
    MatchReason,  // a reason for a job: jobId, cardKey, giver, answer
    MatchStanding,  // how well a job fits and how sure we are: jobId
    MatchWarning,   // a strong warning on a job: jobId, cardKey, giver, answer
    MatchThinkAbout, // something to think about: jobId, cardKey, giver, answer
    CarvedJob,      // the carved job: jobId
    NeedMore,       // "We need to know more about you first", and the sections to do next: sectionId
};

// Where one piece of the summary came from, so tests (and people) can trace
// every word back to the profile, the layout or the words file.
struct SummarySource {
    SourceKind kind = SourceKind::FixedWords;
    std::string sectionId;
    std::string cardKey;                  // "likes/animals"
    std::string giver;                    // "person" or a contributor id
    std::optional<AnswerValue> answer;
    int noteIndex = -1;                   // in the card's notes
    std::string jobId;
    std::vector<std::string> alsoGivenBy; // others whose latest answer is the same
};

// A note someone gave on a card, said under the card's line.
struct SummaryNote {
    std::string text; // "Mum says: He walks our dog every morning."
    SummarySource source;
};

// One idea: a picture on the left and a short sentence on the right.
struct SummaryLine {
    SummaryPicture picture;
    std::string text; // "I like animals." or "Mum says I like cooking."
    SummarySource source;
    std::vector<SummaryNote> notes;
};

// Lines under a small heading: "I like it", "Not sure", "What helps me".
struct SummaryGroup {
    std::string heading;
    SummaryPicture picture;
    SummarySource source;
    std::vector<SummaryLine> lines;
};

// The kinds of part, in the order they come. The shorter pages for each
// reader (core/summary/reader_pages.h) use Page for each of their parts.
enum class PartKind { Cover, Contents, Section, Support, Jobs, Page };

// Which document it is: the full summary, or one of the shorter pages.
enum class DocumentKind { Summary, OnePageProfile, Introduction, QuickGuide };

// One part of the summary; each starts a new page in print.
struct SummaryPart {
    PartKind kind = PartKind::Section;
    std::string id; // "cover", "contents", a section id, "support", "jobs"
    std::string title;
    SummaryPicture picture;
    SummarySource source;
    std::vector<SummaryLine> lines;   // before the groups
    std::vector<SummaryGroup> groups;
};

// The whole summary. parts[0] is the cover, whose title is the document's
// title (heading level 1); parts[1] is "What is in this summary".
struct SummaryDocument {
    DocumentKind kind = DocumentKind::Summary;
    Reader reader = Reader::Team; // who it is made for
    double textScale = 1.0;       // the one-page profile's text, made smaller to fit (from 0.875 to 1)
    std::string language;      // "en-GB"
    std::string title;         // "All about me and work"
    std::string documentTitle; // "All about me and work: Jordan Reed"
    std::string madeOn;        // "2026-11-05", as given in SummaryOptions
    std::string pageNumber;    // "Page {page} of {pages}"
    std::string personName;    // full name
    std::string shownName;
    std::vector<SummaryPart> parts;
};

// What a summary is made with besides the profile and layout.
struct SummaryOptions {
    // The day it is made, as "YYYY-MM-DD"; the cover says it in words.
    std::string madeOn;
    // The fixed words; SummaryWords::shipped(layout.language) for the program.
    SummaryWords words;
    // With both, "Good jobs for me" lists the best jobs of the catalogue.
    const JobCatalogue* catalogue = nullptr;
    const MatchWeights* weights = nullptr;
    // The most jobs listed, each with at most maxReasonsPerJob reasons.
    std::size_t maxJobs = 5;
    std::size_t maxReasonsPerJob = 2;
    // Who it is made for; it holds only what they may see.
    Reader reader = Reader::Team;
};

// Makes the summary of a profile.
//
// - Cover: the layout's title, "This is about NAME." with the person's photo
//   (or the person symbol), "Please call me NAME." when they chose a
//   preferred name, "Made on DATE.", then "People who helped" with each
//   contributor and their role.
// - "What is in this summary": one line for each part after it.
// - A part for each section with shared answers: each giver's latest answer
//   becomes a line from the scale's sentence with the card's phrase, in
//   groups positive, then middle, then negative, each headed by the scale's
//   words. The person's answer reads "I like cooking."; another giver's
//   reads through the layout's attribution: "Mum says I like cooking.",
//   "Priya saw that I am good at polishing." Several givers of the same
//   answer make one line (the person's, else the first contributor's), the
//   others kept in source.alsoGivenBy. Who: the role when it is a family
//   word of the words file and no other contributor has the same role, else
//   the name, else the role; only the first name when the whole name would
//   make the sentence longer than 15 words. Notes follow the line of the
//   same giver, else the card's first line.
// - "How to support me at work": lines picked by the words file's rules
//   (communication, places and feelings answers), without notes.
// - "Good jobs for me", when options has a catalogue and weights: the best
//   maxJobs jobs that are a good or maybe match for the shared profile, each
//   with its 1 or 2 best reasons said in the first person.
// Only what options.reader may see appears: the summary is made from
// profileForReader(profile, options.reader), so cards, notes and photos
// shared with fewer people never appear, nor reasons from them. Parts with
// nothing in them are left out. Throws DataError when madeOn is not a date.
SummaryDocument makeSummary(const Profile& profile, const Layout& layout, const SummaryOptions& options);

// Every piece of text of the summary in reading order, cover to end: titles,
// headings, lines and their notes. Text, HTML, PDF and audio all follow it.
std::vector<std::string> summarySentences(const SummaryDocument& document);

// The lines given by the cards that rules pick, in the order of the rules
// and then of the section's cards, each card and answer once, without
// notes: what "How to support me at work" is made of. shared must already
// be the profile as the reader may see it (profileForReader).
std::vector<SummaryLine> linesForCardRules(const Profile& shared, const Layout& layout, const SummaryWords& words,
                                           const std::vector<SupportCardRule>& rules);

// A symbol as a picture, with its text alternative (empty: it decorates).
SummaryPicture summarySymbol(const std::string& symbol, const std::string& altText = "");

// text with every placeholder ("{name}") replaced by value.
std::string fillPlaceholder(std::string text, const std::string& placeholder, const std::string& value);

// A date "YYYY-MM-DD" in the words' pattern: "5 November 2026". Throws
// DataError when it is not a real day written that way.
std::string summaryDateWords(const std::string& madeOn, const SummaryWords& words);

// The words a card puts in place of {phrase}: the layout's phrase, or the
// label of a card the person added, with its first letter made small unless
// it looks like a name ("Trains" gives "trains"; "Arsenal Football Club" stays).
std::string cardPhrase(const CardView& card);

} // namespace rightjob::core
