// [SECTION] Lists merged in an order both sides agree on
// [SECTION] Ids made twice for different things
// [SECTION] Single things: the newer wins, the older goes into the history
// [SECTION] The merge

#include "core/profile/profile_merge.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

namespace rightjob::core {

namespace {

// Joins parts into one key; the separator cannot be typed into a profile.
std::string joined(std::initializer_list<std::string> parts)
{
    std::string key;
    for (const auto& part : parts) {
        key += part;
        key += '\x1f';
    }
    return key;
}

// [SECTION] Lists merged in an order both sides agree on

// The union of two lists whose elements have keys (unique in each list).
// An element in both is made by combine(fromA, fromB), which must not care
// which is which. The order: when one list holds all the keys of the other,
// its order (so merging a list with itself or with an older copy of itself
// changes nothing); otherwise sorted by `less`, a strict order on keys.
template <typename T, typename KeyOf, typename Less, typename Combine>
std::vector<T> mergeLists(const std::vector<T>& a, const std::vector<T>& b, KeyOf keyOf, Less less,
                          Combine combine)
{
    std::map<std::string, std::size_t> inA;
    std::map<std::string, std::size_t> inB;
    for (std::size_t i = 0; i < a.size(); ++i)
        inA.emplace(keyOf(a[i]), i);
    for (std::size_t i = 0; i < b.size(); ++i)
        inB.emplace(keyOf(b[i]), i);
    const bool bInA = std::all_of(inB.begin(), inB.end(), [&](const auto& item) { return inA.count(item.first) > 0; });
    const bool aInB = std::all_of(inA.begin(), inA.end(), [&](const auto& item) { return inB.count(item.first) > 0; });
    bool sameOrder = bInA && aInB && a.size() == b.size();
    for (std::size_t i = 0; sameOrder && i < a.size(); ++i)
        sameOrder = keyOf(a[i]) == keyOf(b[i]);

    std::vector<T> merged;
    merged.reserve(std::max(a.size(), b.size()));
    const auto mergedOf = [&](const std::string& key) {
        const auto fromA = inA.find(key);
        const auto fromB = inB.find(key);
        if (fromA != inA.end() && fromB != inB.end())
            return combine(a[fromA->second], b[fromB->second]);
        return fromA != inA.end() ? a[fromA->second] : b[fromB->second];
    };
    if (sameOrder || (bInA && !aInB)) {
        for (const auto& element : a)
            merged.push_back(mergedOf(keyOf(element)));
    } else if (aInB && !bInA) {
        for (const auto& element : b)
            merged.push_back(mergedOf(keyOf(element)));
    } else {
        std::set<std::string> keys;
        for (const auto& item : inA)
            keys.insert(item.first);
        for (const auto& item : inB)
            keys.insert(item.first);
        for (const auto& key : keys)
            merged.push_back(mergedOf(key));
        std::sort(merged.begin(), merged.end(), [&](const T& x, const T& y) {
            if (less(x, y))
                return true;
            if (less(y, x))
                return false;
            return keyOf(x) < keyOf(y);
        });
    }
    return merged;
}

// Lists where the same element may come twice (two equal answers in one
// second): each copy is told apart by how many came before it, so the merge
// keeps as many as the side with more.
template <typename T, typename KeyOf>
std::vector<std::pair<std::string, T>> countedKeys(const std::vector<T>& list, KeyOf keyOf)
{
    std::map<std::string, int> seen;
    std::vector<std::pair<std::string, T>> keyed;
    keyed.reserve(list.size());
    for (const auto& element : list) {
        const std::string key = keyOf(element);
        keyed.emplace_back(key + '\x1e' + std::to_string(seen[key]++), element);
    }
    return keyed;
}

// Answers and notes: everything from both, oldest first.
template <typename T, typename KeyOf>
std::vector<T> mergeEvents(const std::vector<T>& a, const std::vector<T>& b, KeyOf keyOf)
{
    if (a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [&](const T& x, const T& y) {
            return keyOf(x) == keyOf(y);
        }))
        return a;
    using Keyed = std::pair<std::string, T>;
    const auto merged = mergeLists(
        countedKeys(a, keyOf), countedKeys(b, keyOf), [](const Keyed& item) { return item.first; },
        [](const Keyed& x, const Keyed& y) { return x.second.at < y.second.at; },
        [](const Keyed& x, const Keyed&) { return x; });
    std::vector<T> events;
    events.reserve(merged.size());
    for (const auto& item : merged)
        events.push_back(item.second);
    return events;
}

std::string answerKey(const Answer& answer)
{
    return joined({answer.at, answer.by, answerValueName(answer.value), answer.session});
}

std::string noteKey(const Note& note)
{
    return joined({note.at, note.by, note.text, note.session});
}

// Plain lists of words (who was at a session, skipped cards).
std::vector<std::string> mergeWords(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    return mergeLists(
        a, b, [](const std::string& word) { return word; }, [](const std::string& x, const std::string& y) { return x < y; },
        [](const std::string& x, const std::string&) { return x; });
}

// [SECTION] Ids made twice for different things

// FNV-1a: the same on every device and every build (std::hash is not).
std::string hashPart(const std::string& text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return std::string(hex, 8);
}


void renameGiver(Profile& profile, const std::string& from, const std::string& to)
{
    for (auto& contributor : profile.contributors)
        if (contributor.id == from)
            contributor.id = to;
    for (auto& session : profile.sessions)
        std::replace(session.present.begin(), session.present.end(), from, to);
    for (auto& card : profile.ownCards)
        if (card.addedBy == from)
            card.addedBy = to;
    for (auto& [key, record] : profile.cards) {
        for (auto& answer : record.answers)
            if (answer.by == from)
                answer.by = to;
        for (auto& note : record.notes)
            if (note.by == from)
                note.by = to;
    }
}

void renameSession(Profile& profile, const std::string& from, const std::string& to)
{
    for (auto& session : profile.sessions)
        if (session.id == from)
            session.id = to;
    for (auto& card : profile.ownCards)
        if (card.session == from)
            card.session = to;
    for (auto& [key, record] : profile.cards) {
        for (auto& answer : record.answers)
            if (answer.session == from)
                answer.session = to;
        for (auto& note : record.notes)
            if (note.session == from)
                note.session = to;
    }
}

void renameOwnCard(Profile& profile, const std::string& section, const std::string& from, const std::string& to)
{
    for (auto& card : profile.ownCards)
        if (card.section == section && card.id == from)
            card.id = to;
    const auto record = profile.cards.find(cardKey(section, from));
    if (record != profile.cards.end()) {
        CardRecord moved = std::move(record->second);
        profile.cards.erase(record);
        profile.cards[cardKey(section, to)] = std::move(moved);
    }
    const auto mat = profile.mats.find(section);
    if (mat != profile.mats.end()) {
        const auto placed = mat->second.placed.find(from);
        if (placed != mat->second.placed.end()) {
            const MatPlacement placement = placed->second;
            mat->second.placed.erase(placed);
            mat->second.placed[to] = placement;
        }
        std::replace(mat->second.skipped.begin(), mat->second.skipped.end(), from, to);
    }
    const std::string oldKey = cardKey(section, from);
    const std::string newKey = cardKey(section, to);
    for (const auto& [oldStamp, newStamp] :
         {std::make_pair(changeKey::cardPicture(oldKey), changeKey::cardPicture(newKey)),
          std::make_pair(changeKey::cardSharing(oldKey), changeKey::cardSharing(newKey)),
          std::make_pair(changeKey::ownCardPicture(oldKey), changeKey::ownCardPicture(newKey))}) {
        const auto stamp = profile.changedAt.find(oldStamp);
        if (stamp != profile.changedAt.end()) {
            const std::string at = stamp->second;
            profile.changedAt.erase(stamp);
            profile.changedAt[newStamp] = at;
        }
    }
}

std::string contributorIdentity(const Contributor& contributor)
{
    return joined({contributor.kind == ContributorKind::Observer ? "observer" : "supporter", contributor.name});
}

std::string sessionIdentity(const Session& session)
{
    return session.startedAt;
}

std::string ownCardIdentity(const OwnCard& card)
{
    return joined({card.addedAt, card.addedBy, card.label});
}

// Where one id names two different things in a and b, the one whose
// identity sorts second (in a or in b, the same answer either way round)
// gets a new id, and everything in its profile that pointed to it follows.
// The new id is made from a hash of what it names, so a thing renamed by an
// earlier merge gets the same id again (merging again changes nothing).
template <typename T, typename KeyOf, typename KeyWithId, typename IdentityOf, typename Rename>
void separate(Profile& a, Profile& b, const std::vector<T>& inA, const std::vector<T>& inB, KeyOf keyOf,
              KeyWithId keyWithId, IdentityOf identityOf, std::set<std::string>& taken, Rename rename)
{
    std::map<std::string, std::set<std::string>> identities; // key -> what it names, in a and b
    std::map<std::string, std::string> identitiesA;
    for (const auto& element : inA) {
        identities[keyOf(element)].insert(identityOf(element));
        identitiesA.emplace(keyOf(element), identityOf(element));
    }
    for (const auto& element : inB)
        identities[keyOf(element)].insert(identityOf(element));
    std::vector<std::pair<bool, T>> renames; // (in b, the element)
    for (const auto& element : inB) {
        const auto found = identitiesA.find(keyOf(element));
        if (found == identitiesA.end() || found->second == identityOf(element))
            continue;
        if (identityOf(element) > found->second) {
            renames.emplace_back(true, element);
        } else {
            const auto other = std::find_if(inA.begin(), inA.end(), [&](const T& x) { return keyOf(x) == keyOf(element); });
            renames.emplace_back(false, *other);
        }
    }
    for (const auto& [inProfileB, element] : renames) {
        const std::string identity = identityOf(element);
        std::string to = element.id + "-" + hashPart(identity);
        for (;;) {
            const auto named = identities.find(keyWithId(element, to));
            if (named == identities.end() ? taken.count(to) == 0 : named->second == std::set<std::string>{identity})
                break; // free, or the same thing renamed by an earlier merge
            to += "-" + hashPart(to);
        }
        taken.insert(to);
        identities[keyWithId(element, to)].insert(identity);
        rename(inProfileB ? b : a, element, to);
    }
}

void separateIds(Profile& a, Profile& b)
{
    std::set<std::string> givers = {kPersonGiver};
    std::set<std::string> sessions;
    std::set<std::string> cardIds;
    for (const auto* profile : {&a, &b}) {
        for (const auto& contributor : profile->contributors)
            givers.insert(contributor.id);
        for (const auto& session : profile->sessions)
            sessions.insert(session.id);
        for (const auto& card : profile->ownCards)
            cardIds.insert(card.id);
        for (const auto& item : profile->cards)
            cardIds.insert(item.first.substr(item.first.find('/') + 1));
    }
    const std::vector<Contributor> contributorsA = a.contributors;
    const std::vector<Contributor> contributorsB = b.contributors;
    const auto sameId = [](const auto&, const std::string& id) { return id; };
    separate(a, b, contributorsA, contributorsB, [](const Contributor& c) { return c.id; }, sameId, contributorIdentity, givers,
             [](Profile& profile, const Contributor& c, const std::string& to) { renameGiver(profile, c.id, to); });
    const std::vector<Session> sessionsA = a.sessions;
    const std::vector<Session> sessionsB = b.sessions;
    separate(a, b, sessionsA, sessionsB, [](const Session& s) { return s.id; }, sameId, sessionIdentity, sessions,
             [](Profile& profile, const Session& s, const std::string& to) { renameSession(profile, s.id, to); });
    const std::vector<OwnCard> cardsA = a.ownCards;
    const std::vector<OwnCard> cardsB = b.ownCards;
    separate(a, b, cardsA, cardsB, [](const OwnCard& c) { return cardKey(c.section, c.id); },
             [](const OwnCard& c, const std::string& id) { return cardKey(c.section, id); }, ownCardIdentity, cardIds,
             [](Profile& profile, const OwnCard& c, const std::string& to) {
                 renameOwnCard(profile, c.section, c.id, to);
             });
}

// [SECTION] Single things: the newer wins, the older goes into the history

// One thing that can only have one value (a name, a picture): its parts,
// what each is called in the history, and when it was set.
struct Single {
    std::vector<std::string> values;
    std::vector<std::string> names;
    std::string at;
};

// Whether x wins over y: the newer; at the same time (or neither known),
// the greater value, so every device picks the same. (Sharing has its own
// rule, resolveSharing.)
bool wins(const Single& x, const Single& y)
{
    if (x.at != y.at)
        return x.at > y.at;
    return x.values >= y.values;
}

// The winner of x and y (a copy: callers pass temporaries); the loser's
// parts that differ go into history.
Single resolve(const Single& x, const Single& y, std::vector<HistoryEntry>& history)
{
    const bool xWins = wins(x, y);
    const Single& winner = xWins ? x : y;
    const Single& loser = xWins ? y : x;
    for (std::size_t i = 0; i < loser.values.size(); ++i)
        if (loser.values[i] != winner.values[i] && !(loser.values[i].empty() && loser.at.empty()))
            history.push_back({loser.names[i], loser.values[i], loser.at}); // never set: nothing to keep
    return winner;
}

// Who sees a thing, where the copies differ: the newer choice wins, so a
// person who shares a card more widely on one device is heard on the
// other. When neither time is known, or both are the same, the most
// private wins: a merge never guesses towards showing more. The loser goes
// into the history, as a name ("team").
Sharing resolveSharing(const std::string& what, Sharing a, const std::string& atA, Sharing b, const std::string& atB,
                       std::vector<HistoryEntry>& history)
{
    if (a == b)
        return a;
    const bool aWins = atA != atB ? atA > atB : narrowerSharing(a, b) == a;
    const Sharing loser = aWins ? b : a;
    const std::string& loserAt = aWins ? atB : atA;
    if (!(loser == Sharing::Everyone && loserAt.empty())) // never set: nothing to keep
        history.push_back({what, sharingName(loser), loserAt});
    return aWins ? a : b;
}

std::string joinedKeys(const std::vector<std::string>& keys)
{
    std::string text;
    for (const auto& key : keys)
        text += (text.empty() ? "" : ",") + key;
    return text;
}

// [SECTION] The merge

class Merger {
public:
    Profile merge(const Profile& original, const Profile& other)
    {
        if (original.id != other.id)
            throw MergeError("These are two different people, so they cannot be put together.");
        if (original.layoutId != other.layoutId)
            throw MergeError("These profiles use different layouts, so they cannot be put together.");
        Profile a = original;
        Profile b = other;
        separateIds(a, b);
        m_a = &a;
        m_b = &b;

        Profile merged;
        merged.id = a.id;
        merged.layoutId = a.layoutId;
        merged.isDemo = a.isDemo || b.isDemo;
        merged.person = mergePerson(a.person, b.person);
        merged.contributors = mergeLists(
            a.contributors, b.contributors, [](const Contributor& c) { return c.id; },
            [](const Contributor& x, const Contributor& y) { return x.id < y.id; },
            [&](const Contributor& x, const Contributor& y) { return mergeContributor(x, y); });
        merged.sessions = mergeLists(
            a.sessions, b.sessions, [](const Session& s) { return s.id; },
            [](const Session& x, const Session& y) { return x.startedAt < y.startedAt; },
            [&](const Session& x, const Session& y) { return mergeSession(x, y); });
        merged.ownCards = mergeLists(
            a.ownCards, b.ownCards, [](const OwnCard& c) { return cardKey(c.section, c.id); },
            [](const OwnCard& x, const OwnCard& y) { return x.addedAt < y.addedAt; },
            [&](const OwnCard& x, const OwnCard& y) { return mergeOwnCard(x, y); });
        merged.cards = mergeMaps(a.cards, b.cards, [&](const std::string& key, const CardRecord& x, const CardRecord& y) {
            return mergeCard(key, x, y);
        });
        // A card only one side has a record for may still have been changed
        // on the other (a picture put back to the layout's leaves no record,
        // only its time): merged against an empty record, which changes
        // nothing when the other side never touched it.
        for (auto& [key, record] : merged.cards) {
            const bool inA = a.cards.count(key) > 0;
            if (inA != (b.cards.count(key) > 0))
                record = inA ? mergeCard(key, record, CardRecord{}) : mergeCard(key, CardRecord{}, record);
        }
        for (auto it = merged.cards.begin(); it != merged.cards.end();)
            it = it->second.isEmpty() ? merged.cards.erase(it) : std::next(it);
        merged.mats = mergeMaps(a.mats, b.mats, [](const std::string&, const MatState& x, const MatState& y) {
            return mergeMat(x, y);
        });
        std::set<HistoryEntry> history(a.history.begin(), a.history.end());
        history.insert(b.history.begin(), b.history.end());
        history.insert(m_history.begin(), m_history.end());
        merged.history.assign(history.begin(), history.end());
        merged.changedAt = a.changedAt;
        for (const auto& [key, at] : b.changedAt) {
            std::string& kept = merged.changedAt[key];
            kept = std::max(kept, at); // the winner's time is always the later
        }
        merged.onePage = mergeOnePage(a.onePage, b.onePage);
        m_a = m_b = nullptr;
        return merged;
    }

private:
    template <typename T, typename Combine>
    static std::map<std::string, T> mergeMaps(const std::map<std::string, T>& a, const std::map<std::string, T>& b,
                                              Combine combine)
    {
        std::map<std::string, T> merged = a;
        for (const auto& [key, value] : b) {
            const auto found = merged.find(key);
            if (found == merged.end())
                merged.emplace_hint(merged.end(), key, value);
            else
                found->second = combine(key, found->second, value);
        }
        return merged;
    }

