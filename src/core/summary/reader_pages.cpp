// [SECTION] The fixed words
// [SECTION] Fitting a page
// [SECTION] Helpers shared by the pages
// [SECTION] The one-page profile
// [SECTION] The introduction for employers
// [SECTION] The quick guide

#include "core/summary/reader_pages.h"

#include "core/base/asset_paths.h"
#include "core/base/text.h"
#include "core/jobs/job_matching.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace rightjob::core {

namespace {

// [SECTION] The fixed words

constexpr int kPageWordsFormatVersion = 1;

SupportGroupWords readGroup(const JsonFile& file, const JsonPointer& pointer, const std::string& what)
{
    JsonObjectReader reader(file, pointer, what);
    SupportGroupWords group;
    group.heading = reader.requireString("heading");
    group.symbol = reader.requireString("symbol");
    const JsonPointer cardsPointer = reader.requireArray("cards");
    const Json& cards = file.root().at(cardsPointer);
    for (std::size_t c = 0; c < cards.size(); ++c)
        group.rules.push_back(readCardRule(file, cardsPointer / c));
    reader.finish();
    return group;
}

std::vector<SupportGroupWords> readGroups(const JsonFile& file, const JsonPointer& pointer, const std::string& what)
{
    std::vector<SupportGroupWords> groups;
    const Json& list = file.root().at(pointer);
    for (std::size_t i = 0; i < list.size(); ++i)
        groups.push_back(readGroup(file, pointer / i, what));
    return groups;
}

// [SECTION] Helpers shared by the pages

// How important a line is in its heading: the person's own answer first,
// then one others agree with, then the rest.
int importanceRank(const SummaryLine& line)
{
    if (line.source.giver == kPersonGiver)
        return 0;
    return line.source.alsoGivenBy.empty() ? 2 : 1;
}

std::vector<SummaryLine> rankedLines(std::vector<SummaryLine> lines)
{
    std::stable_sort(lines.begin(), lines.end(),
                     [](const SummaryLine& a, const SummaryLine& b) { return importanceRank(a) < importanceRank(b); });
    return lines;
}

// A document of the short pages, its fixed fields filled like the summary's.
SummaryDocument pageDocument(DocumentKind kind, const std::string& title, const Profile& shared,
                             const SummaryOptions& options)
{
    SummaryDocument document;
    document.kind = kind;
    document.reader = options.reader;
    document.language = options.words.language;
    document.title = title;
    document.personName = trimmed(shared.person.name);
    document.shownName = trimmed(shared.person.shownName());
    document.documentTitle = fillPlaceholder(fillPlaceholder(options.words.documentTitle, "{title}", title), "{name}",
                                             document.personName);
    document.madeOn = options.madeOn;
    document.pageNumber = options.words.pageNumber;
    return document;
}

// The first part: the title, and "My name is …" beside the person's photo
// (or the person symbol when there is none the reader may see).
SummaryPart titlePart(const std::string& title, const Profile& shared, const SummaryOptions& options,
                      const PageWords& pageWords, bool withCallMe)
{
    SummaryPart cover;
    cover.kind = PartKind::Cover;
    cover.id = "cover";
    cover.title = title;
    cover.source.kind = SourceKind::FixedWords;
    SummaryLine name;
    const std::string shown = trimmed(shared.person.shownName());
    name.text = fillPlaceholder(pageWords.nameSentence, "{name}", withCallMe ? trimmed(shared.person.name) : shown);
    if (!shared.person.photo.empty()) {
        name.picture.kind = PictureKind::Photo;
        name.picture.photo = shared.person.photo;
        name.picture.symbol = options.words.personSymbol;
        name.picture.altText = shown;
    } else {
        name.picture = summarySymbol(options.words.personSymbol);
    }
    name.source.kind = SourceKind::Person;
    name.source.giver = kPersonGiver;
    cover.lines.push_back(std::move(name));
    const std::string preferred = trimmed(shared.person.preferredName);
    const std::string full = trimmed(shared.person.name);
    if (withCallMe && !preferred.empty() && preferred != full.substr(0, full.find(' '))) {
        SummaryLine callMe;
        callMe.text = fillPlaceholder(options.words.callMeSentence, "{name}", preferred);
        callMe.picture = summarySymbol("speaking-head");
        callMe.source.kind = SourceKind::Person;
        callMe.source.giver = kPersonGiver;
        cover.lines.push_back(std::move(callMe));
    }
    return cover;
}

SummaryPart pagePart(const std::string& id, const SupportGroupWords& words)
{
    SummaryPart part;
    part.kind = PartKind::Page;
    part.id = id;
    part.title = words.heading;
    part.picture = summarySymbol(words.symbol);
    part.source.kind = SourceKind::FixedWords;
    return part;
}

// The lines of a group's rules, most important first, leaving out cards
// already used and lines with a word never said; at most limit of them.
std::vector<SummaryLine> groupLines(const Profile& shared, const Layout& layout, const SummaryOptions& options,
                                    const SupportGroupWords& group, std::set<std::string>& usedCards, std::size_t limit,
                                    const std::vector<std::string>& neverSay)
{
    std::vector<SummaryLine> lines;
    for (SummaryLine& line : rankedLines(linesForCardRules(shared, layout, options.words, group.rules))) {
        if (lines.size() >= limit)
            break;
        if (usedCards.count(line.source.cardKey) || holdsAnyWord(line.text, neverSay))
            continue;
        usedCards.insert(line.source.cardKey);
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace

// [SECTION] The fixed words

PageWords readPageWords(const JsonFile& file)
{
    JsonObjectReader reader(file, JsonPointer(""), "The page words");
    if (reader.requireString("format") != "rightjob-page-words")
        reader.failAt("format", "\"format\" should be \"rightjob-page-words\".");
    if (reader.requireInteger("format_version") != kPageWordsFormatVersion)
        reader.failAt("format_version", "\"format_version\" should be 1.");
    PageWords words;
    words.fileName = file.fileName();
    words.language = reader.requireString("language");
    {
        JsonObjectReader readers(file, reader.requireObject("readers"), "The readers");
        for (Reader each : {Reader::Employer, Reader::Team, Reader::Me})
            words.readerTitles[static_cast<std::size_t>(each)] = readers.requireString(readerName(each));
        readers.finish();
    }
    words.nameSentence = requireWordsPattern(reader, "name", {"{name}"});
    {
        JsonObjectReader onePage(file, reader.requireObject("one_page"), "The one-page profile");
        words.onePageTitle = onePage.requireString("title");
        const JsonPointer headingsPointer = onePage.requireArray("headings");
        const std::vector<SupportGroupWords> headings = readGroups(file, headingsPointer, "The one-page heading");
        if (headings.size() != 3)
            onePage.failAt("headings", "\"headings\" should hold the 3 headings of a one-page profile.");
        std::copy(headings.begin(), headings.end(), words.onePageHeadings.begin());
        onePage.finish();
    }
    {
        JsonObjectReader intro(file, reader.requireObject("introduction"), "The introduction");
        words.introductionTitle = requireWordsPattern(intro, "title", {"{name}"});
        words.introductionParts = readGroups(file, intro.requireArray("parts"), "The introduction part");
        words.jobHeading = intro.requireString("job_heading");
        words.jobSymbol = intro.requireString("job_symbol");
        words.hoursSentence = requireWordsPattern(intro, "hours", {"{hours}"});
        words.hoursRangeSentence = requireWordsPattern(intro, "hours_range", {"{least}", "{most}"});
        words.tasters = readGroup(file, intro.requireObject("tasters"), "The tasters");
        words.support = readGroup(file, intro.requireObject("support"), "The support");
        words.jobCoachSentence = requireWordsPattern(intro, "job_coach", {"{name}"});
        words.jobCoachRoles = readWordsList(file, intro.requireArray("job_coach_roles"), "A job coach's role");
        words.neverSay = readWordsList(file, intro.requireArray("never_say"), "A word never said");
        intro.finish();
    }
    {
        JsonObjectReader guide(file, reader.requireObject("quick_guide"), "The quick guide");
        words.quickGuideTitle = guide.requireString("title");
        words.quickGuideGroups = readGroups(file, guide.requireArray("groups"), "The quick guide group");
        guide.finish();
    }
    reader.finish();
    return words;
}

PageWords PageWords::shipped(const std::string& language)
{
    return readPageWords(JsonFile::load(assetPath("assets/pages/" + language + ".json")));
}

bool holdsAnyWord(const std::string& text, const std::vector<std::string>& words)
{
    const std::string lower = asciiLowered(text);
    auto isWordLetter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (const std::string& word : words) {
        const std::string needle = asciiLowered(word);
        if (needle.empty())
            continue;
        for (auto at = lower.find(needle); at != std::string::npos; at = lower.find(needle, at + 1)) {
            const bool startsWord = at == 0 || !isWordLetter(lower[at - 1]);
            const bool endsWord = at + needle.size() >= lower.size() || !isWordLetter(lower[at + needle.size()]);
            if (startsWord && endsWord)
                return true;
        }
    }
    return false;
}

// [SECTION] Fitting a page

std::vector<bool> trimToFit(const std::vector<std::size_t>& itemGroups,
                            const std::function<bool(const std::vector<bool>& kept)>& fits)
{
    std::vector<bool> kept(itemGroups.size(), true);
    std::size_t groupCount = 0;
    for (std::size_t group : itemGroups)
        groupCount = std::max(groupCount, group + 1);
    std::vector<std::size_t> keptInGroup(groupCount, 0);
    for (std::size_t group : itemGroups)
        ++keptInGroup[group];
    std::size_t left = itemGroups.size();
    while (!fits(kept)) {
        if (left == 0)
            return kept; // nothing is kept, and it still does not fit: nothing more to take off
        std::size_t fullest = 0;
        for (std::size_t group = 0; group < groupCount; ++group)
            if (keptInGroup[group] >= keptInGroup[fullest])
                fullest = group;
        for (std::size_t i = itemGroups.size(); i-- > 0;)
            if (kept[i] && itemGroups[i] == fullest) {
                kept[i] = false;
                break;
            }
        --keptInGroup[fullest];
        --left;
    }
    return kept;
}

// [SECTION] The one-page profile

std::vector<OnePageItem> onePageCandidates(const Profile& profile, const Layout& layout, const SummaryWords& words,
                                           const PageWords& pageWords, Reader reader)
{
    const Profile shared = profileForReader(profile, reader);
    std::vector<OnePageItem> items;
    std::set<std::string> used;
    for (std::size_t heading = 0; heading < pageWords.onePageHeadings.size(); ++heading) {
        const auto& rules = pageWords.onePageHeadings[heading].rules;
        for (SummaryLine& line : rankedLines(linesForCardRules(shared, layout, words, rules))) {
            if (!used.insert(line.source.cardKey).second)
                continue;
            OnePageItem item;
            item.cardKey = line.source.cardKey;
            item.heading = heading;
            item.line = std::move(line);
            items.push_back(std::move(item));
        }
    }
    return items;
}

std::vector<OnePageItem> onePageItems(const Profile& profile, const std::vector<OnePageItem>& candidates)
{
    if (!profile.onePage.chosen)
        return candidates;
    std::vector<OnePageItem> items;
    for (const std::string& key : profile.onePage.items) {
        const auto found = std::find_if(candidates.begin(), candidates.end(),
                                        [&](const OnePageItem& item) { return item.cardKey == key; });
        if (found != candidates.end())
            items.push_back(*found);
    }
    return items;
}

SummaryDocument makeOnePageProfile(const Profile& profile, const Layout& layout, const SummaryOptions& options,
                                   const PageWords& pageWords, const std::vector<OnePageItem>& items, double textScale)
{
    (void)layout;
    summaryDateWords(options.madeOn, options.words); // throws for a day that is not one
    const Profile shared = profileForReader(profile, options.reader);
    SummaryDocument document = pageDocument(DocumentKind::OnePageProfile, pageWords.onePageTitle, shared, options);
    document.textScale = textScale;
    document.parts.push_back(titlePart(pageWords.onePageTitle, shared, options, pageWords, false));
    for (std::size_t heading = 0; heading < pageWords.onePageHeadings.size(); ++heading) {
        SummaryPart part = pagePart("one-page-" + std::to_string(heading + 1), pageWords.onePageHeadings[heading]);
        for (const OnePageItem& item : items)
            if (item.heading == heading)
                part.lines.push_back(item.line);
        document.parts.push_back(std::move(part));
    }
    return document;
}

// [SECTION] The introduction for employers

namespace {

// The work to offer: the best good job, else the best carved job, with its
// tasks and hours.
std::optional<SummaryPart> jobPart(const Profile& shared, const Layout& layout, const SummaryOptions& options,
                                   const PageWords& pageWords)
{
    if (!options.catalogue || !options.weights)
        return std::nullopt;
    const auto results = matchPerson(shared, layout, *options.catalogue, {}, *options.weights, 40);
    const MatchResult* chosen = nullptr;
    for (const MatchResult& result : results)
        if (result.band == FitBand::Good && !result.hasWarnings()) {
            chosen = &result;
            break;
        }
    if (!chosen)
        for (const MatchResult& result : results)
            if (result.carving && !result.carving->tasks.empty()) {
                chosen = &result;
                break;
            }
    if (!chosen)
        return std::nullopt;
    const Job* job = options.catalogue->findJob(chosen->id);

    SummaryGroup group;
    group.heading = chosen->title;
    group.picture = summarySymbol(chosen->symbol);
    group.source.kind = SourceKind::Job;
    group.source.jobId = chosen->id;
    // The pictures' text alternatives say what they show, never the line again.
    auto addLine = [&](const std::string& text, const std::string& symbol, const std::string& altText) {
        SummaryLine line;
        line.text = text;
        line.picture = summarySymbol(symbol, altText);
        line.source.kind = SourceKind::Job;
        line.source.jobId = chosen->id;
        group.lines.push_back(std::move(line));
    };
    // The hours first: a page that must lose a line loses a task, never them.
    if (chosen->carving && !chosen->carving->tasks.empty() && chosen->band != FitBand::Good) {
        addLine(fillPlaceholder(pageWords.hoursSentence, "{hours}", std::to_string(chosen->carving->hoursPerWeek)),
                "stopwatch", "Hours");
        for (const TaskFit& task : chosen->carving->tasks)
            if (group.lines.size() <= kIntroductionLinesPerPart)
                addLine(task.title + ".", task.symbol, chosen->title);
    } else if (job) {
        const std::string hours
            = job->hours.minPerWeek == job->hours.maxPerWeek
                  ? fillPlaceholder(pageWords.hoursSentence, "{hours}", std::to_string(job->hours.minPerWeek))
                  : fillPlaceholder(fillPlaceholder(pageWords.hoursRangeSentence, "{least}",
                                                    std::to_string(job->hours.minPerWeek)),
                                    "{most}", std::to_string(job->hours.maxPerWeek));
        addLine(hours, "stopwatch", "Hours");
        for (const JobTask& task : job->tasks)
            if (group.lines.size() <= kIntroductionLinesPerPart)
                addLine(task.title + ".", task.symbol, chosen->title);
    }
    if (group.lines.empty())
        return std::nullopt;
    SupportGroupWords heading;
    heading.heading = pageWords.jobHeading;
    heading.symbol = pageWords.jobSymbol;
    SummaryPart part = pagePart("job", heading);
    part.groups.push_back(std::move(group));
    return part;
}

} // namespace

SummaryDocument makeIntroduction(const Profile& profile, const Layout& layout, const SummaryOptions& options,
                                 const PageWords& pageWords)
{
    summaryDateWords(options.madeOn, options.words);
    const Profile shared = profileForReader(profile, options.reader);
    const std::string title = fillPlaceholder(pageWords.introductionTitle, "{name}", trimmed(shared.person.shownName()));
    SummaryDocument document = pageDocument(DocumentKind::Introduction, title, shared, options);
    document.parts.push_back(titlePart(title, shared, options, pageWords, true));

    std::set<std::string> used;
    std::size_t index = 0;
    for (const SupportGroupWords& words : pageWords.introductionParts) {
        SummaryPart part = pagePart("introduction-" + std::to_string(++index), words);
        part.lines = groupLines(shared, layout, options, words, used, kIntroductionLinesPerPart, pageWords.neverSay);
        if (!part.lines.empty())
            document.parts.push_back(std::move(part));
    }
    if (auto job = jobPart(shared, layout, options, pageWords))
        document.parts.push_back(std::move(*job));
    {
        SummaryPart tasters = pagePart("tasters", pageWords.tasters);
        tasters.lines = groupLines(shared, layout, options, pageWords.tasters, used, kIntroductionLinesPerPart,
                                   pageWords.neverSay);
        if (!tasters.lines.empty())
            document.parts.push_back(std::move(tasters));
    }
    {
        SummaryPart support = pagePart("support", pageWords.support);
        for (const Contributor& contributor : shared.contributors) {
            const std::string role = asciiLowered(trimmed(contributor.role));
            const bool isCoach = std::any_of(pageWords.jobCoachRoles.begin(), pageWords.jobCoachRoles.end(),
                                             [&](const std::string& coach) { return asciiLowered(coach) == role; });
            if (!isCoach || trimmed(contributor.name).empty())
                continue;
            SummaryLine line;
            line.text = fillPlaceholder(pageWords.jobCoachSentence, "{name}", trimmed(contributor.name));
            line.picture = summarySymbol("handshake");
            line.source.kind = SourceKind::Contributor;
            line.source.giver = contributor.id;
            support.lines.push_back(std::move(line));
        }
        for (SummaryLine& line : groupLines(shared, layout, options, pageWords.support, used, kIntroductionLinesPerPart,
                                            pageWords.neverSay))
            support.lines.push_back(std::move(line));
        if (!support.lines.empty())
            document.parts.push_back(std::move(support));
    }
    return document;
}

// [SECTION] The quick guide

SummaryDocument makeQuickGuide(const Profile& profile, const Layout& layout, const SummaryOptions& options,
                               const PageWords& pageWords)
{
    summaryDateWords(options.madeOn, options.words);
    const Profile shared = profileForReader(profile, options.reader);
    SummaryDocument document = pageDocument(DocumentKind::QuickGuide, pageWords.quickGuideTitle, shared, options);
    document.parts.push_back(titlePart(pageWords.quickGuideTitle, shared, options, pageWords, false));
    std::set<std::string> used;
    std::size_t index = 0;
    for (const SupportGroupWords& words : pageWords.quickGuideGroups) {
        SummaryPart part = pagePart("quick-" + std::to_string(++index), words);
        part.lines = groupLines(shared, layout, options, words, used, kQuickGuideLinesPerGroup, {});
        if (!part.lines.empty())
            document.parts.push_back(std::move(part));
    }
    return document;
}

} // namespace rightjob::core
