// The profile model: who the profile is about, who helped, the sessions, and
// every answer and note with who gave it, when and where. Plain data; the
// rules for changing it live in ProfileDocument, reading and writing in
// profile_json.h. The file format is written down in docs/profile-format.md.
#pragma once

#include "core/profile/layout.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::core {

// Who gave an answer or a note: the person, or a contributor's id.
inline constexpr const char* kPersonGiver = "person";

// [SECTION] Sharing by reader

// Who may see a card, a note or a photo outside this computer. The person
// decides: everyone (an employer too), their support team only, or nobody
// (it stays on this computer and is in no export).
enum class Sharing { Everyone, Team, Nobody };

// Who an output is made for. Each reader sees only what is shared with them.
enum class Reader {
    Employer, // sees what is shared with everyone
    Team,     // the family and support team, or another job coach: everyone and team
    Me,       // the person's own copy: everyone and team (nobody stays on the computer)
};

// "everyone", "team" or "nobody", for files and the command line.
const char* sharingName(Sharing sharing);
// Reads the name back; nothing for anything else.
std::optional<Sharing> sharingFromName(const std::string& name);
// "employer", "team" or "me", for the command line.
const char* readerName(Reader reader);
// Reads the name back; nothing for anything else.
std::optional<Reader> readerFromName(const std::string& name);

// Whether the reader may see something shared this way. Nothing shared
// with nobody is seen by any reader: it never leaves the computer.
bool readerMaySee(Reader reader, Sharing sharing);

// How a sharing choice is shown and said: "My team", with its picture.
struct SharingWords {
    std::string label;  // "My team"
    std::string detail; // "Only my support team sees it"
    std::string spoken; // "Only my support team can see this."
    std::string symbol;
};
SharingWords sharingWords(Sharing sharing);

// How a reader is shown and said: "An employer", with its picture.
struct ReaderWords {
    std::string label;  // "An employer"
    std::string detail; // "Only what everyone may see"
    std::string spoken;
    std::string symbol;
};
ReaderWords readerWords(Reader reader);

// The narrower of two sharings: a note on a team-only card is team-only too.
Sharing narrowerSharing(Sharing first, Sharing second);

// Who the profile is about.
struct Person {
    std::string name;
    std::string preferredName; // empty: the first word of name
    std::string photo;         // a path inside the person's folder, or empty
    Sharing photoSharing = Sharing::Everyone; // who may see the photo

    // The name to show and say: the preferred name, or the first word of name.
    std::string shownName() const;
};

// A supporter says things about the person; an observer has seen them.
enum class ContributorKind { Supporter, Observer };

// Someone other than the person who gave answers or notes.
struct Contributor {
    std::string id;
    ContributorKind kind = ContributorKind::Supporter;
    std::string name; // "Karen"
    std::string role; // "Mum", "Job coach"
};

// A "get to know you" session.
struct Session {
    std::string id;
    std::string startedAt; // ISO 8601 UTC
    std::string place;     // "Home", "College"
    std::vector<std::string> present; // "person" and contributor ids
    std::string endedAt{};            // when it was ended, ISO 8601 UTC; empty while it goes on
    bool endedWhenIdle = false;       // ended because nothing was done in it for a long time
};

// An answer on the section's scale, with who gave it, when and where.
struct Answer {
    AnswerValue value = AnswerValue::Middle;
    std::string by;      // "person" or a contributor id
    std::string at;      // ISO 8601 UTC
    std::string session; // session id or empty
};

// A note someone wrote or said about a card. It is seen by those who may
// see both it and its card.
struct Note {
    std::string text;
    std::string by;
    std::string at;
    std::string session;
    Sharing sharing = Sharing::Everyone;
};

// A card the person (or a supporter) added to a section.
struct OwnCard {
    std::string section;
    std::string id;
    std::string label;
    std::string spoken; // empty: the label
    std::string symbol;
    std::string photo;
    std::string addedBy;
    std::string addedAt;
    std::string session;
    // The layout card this one is like, "section/card" ("places/noisy_places"),
    // chosen by a supporter when the card is added; empty: something new.
    // Matching reads its answers as answers to that card.
    std::string means;
};

// What has been said about one card. Its sharing covers its answers, its
// notes, its picture and its recording.
struct CardRecord {
    Sharing sharing = Sharing::Everyone;
    std::vector<Answer> answers; // oldest first; the latest per giver counts
    std::vector<Note> notes;     // oldest first
    // A picture chosen for one of the layout's cards instead of its own:
    // a symbol id, and a photo in the person's folder shown before it.
    // Empty: the layout's picture. (Own cards keep theirs in OwnCard.)
    std::string symbol;
    std::string photo;
    bool isEmpty() const
    {
        return sharing == Sharing::Everyone && answers.empty() && notes.empty() && symbol.empty() && photo.empty();
    }
};

// A random part for a new id ("k3f9x2qa": 8 small letters and digits),
// so that ids made on two devices for the same person never collide.
std::string newIdPart();

