// [SECTION] Looking at files, searching and sorting
// [SECTION] The index file
// [SECTION] Listing
// [SECTION] Matching

#include "core/storage/caseload_index.h"

#include "core/base/text.h"

#include "core/storage/sync_conflicts.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <sys/stat.h>

namespace rightjob::core {

namespace {

constexpr int kIndexVersion = 2; // 2: a card's sharing is a name (everyone, team, nobody)
constexpr const char* kIndexFormat = "rightjob-people-index";
constexpr const char* kMatchingFormat = "rightjob-matching-index";

std::uint64_t versionOf(const std::string& stamp)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const unsigned char c : stamp) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

// The newest time anything was done in the profile: a session started, an
// answer or note given, an own card added.
std::string lastWorkedOn(const Profile& profile)
{
    std::string last;
    for (const auto& session : profile.sessions)
        last = std::max(last, session.startedAt);
    for (const auto& card : profile.ownCards)
        last = std::max(last, card.addedAt);
    for (const auto& [key, record] : profile.cards) {
        if (!record.answers.empty())
            last = std::max(last, record.answers.back().at);
        for (const auto& answer : record.answers)
            last = std::max(last, answer.at);
        for (const auto& note : record.notes)
            last = std::max(last, note.at);
    }
    return last;
}

} // namespace

// [SECTION] Looking at files, searching and sorting

std::string fileStamp(const std::string& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return "";
    char text[160];
    std::snprintf(text, sizeof text, "%lld:%lld.%09ld:%lld.%09ld:%llu:%llu", static_cast<long long>(info.st_size),
                  static_cast<long long>(info.st_mtim.tv_sec), info.st_mtim.tv_nsec,
                  static_cast<long long>(info.st_ctim.tv_sec), info.st_ctim.tv_nsec,
                  static_cast<unsigned long long>(info.st_ino), static_cast<unsigned long long>(info.st_dev));
    return text;
}

std::vector<PersonEntry> findPeople(const std::vector<PersonEntry>& people, const std::string& search,
                                    CaseloadOrder order)
{
    std::string wanted = asciiLowered(search);
    wanted.erase(0, wanted.find_first_not_of(" \t"));
    wanted.erase(wanted.find_last_not_of(" \t") + 1);
    std::vector<PersonEntry> found;
    for (const auto& person : people)
        if (wanted.empty() || asciiLowered(person.shownName).find(wanted) != std::string::npos
            || asciiLowered(person.name).find(wanted) != std::string::npos)
            found.push_back(person);
    if (order == CaseloadOrder::ByLastSession)
        std::stable_sort(found.begin(), found.end(), [](const PersonEntry& a, const PersonEntry& b) {
            return a.lastSession > b.lastSession; // newest first; never seen last
        });
    else
        std::stable_sort(found.begin(), found.end(), [](const PersonEntry& a, const PersonEntry& b) {
            const std::string x = asciiLowered(a.shownName);
            const std::string y = asciiLowered(b.shownName);
            return x != y ? x < y : a.id < b.id;
        });
    return found;
}

std::string filingLetter(const PersonEntry& person)
{
    const std::string& name = person.shownName.empty() ? person.id : person.shownName;
    const unsigned char first = name.empty() ? '#' : static_cast<unsigned char>(name.front());
    if (std::isalpha(first))
        return std::string(1, static_cast<char>(std::toupper(first)));
    return "#";
}

Profile answersForMatching(const Profile& profile)
{
    Profile cut;
    cut.id = profile.id;
    cut.layoutId = profile.layoutId;
    cut.isDemo = profile.isDemo;
    cut.person.name = profile.person.name;
    cut.person.preferredName = profile.person.preferredName;
    cut.contributors = profile.contributors;
    for (const auto& [key, record] : profile.cards) {
        if (record.answers.empty())
            continue;
        CardRecord& kept = cut.cards[key];
        kept.sharing = record.sharing;
        // Each giver's latest answer, in the order given: all that counts.
        std::set<std::string> givers;
        std::vector<Answer> latest;
        for (auto it = record.answers.rbegin(); it != record.answers.rend(); ++it)
            if (givers.insert(it->by).second)
                latest.push_back(*it);
        kept.answers.assign(latest.rbegin(), latest.rend());
    }
    return cut;
}