    // When each side last changed a single thing; empty when never.
    std::string atA(const std::string& key) const { return stampIn(*m_a, key); }
    std::string atB(const std::string& key) const { return stampIn(*m_b, key); }
    static std::string stampIn(const Profile& profile, const std::string& key)
    {
        const auto found = profile.changedAt.find(key);
        return found == profile.changedAt.end() ? std::string() : found->second;
    }

    Person mergePerson(const Person& a, const Person& b)
    {
        Person merged;
        const std::string nameKey = changeKey::personName();
        const Single name = resolve({{a.name, a.preferredName}, {"person/name", "person/preferred_name"}, atA(nameKey)},
                                     {{b.name, b.preferredName}, {"person/name", "person/preferred_name"}, atB(nameKey)},
                                     m_history);
        merged.name = name.values[0];
        merged.preferredName = name.values[1];
        const std::string photoKey = changeKey::personPhoto();
        const Single photo = resolve({{a.photo}, {"person/photo"}, atA(photoKey)},
                                      {{b.photo}, {"person/photo"}, atB(photoKey)}, m_history);
        merged.photo = photo.values[0];
        const std::string photoSharingKey = changeKey::personPhotoSharing();
        merged.photoSharing = resolveSharing("person/photo_sharing", a.photoSharing, atA(photoSharingKey), b.photoSharing,
                                             atB(photoSharingKey), m_history);
        return merged;
    }