// The keys of Profile::changedAt: the person's name (with the preferred
// name), photo and who sees the photo; a card's picture (symbol and photo)
// and sharing; who sees one note (by who wrote it and when); an own card's
// picture; what is on the one-page profile.
namespace changeKey {
inline std::string personName() { return "person/name"; }
inline std::string personPhoto() { return "person/photo"; }
inline std::string personPhotoSharing() { return "person/photo_sharing"; }
inline std::string cardPicture(const std::string& cardKey) { return "cards/" + cardKey + "/picture"; }
inline std::string cardSharing(const std::string& cardKey) { return "cards/" + cardKey + "/sharing"; }
inline std::string noteSharing(const std::string& cardKey, const std::string& by, const std::string& at)
{
    return "cards/" + cardKey + "/notes/" + by + "/" + at + "/sharing";
}
inline std::string onePage() { return "one_page"; }
inline std::string ownCardPicture(const std::string& cardKey) { return "own_cards/" + cardKey + "/picture"; }
} // namespace changeKey

// "section/card", the key of a card everywhere in the program.
std::string cardKey(const std::string& sectionId, const std::string& cardId);

// A card as it shows in a section: from the layout or one of the person's own.
struct CardView {
    std::string sectionId;
    std::string id;
    std::string label;
    std::string spoken;
    std::string phrase;
    std::string symbol;
    std::string photo;
    bool isOwnCard = false;
};

// Where a card was put on the talking mat, inside its answer place: x and y
// from 0 to 1 across the place, so it stays put at any window size.
struct MatPlacement {
    double x = 0.5;
    double y = 0.5;
};

// The talking mat of one section: where cards were put, and which were skipped.
struct MatState {
    std::map<std::string, MatPlacement> placed; // by card id
    std::vector<std::string> skipped;           // card ids, in the order skipped

    bool isEmpty() const { return placed.empty() && skipped.empty(); }
};

// What the person chose to put on their one-page profile: card keys
// ("about_me/kind"), most important first. Until they choose, the page is
// filled from their answers, most important first.
struct OnePageChoice {
    bool chosen = false;
    std::vector<std::string> items;

    bool isEmpty() const { return !chosen && items.empty(); }
};

// A value that lost to a newer one when two copies of a profile were merged
// (core/profile/profile_merge.h): what it was for ("person/name",
// "cards/likes/cooking/symbol"), the value, and when it was set (empty when
// not known). Nothing a merge replaces is thrown away.
struct HistoryEntry {
    std::string what;
    std::string value;
    std::string at;

    bool operator==(const HistoryEntry& other) const
    {
        return what == other.what && value == other.value && at == other.at;
    }
    bool operator<(const HistoryEntry& other) const
    {
        return what != other.what ? what < other.what : (at != other.at ? at < other.at : value < other.value);
    }
};

// One person's whole profile.
struct Profile {
    std::string id;
    std::string layoutId;
    bool isDemo = false;
    Person person;
    std::vector<Contributor> contributors;
    std::vector<Session> sessions;
    std::vector<OwnCard> ownCards;
    std::map<std::string, CardRecord> cards; // by cardKey
    std::map<std::string, MatState> mats;    // by section id
    OnePageChoice onePage;
    // When each single thing was last changed (ISO 8601 UTC), by what
    // changeKey gives: a merge keeps the newer (core/profile/profile_merge.h).
    // Things never changed since this was kept have no entry.
    std::map<std::string, std::string> changedAt;
    std::vector<HistoryEntry> history;       // sorted, no entry twice

    // The contributor with this id, or nullptr.
    const Contributor* findContributor(const std::string& id) const;
    // The session with this id, or nullptr.
    const Session* findSession(const std::string& id) const;
    // The record for a card, or nullptr when nobody has touched it.
    const CardRecord* findCard(const std::string& key) const;

    // The latest answer given by giver for the card, if any.
    std::optional<Answer> latestAnswer(const std::string& key, const std::string& giver) const;
    // The answer that stands for the card: the person's latest if they gave
    // one, otherwise the latest by anyone.
    std::optional<Answer> standingAnswer(const std::string& key) const;

    // A giver's name for screens: the person's shown name, "Karen (Mum)".
    std::string giverLabel(const std::string& giver) const;
};

// The profile as a reader may see it: every card the reader may not see is
// taken out (its answers, notes, picture, own card and place on the mat),
// so are notes the reader may not see and the person's photo when it is not
// theirs to see, and the one-page choice keeps only cards left. Every export
// is made from this; it is the one place the rule is written.
Profile profileForReader(const Profile& profile, Reader reader);

// The cards of a section as shown: the layout's cards, then the person's own.
std::vector<CardView> sectionCards(const Layout& layout, const Profile& profile, const std::string& sectionId);

// How far a section is done: cards with any answer, out of all its cards.
struct SectionProgress {
    int answered = 0;
    int total = 0;
};
SectionProgress sectionProgress(const Layout& layout, const Profile& profile, const std::string& sectionId);

// The card the talking mat shows next: the first card nobody has answered and
// the person has not skipped, then the skipped ones in the order skipped.
// Empty when every card is answered — the mat is done.
std::string nextMatCard(const Layout& layout, const Profile& profile, const std::string& sectionId);

} // namespace rightjob::core
