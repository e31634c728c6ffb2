#include "core/profile/profile.h"

#include <random>

#include <algorithm>
#include <set>

namespace rightjob::core {

// [SECTION] Sharing by reader

const char* sharingName(Sharing sharing)
{
    switch (sharing) {
    case Sharing::Everyone: return "everyone";
    case Sharing::Team: return "team";
    case Sharing::Nobody: return "nobody";
    }
    return "nobody";
}

std::optional<Sharing> sharingFromName(const std::string& name)
{
    for (Sharing sharing : {Sharing::Everyone, Sharing::Team, Sharing::Nobody})
        if (name == sharingName(sharing))
            return sharing;
    return std::nullopt;
}

const char* readerName(Reader reader)
{
    switch (reader) {
    case Reader::Employer: return "employer";
    case Reader::Team: return "team";
    case Reader::Me: return "me";
    }
    return "employer";
}

std::optional<Reader> readerFromName(const std::string& name)
{
    for (Reader reader : {Reader::Employer, Reader::Team, Reader::Me})
        if (name == readerName(reader))
            return reader;
    return std::nullopt;
}

bool readerMaySee(Reader reader, Sharing sharing)
{
    switch (sharing) {
    case Sharing::Everyone: return true;
    case Sharing::Team: return reader == Reader::Team || reader == Reader::Me;
    case Sharing::Nobody: return false;
    }
    return false;
}

SharingWords sharingWords(Sharing sharing)
{
    switch (sharing) {
    case Sharing::Everyone:
        return {"Everyone", "An employer can see it too", "Everyone can see this. An employer can see it too.",
                "globe-showing-europe-africa"};
    case Sharing::Team:
        return {"My team", "Only my support team sees it", "Only my support team can see this.",
                "people-holding-hands"};
    case Sharing::Nobody:
        return {"Nobody", "It stays on this computer", "Nobody else can see this. It stays on this computer.",
                "locked"};
    }
    return {};
}

ReaderWords readerWords(Reader reader)
{
    switch (reader) {
    case Reader::Employer:
        return {"An employer", "Only what everyone may see", "For an employer. It shows only what everyone may see.",
                "office-building"};
    case Reader::Team:
        return {"My support team", "My family, staff and job coach", "For my support team. My family, staff and job coach.",
                "people-holding-hands"};
    case Reader::Me:
        return {"Me", "My own copy", "For me. My own copy.", "bust-in-silhouette"};
    }
    return {};
}

Sharing narrowerSharing(Sharing first, Sharing second)
{
    return static_cast<int>(first) > static_cast<int>(second) ? first : second;
}

namespace {

// Whether a changedAt key names something the reader of the filtered
// profile may see; hidden holds the keys of the cards they may not.
bool changeSeen(const Profile& shared, const std::set<std::string>& hidden, const std::string& key)
{
    if (key == changeKey::personPhoto() || key == changeKey::personPhotoSharing())
        return !shared.person.photo.empty();
    const auto startsWith = [&](const char* prefix) { return key.rfind(prefix, 0) == 0; };
    const bool card = startsWith("cards/");
    if (!card && !startsWith("own_cards/"))
        return true; // the name, the one page
    // "cards/<section>/<card>/...": the card key is the next two parts.
    const std::size_t start = key.find('/') + 1;
    const std::size_t middle = key.find('/', start);
    const std::size_t end = middle == std::string::npos ? std::string::npos : key.find('/', middle + 1);
    if (end == std::string::npos)
        return false;
    const std::string cardKeyText = key.substr(start, end - start);
    if (hidden.count(cardKeyText) > 0)
        return false;
    if (!card || key.compare(end + 1, 6, "notes/") != 0)
        return true;
    const CardRecord* record = shared.findCard(cardKeyText);
    if (!record)
        return false;
    return std::any_of(record->notes.begin(), record->notes.end(), [&](const Note& note) {
        return key == changeKey::noteSharing(cardKeyText, note.by, note.at);
    });
}

} // namespace

Profile profileForReader(const Profile& profile, Reader reader)
{
    Profile shared = profile;
    if (!readerMaySee(reader, shared.person.photoSharing))
        shared.person.photo.clear();
    std::set<std::string> hidden;
    for (auto it = shared.cards.begin(); it != shared.cards.end();) {
        CardRecord& record = it->second;
        if (!readerMaySee(reader, record.sharing)) {
            hidden.insert(it->first);
            it = shared.cards.erase(it);
            continue;
        }
        record.notes.erase(std::remove_if(record.notes.begin(), record.notes.end(),
                                          [&](const Note& note) { return !readerMaySee(reader, note.sharing); }),
                           record.notes.end());
        ++it;
    }
    shared.ownCards.erase(std::remove_if(shared.ownCards.begin(), shared.ownCards.end(),
                                         [&](const OwnCard& own) { return hidden.count(cardKey(own.section, own.id)) > 0; }),
                          shared.ownCards.end());
    for (auto& [sectionId, mat] : shared.mats) {
        for (auto it = mat.placed.begin(); it != mat.placed.end();)
            it = hidden.count(cardKey(sectionId, it->first)) ? mat.placed.erase(it) : std::next(it);
        mat.skipped.erase(std::remove_if(mat.skipped.begin(), mat.skipped.end(),
                                         [&, id = sectionId](const std::string& card) { return hidden.count(cardKey(id, card)) > 0; }),
                          mat.skipped.end());
    }
    for (auto it = shared.mats.begin(); it != shared.mats.end();)
        it = it->second.isEmpty() ? shared.mats.erase(it) : std::next(it);
    auto& items = shared.onePage.items;
    items.erase(std::remove_if(items.begin(), items.end(), [&](const std::string& key) { return hidden.count(key) > 0; }),
                items.end());
    // What lost when copies were merged stays on the machine: it can hold
    // the words of hidden cards. When single things changed goes with what
    // the reader sees, so a merge of this copy still keeps the newer; never
    // for anything hidden.
    shared.history.clear();
    for (auto it = shared.changedAt.begin(); it != shared.changedAt.end();)
        it = changeSeen(shared, hidden, it->first) ? std::next(it) : shared.changedAt.erase(it);
    return shared;
}

// [SECTION] The profile

std::string Person::shownName() const
{
    if (!preferredName.empty())
        return preferredName;
    const auto space = name.find(' ');
    return space == std::string::npos ? name : name.substr(0, space);
}

std::string newIdPart()
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device device;
    std::string part;
    for (int i = 0; i < 8; ++i)
        part += letters[device() % 36];
    return part;
}