    // What the person chose for their one page: the newer choice, whole.
    OnePageChoice mergeOnePage(const OnePageChoice& a, const OnePageChoice& b)
    {
        if (a.chosen == b.chosen && a.items == b.items)
            return a;
        const std::string key = changeKey::onePage();
        const auto single = [](const OnePageChoice& choice, const std::string& at) {
            return Single{{choice.chosen ? "chosen" : "", joinedKeys(choice.items)}, {"one_page/chosen", "one_page/items"}, at};
        };
        const Single kept = resolve(single(a, atA(key)), single(b, atB(key)), m_history);
        return kept.values == single(a, "").values ? a : b;
    }

    Contributor mergeContributor(const Contributor& a, const Contributor& b)
    {
        // The same kind and name (separateIds made sure); only the role can differ.
        Contributor merged = a;
        const std::string what = "contributors/" + a.id + "/role";
        merged.role = resolve({{a.role}, {what}, ""}, {{b.role}, {what}, ""}, m_history).values[0];
        return merged;
    }

    Session mergeSession(const Session& a, const Session& b)
    {
        Session merged = a;
        const std::string what = "sessions/" + a.id + "/place";
        merged.place = resolve({{a.place}, {what}, ""}, {{b.place}, {what}, ""}, m_history).values[0];
        merged.present = mergeWords(a.present, b.present);
        return merged;
    }