// [SECTION] The index file

CaseloadIndex::CaseloadIndex(const PersonStore& store, const LayoutLibrary* layouts)
    : m_store(store), m_layouts(layouts)
{
}

std::string CaseloadIndex::indexPath() const
{
    return m_store.dataFolder() + "/cache/people-index.json";
}

std::string CaseloadIndex::matchingIndexPath() const
{
    return m_store.dataFolder() + "/cache/matching-index.json";
}

int CaseloadIndex::layoutCards(const std::string& layoutId) const
{
    const Layout* layout = m_layouts ? m_layouts->find(layoutId) : nullptr;
    if (!layout)
        return 0;
    int cards = 0;
    for (const auto& section : layout->sections)
        cards += static_cast<int>(section.cards.size());
    return cards;
}

void CaseloadIndex::loadIndex()
{
    m_loaded = true;
    std::string text;
    if (!realFileSystem().readFile(indexPath(), text).ok)
        return;
    try {
        const Json root = Json::parse(text);
        if (root.at("format") != kIndexFormat || root.at("format_version") != kIndexVersion)
            return;
        for (const Json& item : root.at("people")) {
            Entry entry;
            entry.person.id = item.at("id").get<std::string>();
            if (!isValidId(entry.person.id))
                continue;
            entry.stamp = item.at("stamp").get<std::string>();
            entry.layoutId = item.at("layout").get<std::string>();
            entry.ownCards = item.at("own_cards").get<int>();
            entry.person.profilePath = m_store.profilePath(entry.person.id);
            entry.person.name = item.at("name").get<std::string>();
            entry.person.shownName = item.at("shown_name").get<std::string>();
            const std::string photo = item.at("photo").get<std::string>();
            if (!photo.empty())
                entry.person.photoPath = m_store.personFolder(entry.person.id) + "/" + photo;
            entry.person.isDemo = item.at("demo").get<bool>();
            entry.person.problem = item.at("problem").get<std::string>();
            entry.person.lastSession = item.at("last_session").get<std::string>();
            entry.person.answered = item.at("answered").get<int>();
            m_entries[entry.person.id] = std::move(entry);
        }
    } catch (const std::exception&) {
        m_entries.clear(); // damaged or hand-edited: rebuilt from the profiles
    }
}

void CaseloadIndex::saveIndex()
{
    Json people = Json::array();
    for (const auto& [id, entry] : m_entries) {
        const std::string folder = m_store.personFolder(id) + "/";
        const std::string& photoPath = entry.person.photoPath;
        people.push_back({{"id", id},
                          {"stamp", entry.stamp},
                          {"layout", entry.layoutId},
                          {"own_cards", entry.ownCards},
                          {"name", entry.person.name},
                          {"shown_name", entry.person.shownName},
                          {"photo", photoPath.empty() ? std::string() : photoPath.substr(folder.size())},
                          {"demo", entry.person.isDemo},
                          {"problem", entry.person.problem},
                          {"last_session", entry.person.lastSession},
                          {"answered", entry.person.answered}});
    }
    const Json root = {{"format", kIndexFormat}, {"format_version", kIndexVersion}, {"people", people}};
    // A cache: when it cannot be written the next start reads the profiles.
    if (realFileSystem().makeFolders(m_store.dataFolder() + "/cache").ok)
        m_stats.indexWritten = writeFileAtomically(realFileSystem(), indexPath(), root.dump() + "\n").ok;
}

