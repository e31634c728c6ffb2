#include "core/profile/profile_document.h"

#include "core/base/text.h"

#include <algorithm>
#include <optional>

namespace rightjob::core {

namespace {

constexpr std::size_t kUndoStepsKept = 500;
constexpr const char* kTastersSection = "tasters";

// A photo path the profile may keep: relative, inside the person's folder.
void requirePhotoInFolder(const std::string& photo)
{
    if (photo.empty())
        return;
    bool leaves = photo.front() == '/' || photo.find('\\') != std::string::npos;
    std::size_t start = 0;
    while (!leaves && start <= photo.size()) {
        std::size_t end = photo.find('/', start);
        if (end == std::string::npos)
            end = photo.size();
        const std::string part = photo.substr(start, end - start);
        leaves = part.empty() || part == "." || part == "..";
        start = end + 1;
    }
    if (leaves)
        throw EditError("That photo is not in the person's folder.");
}

} // namespace

ProfileDocument::ProfileDocument(Profile profile, const Layout& layout, Clock& clock)
    : m_profile(std::move(profile)), m_layout(layout), m_clock(clock)
{
}

void ProfileDocument::setCurrentGiver(const std::string& giver)
{
    if (giver != kPersonGiver && !m_profile.findContributor(giver))
        throw EditError("That helper is not in this profile.");
    m_currentGiver = giver;
}

void ProfileDocument::continueSession(const std::string& sessionId)
{
    if (!m_profile.findSession(sessionId))
        throw EditError("That session is not in this profile.");
    m_currentSession = sessionId;
}

void ProfileDocument::ensureSession()
{
    // Answers always carry their session: with none going on, the first
    // change starts one here, as part of the profile and not a step of undo.
    if (!m_currentSession.empty() || m_lookOnly)
        return;
    const std::string id = uniqueId("session-", [&](const std::string& candidate) {
        return m_profile.findSession(candidate) != nullptr;
    });
    std::vector<std::string> present{kPersonGiver};
    if (m_currentGiver != kPersonGiver)
        present.push_back(m_currentGiver);
    m_profile.sessions.push_back(Session{id, m_clock.nowText(), "", present});
    m_currentSession = id;
}

void ProfileDocument::endSession()
{
    const Session* session = m_profile.findSession(m_currentSession);
    if (!session || m_lookOnly)
        return;
    const std::string id = session->id;
    const std::string now = m_clock.nowText();
    m_currentSession.clear();
    commit({"ending the session",
            [id, now](Profile& profile) {
                for (Session& s : profile.sessions)
                    if (s.id == id)
                        s.endedAt = now;
            },
            [id](Profile& profile) {
                for (Session& s : profile.sessions)
                    if (s.id == id)
                        s.endedAt.clear();
            }});
}

std::string ProfileDocument::lastActivityIn(const Session& session) const
{
    std::string latest = session.startedAt;
    for (const auto& [key, record] : m_profile.cards) {
        for (const Answer& answer : record.answers)
            if (answer.session == session.id)
                latest = std::max(latest, answer.at);
        for (const Note& note : record.notes)
            if (note.session == session.id)
                latest = std::max(latest, note.at);
    }
    return latest;
}

SessionResume ProfileDocument::resumeSession(std::int64_t idleLimitSeconds)
{
    // The newest session not ended carries on, unless nothing was done in it for idleLimitSeconds.
    for (auto session = m_profile.sessions.rbegin(); session != m_profile.sessions.rend(); ++session) {
        if (!session->endedAt.empty())
            continue;
        const std::string last = lastActivityIn(*session);
        const auto lastSeconds = parseUtc(last);
        if (lastSeconds && m_clock.nowSeconds() - *lastSeconds < idleLimitSeconds) {
            m_currentSession = session->id;
            return SessionResume::Continued;
        }
        if (m_lookOnly)
            return SessionResume::None;
        // Ended when it was last used; not a step the person could undo.
        session->endedAt = last;
        session->endedWhenIdle = true;
        m_currentSession.clear();
        changed();
        return SessionResume::EndedWhenIdle;
    }
    return SessionResume::None;
}

const CardView ProfileDocument::requireCard(const std::string& sectionId, const std::string& cardId) const
{
    for (const auto& card : sectionCards(m_layout, m_profile, sectionId))
        if (card.id == cardId)
            return card;
    throw EditError("That card is not in this section.");
}

void ProfileDocument::commit(Change change, const std::vector<std::string>& stampKeys)
{
    if (m_lookOnly)
        return;
    if (!stampKeys.empty()) {
        // A single thing changed: note when, so a merge with another copy
        // keeps the newer. Undo and redo are changes too, noted when done.
        const auto stamped = [this, stampKeys](std::function<void(Profile&)> step) {
            return [this, stampKeys, step](Profile& profile) {
                step(profile);
                for (const auto& key : stampKeys)
                    profile.changedAt[key] = m_clock.nowText();
            };
        };
        change.apply = stamped(change.apply);
        change.revert = stamped(change.revert);
    }
    change.apply(m_profile);
    m_undo.push_back(std::move(change));
    if (m_undo.size() > kUndoStepsKept)
        m_undo.erase(m_undo.begin());
    m_redo.clear();
    changed();
}

void ProfileDocument::takeIn(Profile merged)
{
    m_profile = std::move(merged);
    m_undo.clear();
    m_redo.clear();
    changed();
}

void ProfileDocument::changed()
{
    ++m_revision;
    if (m_profile.findSession(m_currentSession) == nullptr)
        m_currentSession.clear();
    if (m_currentGiver != kPersonGiver && !m_profile.findContributor(m_currentGiver))
        m_currentGiver = kPersonGiver;
    if (m_onChange)
        m_onChange();
}

void ProfileDocument::replaceCard(const std::string& description, const std::string& key, CardRecord after,
                                  const std::vector<std::string>& stampKeys)
{
    const CardRecord* existing = m_profile.findCard(key);
    const bool hadRecord = existing != nullptr;
    CardRecord before = hadRecord ? *existing : CardRecord{};
    commit({description,
            [key, after](Profile& profile) { profile.cards[key] = after; },
            [key, before, hadRecord](Profile& profile) {
                if (hadRecord)
                    profile.cards[key] = before;
                else
                    profile.cards.erase(key);
            }},
           stampKeys);
}

void ProfileDocument::answer(const std::string& sectionId, const std::string& cardId, AnswerValue value)
{
    const CardView card = requireCard(sectionId, cardId);
    const std::string key = cardKey(sectionId, cardId);
    CardRecord after = m_profile.findCard(key) ? *m_profile.findCard(key) : CardRecord{};
    ensureSession();
    after.answers.push_back({value, m_currentGiver, m_clock.nowText(), m_currentSession});
    replaceCard("the answer for " + card.label, key, std::move(after));
}

void ProfileDocument::replaceCardAndMat(const std::string& description, const std::string& key, CardRecord card,
                                        const std::string& sectionId, MatState mat)
{
    const CardRecord* existingCard = m_profile.findCard(key);
    const std::optional<CardRecord> cardBefore =
        existingCard ? std::optional<CardRecord>(*existingCard) : std::nullopt;
    const auto existingMat = m_profile.mats.find(sectionId);
    const std::optional<MatState> matBefore =
        existingMat != m_profile.mats.end() ? std::optional<MatState>(existingMat->second) : std::nullopt;
    commit({description,
            [key, card, sectionId, mat](Profile& profile) {
                profile.cards[key] = card;
                profile.mats[sectionId] = mat;
            },
            [key, cardBefore, sectionId, matBefore](Profile& profile) {
                if (cardBefore)
                    profile.cards[key] = *cardBefore;
                else
                    profile.cards.erase(key);
                if (matBefore)
                    profile.mats[sectionId] = *matBefore;
                else
                    profile.mats.erase(sectionId);
            }});
}

void ProfileDocument::placeOnMat(const std::string& sectionId, const std::string& cardId, AnswerValue value,
                                 MatPlacement placement)
{
    const CardView card = requireCard(sectionId, cardId);
    if (!(placement.x >= 0 && placement.x <= 1 && placement.y >= 0 && placement.y <= 1))
        throw EditError("That place is not on the mat.");
    const std::string key = cardKey(sectionId, cardId);
    CardRecord record = m_profile.findCard(key) ? *m_profile.findCard(key) : CardRecord{};
    // The mat is the person's own: whoever was last chosen on a card screen,
    // what is put on the mat is the person's answer.
    ensureSession();
    record.answers.push_back({value, kPersonGiver, m_clock.nowText(), m_currentSession});
    MatState mat = m_profile.mats.count(sectionId) ? m_profile.mats.at(sectionId) : MatState{};
    mat.placed[cardId] = placement;
    mat.skipped.erase(std::remove(mat.skipped.begin(), mat.skipped.end(), cardId), mat.skipped.end());
    replaceCardAndMat("putting " + card.label + " on the mat", key, std::move(record), sectionId, std::move(mat));
}

void ProfileDocument::skipOnMat(const std::string& sectionId, const std::string& cardId)
{
    const CardView card = requireCard(sectionId, cardId);
    const std::string key = cardKey(sectionId, cardId);
    MatState before = m_profile.mats.count(sectionId) ? m_profile.mats.at(sectionId) : MatState{};
    MatState after = before;
    after.skipped.erase(std::remove(after.skipped.begin(), after.skipped.end(), cardId), after.skipped.end());
    after.skipped.push_back(cardId);
    const bool hadMat = m_profile.mats.count(sectionId) > 0;
    commit({"skipping " + card.label,
            [sectionId, after](Profile& profile) { profile.mats[sectionId] = after; },
            [sectionId, before, hadMat](Profile& profile) {
                if (hadMat)
                    profile.mats[sectionId] = before;
                else
                    profile.mats.erase(sectionId);
            }});
}

void ProfileDocument::addNote(const std::string& sectionId, const std::string& cardId, const std::string& text)
{
    const CardView card = requireCard(sectionId, cardId);
    const std::string clean = trimmed(text);
    if (clean.empty())
        throw EditError("The note is empty.");
    const std::string key = cardKey(sectionId, cardId);
    CardRecord after = m_profile.findCard(key) ? *m_profile.findCard(key) : CardRecord{};
    ensureSession();
    after.notes.push_back({clean, m_currentGiver, m_clock.nowText(), m_currentSession});
    replaceCard("the note on " + card.label, key, std::move(after));
}

void ProfileDocument::setSharing(const std::string& sectionId, const std::string& cardId, Sharing sharing)
{
    const CardView card = requireCard(sectionId, cardId);
    const std::string key = cardKey(sectionId, cardId);
    CardRecord after = m_profile.findCard(key) ? *m_profile.findCard(key) : CardRecord{};
    if (after.sharing == sharing)
        return;
    after.sharing = sharing;
    replaceCard("who sees " + card.label, key, std::move(after), {changeKey::cardSharing(key)});
}

void ProfileDocument::setNoteSharing(const std::string& sectionId, const std::string& cardId, std::size_t note,
                                     Sharing sharing)
{
    const CardView card = requireCard(sectionId, cardId);
    const std::string key = cardKey(sectionId, cardId);
    const CardRecord* record = m_profile.findCard(key);
    if (!record || note >= record->notes.size())
        throw EditError("That note is not there.");
    if (record->notes[note].sharing == sharing)
        return;
    CardRecord after = *record;
    after.notes[note].sharing = sharing;
    const std::string stamp = changeKey::noteSharing(key, after.notes[note].by, after.notes[note].at);
    replaceCard("who sees the note on " + card.label, key, std::move(after), {stamp});
}

void ProfileDocument::replaceCardPicture(const std::string& description, const CardView& card,
                                         const std::string& symbol, const std::string& photo)
{
    if (card.isOwnCard) {
        const auto sameCard = [card](const OwnCard& own) { return own.section == card.sectionId && own.id == card.id; };
        const auto found = std::find_if(m_profile.ownCards.begin(), m_profile.ownCards.end(), sameCard);
        const OwnCard before = *found;
        OwnCard after = before;
        after.symbol = symbol;
        after.photo = photo;
        const auto put = [sameCard](const OwnCard& own) {
            return [sameCard, own](Profile& profile) {
                const auto at = std::find_if(profile.ownCards.begin(), profile.ownCards.end(), sameCard);
                if (at != profile.ownCards.end())
                    *at = own;
            };
        };
        commit({description, put(after), put(before)}, {changeKey::ownCardPicture(cardKey(card.sectionId, card.id))});
        return;
    }
    const std::string key = cardKey(card.sectionId, card.id);
    CardRecord after = m_profile.findCard(key) ? *m_profile.findCard(key) : CardRecord{};
    // The layout's own symbol is not kept as a choice, so a layout change still shows.
    const SectionDefinition* section = m_layout.findSection(card.sectionId);
    const auto layoutCard = std::find_if(section->cards.begin(), section->cards.end(),
                                         [&](const CardDefinition& c) { return c.id == card.id; });
    after.symbol = layoutCard != section->cards.end() && layoutCard->symbol == symbol ? "" : symbol;
    after.photo = photo;
    replaceCard(description, key, std::move(after), {changeKey::cardPicture(key)});
}

void ProfileDocument::setCardSymbol(const std::string& sectionId, const std::string& cardId, const std::string& symbol)
{
    const CardView card = requireCard(sectionId, cardId);
    if (trimmed(symbol).empty())
        throw EditError("Please choose a picture.");
    if (card.symbol == symbol && card.photo.empty())
        return;
    replaceCardPicture("the picture for " + card.label, card, symbol, "");
}

void ProfileDocument::setCardPhoto(const std::string& sectionId, const std::string& cardId, const std::string& photo)
{
    const CardView card = requireCard(sectionId, cardId);
    requirePhotoInFolder(photo);
    if (card.photo == photo)
        return;
    replaceCardPicture("the photo for " + card.label, card, card.symbol, photo);
}

std::string ProfileDocument::uniqueId(const std::string& prefix,
                                      const std::function<bool(const std::string&)>& taken) const
{
    // A random part, so that ids made on two devices for the same person
    // never meet when their profiles are merged (core/profile/profile_merge.h).
    for (;;) {
        const std::string id = prefix + newIdPart();
        if (!taken(id))
            return id;
    }
}

std::string ProfileDocument::addOwnCard(const std::string& sectionId, const std::string& label,
                                        const std::string& spoken, const std::string& symbol, const std::string& means)
{
    if (!means.empty()) {
        const auto slash = means.find('/');
        if (slash == std::string::npos || !m_layout.findCard(means.substr(0, slash), means.substr(slash + 1)))
            throw EditError("That card is not in this profile.");
    }
    if (!m_layout.findSection(sectionId))
        throw EditError("That section is not in this profile.");
    const std::string cleanLabel = trimmed(label);
    if (cleanLabel.empty())
        throw EditError("The card needs some words.");
    const auto existing = sectionCards(m_layout, m_profile, sectionId);
    const std::string id = uniqueId("own-", [&](const std::string& candidate) {
        return std::any_of(existing.begin(), existing.end(), [&](const CardView& c) { return c.id == candidate; });
    });
    ensureSession();
    OwnCard card{sectionId, id, cleanLabel, trimmed(spoken), symbol, "", m_currentGiver, m_clock.nowText(),
                 m_currentSession, means};
    commit({"the new card " + cleanLabel,
            [card](Profile& profile) { profile.ownCards.push_back(card); },
            [sectionId, id](Profile& profile) {
                auto& cards = profile.ownCards;
                cards.erase(std::remove_if(cards.begin(), cards.end(),
                                           [&](const OwnCard& c) { return c.section == sectionId && c.id == id; }),
                            cards.end());
            }});
    return id;
}

std::string ProfileDocument::tasterFor(const std::string& jobTitle) const
{
    for (const auto& card : m_profile.ownCards)
        if (card.section == kTastersSection && card.label == jobTitle)
            return card.id;
    return "";
}

std::string ProfileDocument::wantToTry(const std::string& jobTitle, const std::string& symbol)
{
    if (!m_layout.findSection(kTastersSection))
        throw EditError("This profile has no place for tasters.");
    const std::string title = trimmed(jobTitle);
    if (title.empty())
        throw EditError("The job needs a name.");
    if (const std::string existing = tasterFor(title); !existing.empty())
        return existing;
    const auto existing = sectionCards(m_layout, m_profile, kTastersSection);
    const std::string id = uniqueId("own-", [&](const std::string& candidate) {
        return std::any_of(existing.begin(), existing.end(), [&](const CardView& c) { return c.id == candidate; });
    });
    const std::string now = m_clock.nowText();
    // The person asks, on their own jobs screen, whoever was chosen elsewhere.
    ensureSession();
    OwnCard card{kTastersSection, id, title, "I would like to try " + title + ".", symbol, "", kPersonGiver, now,
                 m_currentSession, ""};
    const std::string key = cardKey(kTastersSection, id);
    CardRecord record;
    record.notes.push_back({"I would like to try this job.", kPersonGiver, now, m_currentSession});
    commit({"asking to try " + title,
            [card, key, record](Profile& profile) {
                profile.ownCards.push_back(card);
                profile.cards[key] = record;
            },
            [card, key](Profile& profile) {
                auto& cards = profile.ownCards;
                cards.erase(std::remove_if(cards.begin(), cards.end(),
                                           [&](const OwnCard& c) { return c.section == card.section && c.id == card.id; }),
                            cards.end());
                profile.cards.erase(key);
            }});
    return id;
}

std::string ProfileDocument::addContributor(ContributorKind kind, const std::string& name, const std::string& role)
{
    const std::string cleanName = trimmed(name);
    if (cleanName.empty())
        throw EditError("Please write their name.");
    const std::string id = uniqueId("helper-", [&](const std::string& candidate) {
        return m_profile.findContributor(candidate) != nullptr;
    });
    Contributor contributor{id, kind, cleanName, trimmed(role)};
    commit({"adding " + cleanName,
            [contributor](Profile& profile) { profile.contributors.push_back(contributor); },
            [id](Profile& profile) {
                auto& list = profile.contributors;
                list.erase(std::remove_if(list.begin(), list.end(), [&](const Contributor& c) { return c.id == id; }),
                           list.end());
            }});
    return id;
}

std::string ProfileDocument::startSession(const std::string& place, const std::vector<std::string>& present)
{
    for (const auto& who : present)
        if (who != kPersonGiver && !m_profile.findContributor(who))
            throw EditError("Someone in this session is not in the profile.");
    const std::string id = uniqueId("session-", [&](const std::string& candidate) {
        return m_profile.findSession(candidate) != nullptr;
    });
    Session session{id, m_clock.nowText(), trimmed(place), present};
    const std::string previousSession = m_currentSession;
    commit({"starting the session",
            [session](Profile& profile) { profile.sessions.push_back(session); },
            [id](Profile& profile) {
                auto& list = profile.sessions;
                list.erase(std::remove_if(list.begin(), list.end(), [&](const Session& s) { return s.id == id; }),
                           list.end());
            }});
    m_currentSession = id;
    return id;
}

void ProfileDocument::renamePerson(const std::string& name, const std::string& preferredName)
{
    const std::string cleanName = trimmed(name);
    if (cleanName.empty())
        throw EditError("Please write a name.");
    const Person before = m_profile.person;
    Person after = before;
    after.name = cleanName;
    after.preferredName = trimmed(preferredName);
    commit({"the name", [after](Profile& profile) { profile.person = after; },
            [before](Profile& profile) { profile.person = before; }},
           {changeKey::personName()});
}

void ProfileDocument::setPersonPhoto(const std::string& photo)
{
    requirePhotoInFolder(photo);
    const Person before = m_profile.person;
    Person after = before;
    after.photo = photo;
    commit({"the photo", [after](Profile& profile) { profile.person = after; },
            [before](Profile& profile) { profile.person = before; }},
           {changeKey::personPhoto()});
}

void ProfileDocument::setPersonPhotoSharing(Sharing sharing)
{
    const Person before = m_profile.person;
    if (before.photoSharing == sharing)
        return;
    Person after = before;
    after.photoSharing = sharing;
    commit({"who sees the photo", [after](Profile& profile) { profile.person = after; },
            [before](Profile& profile) { profile.person = before; }},
           {changeKey::personPhotoSharing()});
}

void ProfileDocument::setOnePageItems(const std::vector<std::string>& items)
{
    const OnePageChoice before = m_profile.onePage;
    OnePageChoice after;
    after.chosen = true;
    for (const std::string& key : items)
        if (std::find(after.items.begin(), after.items.end(), key) == after.items.end())
            after.items.push_back(key);
    if (before.chosen && before.items == after.items)
        return;
    commit({"the one-page profile", [after](Profile& profile) { profile.onePage = after; },
            [before](Profile& profile) { profile.onePage = before; }},
           {changeKey::onePage()});
}

std::string ProfileDocument::undoDescription() const
{
    return m_undo.empty() ? std::string() : m_undo.back().description;
}

std::string ProfileDocument::redoDescription() const
{
    return m_redo.empty() ? std::string() : m_redo.back().description;
}

void ProfileDocument::undo()
{
    if (m_lookOnly)
        return;
    if (m_undo.empty())
        return;
    Change change = std::move(m_undo.back());
    m_undo.pop_back();
    change.revert(m_profile);
    m_redo.push_back(std::move(change));
    changed();
}

void ProfileDocument::redo()
{
    if (m_lookOnly)
        return;
    if (m_redo.empty())
        return;
    Change change = std::move(m_redo.back());
    m_redo.pop_back();
    change.apply(m_profile);
    m_undo.push_back(std::move(change));
    changed();
}

} // namespace rightjob::core