    OwnCard mergeOwnCard(const OwnCard& a, const OwnCard& b)
    {
        // The same label, giver and time (separateIds made sure).
        OwnCard merged = a;
        const std::string what = "own_cards/" + a.section + "/" + a.id + "/";
        merged.spoken = resolve({{a.spoken}, {what + "spoken"}, ""}, {{b.spoken}, {what + "spoken"}, ""}, m_history)
                            .values[0];
        const std::string pictureKey = changeKey::ownCardPicture(cardKey(a.section, a.id));
        const Single picture = resolve({{a.symbol, a.photo}, {what + "symbol", what + "photo"}, atA(pictureKey)},
                                        {{b.symbol, b.photo}, {what + "symbol", what + "photo"}, atB(pictureKey)},
                                        m_history);
        merged.symbol = picture.values[0];
        merged.photo = picture.values[1];
        merged.session = std::max(a.session, b.session);
        return merged;
    }

    CardRecord mergeCard(const std::string& key, const CardRecord& a, const CardRecord& b)
    {
        CardRecord merged;
        const std::string what = "cards/" + key + "/";
        const std::string sharingKey = changeKey::cardSharing(key);
        merged.sharing = resolveSharing(what + "sharing", a.sharing, atA(sharingKey), b.sharing, atB(sharingKey), m_history);
        const std::string pictureKey = changeKey::cardPicture(key);
        const Single picture = resolve({{a.symbol, a.photo}, {what + "symbol", what + "photo"}, atA(pictureKey)},
                                        {{b.symbol, b.photo}, {what + "symbol", what + "photo"}, atB(pictureKey)},
                                        m_history);
        merged.symbol = picture.values[0];
        merged.photo = picture.values[1];
        merged.answers = mergeEvents(a.answers, b.answers, answerKey);
        merged.notes = mergeEvents(a.notes, b.notes, noteKey);
        // The same note in both copies, shared differently.
        const auto everyone = [](const Note& note) { return note.sharing == Sharing::Everyone; };
        const bool notesShared = std::all_of(a.notes.begin(), a.notes.end(), everyone)
                                 && std::all_of(b.notes.begin(), b.notes.end(), everyone);
        for (Note& note : merged.notes) {
            if (notesShared)
                break;
            const auto same = [&](const Note& other) { return noteKey(other) == noteKey(note); };
            const auto inA = std::find_if(a.notes.begin(), a.notes.end(), same);
            const auto inB = std::find_if(b.notes.begin(), b.notes.end(), same);
            if (inA == a.notes.end() || inB == b.notes.end() || inA->sharing == inB->sharing)
                continue;
            const std::string stamp = changeKey::noteSharing(key, note.by, note.at);
            note.sharing = resolveSharing(what + "notes/" + note.by + "/" + note.at + "/sharing", inA->sharing, atA(stamp),
                                          inB->sharing, atB(stamp), m_history);
        }
        return merged;
    }