CaseloadIndex::Entry CaseloadIndex::readEntry(const std::string& id, const std::string& stamp, const Profile* profile,
                                              const std::string& problem) const
{
    Entry entry;
    entry.stamp = stamp;
    entry.person.id = id;
    entry.person.profilePath = m_store.profilePath(id);
    if (profile) {
        entry.layoutId = profile->layoutId;
        entry.ownCards = static_cast<int>(profile->ownCards.size());
        entry.person.name = profile->person.name;
        entry.person.shownName = profile->person.shownName();
        entry.person.isDemo = profile->isDemo;
        if (!profile->person.photo.empty())
            entry.person.photoPath = m_store.personFolder(id) + "/" + profile->person.photo;
        entry.person.lastSession = lastWorkedOn(*profile);
        for (const auto& [key, record] : profile->cards)
            entry.person.answered += record.answers.empty() ? 0 : 1;
    } else {
        entry.person.shownName = id;
        entry.person.problem = problem;
    }
    return entry;
}

// [SECTION] Listing

void CaseloadIndex::refresh()
{
    m_stats = {};
    if (!m_loaded)
        loadIndex();
    bool changed = false;
    std::set<std::string> here;
    if (m_mergesConflicts)
        writeSyncIgnores(m_store.peopleFolder());
    for (const auto& id : realFileSystem().listFolder(m_store.peopleFolder())) {
        if (!isValidId(id))
            continue; // hidden files, Syncthing's .stfolder, anything else
        const std::string path = m_store.profilePath(id);
        // The folder's stamp changes when a file appears in it (a conflict
        // copy from Syncthing, a save's rename), the profile's when it changes.
        std::string stamp = fileStamp(path);
        if (stamp.empty())
            continue;
        stamp += "|" + fileStamp(m_store.personFolder(id));
        here.insert(id);
        const auto found = m_entries.find(id);
        if (found != m_entries.end() && found->second.stamp == stamp) {
            ++m_stats.fromIndex;
            continue;
        }
        // Something changed: first take in what Syncthing left beside it.
        if (m_mergesConflicts && resolveSyncConflicts(m_store.personFolder(id), realFileSystem()).merged > 0)
            stamp = fileStamp(path) + "|" + fileStamp(m_store.personFolder(id));
        ++m_stats.read;
        const LoadOutcome outcome = m_store.fileFor(id).load();
        m_entries[id] = readEntry(id, stamp, outcome.profile ? &*outcome.profile : nullptr, outcome.message);
        if (outcome.profile)
            m_fresh[id] = answersForMatching(*outcome.profile);
        changed = true;
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (here.count(it->first)) {
            ++it;
        } else {
            it = m_entries.erase(it);
            changed = true;
        }
    }
    if (changed)
        saveIndex();
}

std::vector<PersonEntry> CaseloadIndex::list()
{
    refresh();
    std::vector<PersonEntry> people;
    people.reserve(m_entries.size());
    for (const auto& [id, entry] : m_entries) {
        people.push_back(entry.person);
        people.back().total = entry.person.problem.empty() ? layoutCards(entry.layoutId) + entry.ownCards : 0;
    }
    std::sort(people.begin(), people.end(), [](const PersonEntry& a, const PersonEntry& b) {
        return a.shownName != b.shownName ? a.shownName < b.shownName : a.id < b.id;
    });
    return people;
}

// [SECTION] Matching

namespace {

Json answersJson(const Profile& cut, const std::string& stamp)
{
    Json contributors = Json::array();
    for (const auto& contributor : cut.contributors)
        contributors.push_back({contributor.id, contributor.kind == ContributorKind::Observer ? "observer" : "supporter",
                                contributor.name, contributor.role});
    Json cards = Json::object();
    for (const auto& [key, record] : cut.cards) {
        Json answers = Json::array();
        for (const auto& answer : record.answers)
            answers.push_back({answerValueName(answer.value), answer.by, answer.at, answer.session});
        cards[key] = {sharingName(record.sharing), answers};
    }
    return {{"stamp", stamp},
            {"layout", cut.layoutId},
            {"demo", cut.isDemo},
            {"name", cut.person.name},
            {"preferred_name", cut.person.preferredName},
            {"contributors", contributors},
            {"cards", cards}};
}

Profile answersFromJson(const std::string& id, const Json& json)
{
    Profile cut;
    cut.id = id;
    cut.layoutId = json.at("layout").get<std::string>();
    cut.isDemo = json.at("demo").get<bool>();
    cut.person.name = json.at("name").get<std::string>();
    cut.person.preferredName = json.at("preferred_name").get<std::string>();
    for (const Json& item : json.at("contributors"))
        cut.contributors.push_back({item.at(0).get<std::string>(),
                                    item.at(1) == "observer" ? ContributorKind::Observer : ContributorKind::Supporter,
                                    item.at(2).get<std::string>(), item.at(3).get<std::string>()});
    for (const auto& card : json.at("cards").items()) {
        CardRecord& record = cut.cards[card.key()];
        const auto sharing = sharingFromName(card.value().at(0).get<std::string>());
        if (!sharing)
            throw std::runtime_error("unknown sharing");
        record.sharing = *sharing;
        for (const Json& answer : card.value().at(1)) {
            const auto value = answerValueFromName(answer.at(0).get<std::string>());
            if (!value)
                throw std::runtime_error("unknown answer value");
            record.answers.push_back({*value, answer.at(1).get<std::string>(), answer.at(2).get<std::string>(),
                                      answer.at(3).get<std::string>()});
        }
    }
    return cut;
}

} // namespace

