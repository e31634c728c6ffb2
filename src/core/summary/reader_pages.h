// The short pages made for one reader each, beside the full summary: the
// one-page profile (person-centred planning's three headings), the
// introduction for employers (the "visual CV" of Discovery and customised
// employment) and the quick guide ("If you only have a little time", from
// communication passports). Each is a SummaryDocument, so the HTML and PDF
// writers lay them out, tag them and embed their fonts as they do the
// summary. Each is made from profileForReader(profile, reader): it never
// holds what its reader may not see. Their fixed words are data, in
// assets/pages/<language>.json (see its README.md).
#pragma once

#include "core/base/json_file.h"
#include "core/summary/summary.h"

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace rightjob::core {

// [SECTION] The fixed words

// The words of the short pages that are not in the layout. Groups reuse the
// summary's card rules ("places/*:negative").
struct PageWords {
    std::string fileName;
    std::string language;
    std::array<std::string, 3> readerTitles; // "For an employer", "For my support team", "For me"
    std::string nameSentence;                // "My name is {name}."

    std::string onePageTitle; // "My one-page profile"
    std::array<SupportGroupWords, 3> onePageHeadings;

    std::string introductionTitle; // "Introducing {name}"
    std::vector<SupportGroupWords> introductionParts;
    std::string jobHeading; // "Work I could do"
    std::string jobSymbol;
    std::string hoursSentence;      // "About {hours} hours a week."
    std::string hoursRangeSentence; // "From {least} to {most} hours a week."
    SupportGroupWords tasters;
    SupportGroupWords support;
    std::string jobCoachSentence; // "{name} is my job coach. …"
    std::vector<std::string> jobCoachRoles;
    // Words about a diagnosis or a condition: an introduction for an
    // employer never holds a line with one of them.
    std::vector<std::string> neverSay;

    std::string quickGuideTitle; // "If you only have a little time"
    std::vector<SupportGroupWords> quickGuideGroups;

    // The words for a reader: "For an employer".
    const std::string& readerTitle(Reader reader) const { return readerTitles[static_cast<std::size_t>(reader)]; }

    // The shipped words for a language: assetPath("assets/pages/<language>.json").
    // Throws DataError with the file, line and what is wrong.
    static PageWords shipped(const std::string& language);
};

// Reads page words from parsed JSON. Throws DataError at the line for a
// missing or unknown key, a wrong type, a pattern without its placeholder,
// a card rule not written "section/card:answer", or not 3 one-page headings.
PageWords readPageWords(const JsonFile& file);

// [SECTION] Fitting a page

// Which items to keep so that fits(kept) holds. Items come in order of
// importance, each in a group (a heading); itemGroups[i] is item i's group.
// All are kept when they fit. Otherwise items are taken off one at a time,
// whole (an item is never cut part way), until they fit: the least
// important item of the group with most items kept, the later group on a
// tie, so each heading keeps its most important items. Nothing is kept when
// even that does not fit. Pure: all measuring is in fits, which is called
// at most once for each item taken off, plus once.
std::vector<bool> trimToFit(const std::vector<std::size_t>& itemGroups,
                            const std::function<bool(const std::vector<bool>& kept)>& fits);

// The sizes the short pages' text may be made, largest first, as a share
// of the summary's 16 point text: never below 14 points (EASY_READ.md rule 13).
inline constexpr std::array<double, 3> kPageTextScales{1.0, 0.9375, 0.875};

// [SECTION] The one-page profile

// A line that may go on the one-page profile, under one of its headings.
struct OnePageItem {
    std::string cardKey;
    std::size_t heading = 0; // 0 to 2
    SummaryLine line;
};

// Every line the one-page profile could hold for reader, under its three
// headings, each card once: in each heading the person's own answers first,
// then answers others agree with, then the rest, each in the order of the
// words file's rules and the layout's cards.
std::vector<OnePageItem> onePageCandidates(const Profile& profile, const Layout& layout, const SummaryWords& words,
                                           const PageWords& pageWords, Reader reader);

// The lines to put on the page, before fitting: the person's choice when
// they made one (in their order, leaving out what the reader may not see or
// is no longer answered), else every candidate.
std::vector<OnePageItem> onePageItems(const Profile& profile, const std::vector<OnePageItem>& candidates);

// The one-page profile of items: a cover with the title and "My name is …"
// beside the person's photo (when the reader may see it), then the three
// headings with their items, most important first. Headings with no item say
// nothing. textScale is one of kPageTextScales. Throws DataError when
// options.madeOn is not a date.
SummaryDocument makeOnePageProfile(const Profile& profile, const Layout& layout, const SummaryOptions& options,
                                   const PageWords& pageWords, const std::vector<OnePageItem>& items,
                                   double textScale = 1.0);

// [SECTION] The introduction for employers

// Most lines under one heading of the introduction.
inline constexpr std::size_t kIntroductionLinesPerPart = 4;

// The introduction, for options.reader (an employer, as a rule): who I am
// with my photo, what I am good at, what I can offer a team, where I work
// best, what is hard for me, the work I could do (the best carved job, else
// the best good job, with its tasks and hours, when options has a catalogue
// and weights), my work tasters with their photos, and the support that
// comes with me (my job coach, how to talk with me). Plain sentences from
// the answers; no notes (free words may name a diagnosis), and no line with
// a word of pageWords.neverSay. Each heading holds at most
// kIntroductionLinesPerPart lines, most important first.
SummaryDocument makeIntroduction(const Profile& profile, const Layout& layout, const SummaryOptions& options,
                                 const PageWords& pageWords);

// [SECTION] The quick guide

// Most lines under one heading of the quick guide.
inline constexpr std::size_t kQuickGuideLinesPerGroup = 3;

// "If you only have a little time": the five things to know first (how I
// communicate, what upsets me, what helps me, what I need at work, what I
// am good at), each with at most kQuickGuideLinesPerGroup lines, the
// person's own answers first. Easy read, for options.reader.
SummaryDocument makeQuickGuide(const Profile& profile, const Layout& layout, const SummaryOptions& options,
                               const PageWords& pageWords);

// Whether text holds one of the words (whole words, ignoring case).
bool holdsAnyWord(const std::string& text, const std::vector<std::string>& words);

} // namespace rightjob::core