    static MatState mergeMat(const MatState& a, const MatState& b)
    {
        MatState merged = a;
        for (const auto& [cardId, place] : b.placed) {
            const auto found = merged.placed.find(cardId);
            if (found == merged.placed.end())
                merged.placed.emplace(cardId, place);
            else if (std::make_pair(place.x, place.y) > std::make_pair(found->second.x, found->second.y))
                found->second = place; // either will do; every device picks the same
        }
        merged.skipped = mergeWords(a.skipped, b.skipped);
        return merged;
    }

    std::vector<HistoryEntry> m_history;
    const Profile* m_a = nullptr;
    const Profile* m_b = nullptr;
};

} // namespace

Profile mergeProfiles(const Profile& a, const Profile& b)
{
    return Merger().merge(a, b);
}

MergeCounts countAdded(const Profile& before, const Profile& after)
{
    MergeCounts counts;
    const auto count = [](std::size_t was, std::size_t now) { return now > was ? static_cast<int>(now - was) : 0; };
    counts.contributors = count(before.contributors.size(), after.contributors.size());
    counts.sessions = count(before.sessions.size(), after.sessions.size());
    counts.ownCards = count(before.ownCards.size(), after.ownCards.size());
    for (const auto& [key, record] : after.cards) {
        const CardRecord* was = before.findCard(key);
        counts.answers += count(was ? was->answers.size() : 0, record.answers.size());
        counts.notes += count(was ? was->notes.size() : 0, record.notes.size());
    }
    return counts;
}

} // namespace rightjob::core