std::string cardKey(const std::string& sectionId, const std::string& cardId)
{
    return sectionId + "/" + cardId;
}

const Contributor* Profile::findContributor(const std::string& contributorId) const
{
    for (const auto& contributor : contributors)
        if (contributor.id == contributorId)
            return &contributor;
    return nullptr;
}

const Session* Profile::findSession(const std::string& sessionId) const
{
    for (const auto& session : sessions)
        if (session.id == sessionId)
            return &session;
    return nullptr;
}

const CardRecord* Profile::findCard(const std::string& key) const
{
    const auto found = cards.find(key);
    return found == cards.end() ? nullptr : &found->second;
}

std::optional<Answer> Profile::latestAnswer(const std::string& key, const std::string& giver) const
{
    const CardRecord* record = findCard(key);
    if (!record)
        return std::nullopt;
    for (auto it = record->answers.rbegin(); it != record->answers.rend(); ++it)
        if (it->by == giver)
            return *it;
    return std::nullopt;
}

std::optional<Answer> Profile::standingAnswer(const std::string& key) const
{
    if (auto own = latestAnswer(key, kPersonGiver))
        return own;
    const CardRecord* record = findCard(key);
    if (!record || record->answers.empty())
        return std::nullopt;
    return record->answers.back();
}

std::string Profile::giverLabel(const std::string& giver) const
{
    if (giver == kPersonGiver)
        return person.shownName();
    if (const Contributor* contributor = findContributor(giver))
        return contributor->role.empty() ? contributor->name : contributor->name + " (" + contributor->role + ")";
    return giver;
}

std::vector<CardView> sectionCards(const Layout& layout, const Profile& profile, const std::string& sectionId)
{
    std::vector<CardView> views;
    if (const SectionDefinition* section = layout.findSection(sectionId)) {
        for (const auto& card : section->cards) {
            CardView view{sectionId, card.id, card.label, card.spoken, card.phrase, card.symbol, "", false};
            if (const CardRecord* record = profile.findCard(cardKey(sectionId, card.id))) {
                if (!record->symbol.empty())
                    view.symbol = record->symbol;
                view.photo = record->photo;
            }
            views.push_back(std::move(view));
        }
    }
    for (const auto& own : profile.ownCards) {
        if (own.section != sectionId)
            continue;
        views.push_back({sectionId, own.id, own.label, own.spoken.empty() ? own.label : own.spoken, own.label,
                         own.symbol, own.photo, true});
    }
    return views;
}

SectionProgress sectionProgress(const Layout& layout, const Profile& profile, const std::string& sectionId)
{
    SectionProgress progress;
    for (const auto& card : sectionCards(layout, profile, sectionId)) {
        ++progress.total;
        const CardRecord* record = profile.findCard(cardKey(sectionId, card.id));
        if (record && !record->answers.empty())
            ++progress.answered;
    }
    return progress;
}

std::string nextMatCard(const Layout& layout, const Profile& profile, const std::string& sectionId)
{
    const auto cards = sectionCards(layout, profile, sectionId);
    const auto mat = profile.mats.find(sectionId);
    const auto answered = [&](const std::string& cardId) {
        const CardRecord* record = profile.findCard(cardKey(sectionId, cardId));
        return record && !record->answers.empty();
    };
    const auto skipped = [&](const std::string& cardId) {
        return mat != profile.mats.end()
               && std::find(mat->second.skipped.begin(), mat->second.skipped.end(), cardId) != mat->second.skipped.end();
    };
    for (const auto& card : cards)
        if (!answered(card.id) && !skipped(card.id))
            return card.id;
    if (mat != profile.mats.end())
        for (const auto& cardId : mat->second.skipped)
            if (!answered(cardId))
                return cardId;
    return "";
}

} // namespace rightjob::core