void CaseloadIndex::loadMatchingIndex()
{
    m_matchingLoaded = true;
    std::string text;
    if (!realFileSystem().readFile(matchingIndexPath(), text).ok)
        return;
    try {
        Json root = Json::parse(text);
        if (root.at("format") != kMatchingFormat || root.at("format_version") != kIndexVersion)
            return;
        for (auto& item : root.at("people").items())
            m_matching[item.key()] = std::move(item.value());
    } catch (const std::exception&) {
        m_matching.clear();
    }
}

void CaseloadIndex::saveMatchingIndex()
{
    Json people = Json::object();
    for (const auto& [id, json] : m_matching)
        people[id] = json;
    const Json root = {{"format", kMatchingFormat}, {"format_version", kIndexVersion}, {"people", people}};
    if (realFileSystem().makeFolders(m_store.dataFolder() + "/cache").ok)
        m_stats.indexWritten = writeFileAtomically(realFileSystem(), matchingIndexPath(), root.dump() + "\n").ok
                               || m_stats.indexWritten;
}

std::vector<CaseloadIndex::MatchingPerson> CaseloadIndex::peopleForMatching(
    const std::function<bool(const std::string& id, std::uint64_t version)>& alreadyHeld)
{
    refresh();
    if (!m_matchingLoaded)
        loadMatchingIndex();
    bool changed = false;
    std::vector<MatchingPerson> people;
    for (const auto& [id, entry] : m_entries) {
        if (!entry.person.problem.empty())
            continue;
        MatchingPerson person;
        person.id = id;
        person.version = versionOf(entry.stamp);
        if (alreadyHeld && alreadyHeld(id, person.version)) {
            people.push_back(std::move(person));
            continue;
        }
        person.needed = true;
        const auto fresh = m_fresh.find(id);
        const auto held = m_matching.find(id);
        try {
            if (fresh != m_fresh.end()) {
                person.answers = fresh->second;
            } else if (held != m_matching.end() && held->second.value("stamp", "") == entry.stamp) {
                person.answers = answersFromJson(id, held->second);
                ++m_stats.fromIndex;
            } else {
                const LoadOutcome outcome = m_store.fileFor(id).load();
                if (!outcome.profile)
                    continue;
                ++m_stats.read;
                person.answers = answersForMatching(*outcome.profile);
            }
        } catch (const std::exception&) {
            const LoadOutcome outcome = m_store.fileFor(id).load();
            if (!outcome.profile)
                continue;
            person.answers = answersForMatching(*outcome.profile);
        }
        if (held == m_matching.end() || held->second.value("stamp", "") != entry.stamp) {
            m_matching[id] = answersJson(person.answers, entry.stamp);
            changed = true;
        }
        people.push_back(std::move(person));
    }
    m_fresh.clear();
    for (auto it = m_matching.begin(); it != m_matching.end();) {
        if (m_entries.count(it->first)) {
            ++it;
        } else {
            it = m_matching.erase(it);
            changed = true;
        }
    }
    if (changed)
        saveMatchingIndex();
    return people;
}

} // namespace rightjob::core
