// Changing a profile: every change goes through here, records who gave it,
// when and in which session, and can be undone and redone. Every answer,
// note and card carries a session: with none going on, the first change
// starts one.
#pragma once

#include "core/base/clock.h"
#include "core/base/edit_error.h"
#include "core/profile/profile.h"

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace rightjob::core {

// What became of the last session when a profile was opened.
enum class SessionResume {
    None,          // there was none going on
    Continued,     // it goes on
    EndedWhenIdle, // nothing was done in it for a long time, so it ended then
};

// How long a session may go unused before it ends by itself: 3 hours.
inline constexpr std::int64_t kSessionIdleSeconds = 3 * 60 * 60;

// An open profile with its undo history.
class ProfileDocument {
public:
    // The layout must be the profile's layout and outlive the document.
    ProfileDocument(Profile profile, const Layout& layout, Clock& clock = systemClock());

    const Profile& profile() const { return m_profile; }
    const Layout& layout() const { return m_layout; }

    // Rises with every change, undo and redo; saving compares it.
    std::uint64_t revision() const { return m_revision; }

    // Called after every change, undo and redo (the app saves there).
    void setOnChange(std::function<void()> onChange) { m_onChange = std::move(onChange); }

    // A document to look at only (another copy of the program is changing
    // the profile): every change, undo and redo does nothing.
    void setLookOnly(bool lookOnly) { m_lookOnly = lookOnly; }
    bool isLookOnly() const { return m_lookOnly; }

    // Who is answering now: "person" (the default) or a contributor's id.
    // Throws EditError for an unknown contributor.
    void setCurrentGiver(const std::string& giver);
    const std::string& currentGiver() const { return m_currentGiver; }

    // The session in progress, or empty when none has been started.
    const std::string& currentSession() const { return m_currentSession; }
    // Carries on an earlier session (answers then go into it). Throws EditError.
    void continueSession(const std::string& sessionId);
    // Ends the session in progress ("End the session"), as one step of undo;
    // the next answer starts a new one. Does nothing with no session going on.
    void endSession();
    // On opening the profile: carries on the newest session that was not
    // ended (a session lasts across closing the program), unless nothing
    // was done in it for idleLimitSeconds; then it is marked ended when it
    // was last used, with endedWhenIdle set (not a step of undo), so the
    // screen can say so.
    SessionResume resumeSession(std::int64_t idleLimitSeconds);

    // [SECTION] Changes. Each is one step of undo. Each throws EditError and
    // changes nothing when its input is wrong.

    // The current giver puts a card in a place on the scale.
    void answer(const std::string& sectionId, const std::string& cardId, AnswerValue value);
    // The person puts a card on the talking mat: an answer by the person
    // (the mat is theirs, whoever was chosen on a card screen) and where in
    // the answer place it went (x, y from 0 to 1), as one step. Putting it
    // again moves it.
    void placeOnMat(const std::string& sectionId, const std::string& cardId, AnswerValue value, MatPlacement placement);
    // The person skips a card on the mat; it comes back after the others.
    void skipOnMat(const std::string& sectionId, const std::string& cardId);
    // The current giver adds a note to a card.
    void addNote(const std::string& sectionId, const std::string& cardId, const std::string& text);
    // Who may see a card (its answers, notes, picture and recording):
    // everyone, the support team, or nobody.
    void setSharing(const std::string& sectionId, const std::string& cardId, Sharing sharing);
    // Who may see one note of a card (by its place in the card's notes).
    // Throws EditError when the card has no such note.
    void setNoteSharing(const std::string& sectionId, const std::string& cardId, std::size_t note, Sharing sharing);
    // Shows a symbol on a card (one of the layout's or an own card) instead
    // of its picture; any photo chosen for the card goes. Throws EditError
    // for an unknown card or an empty symbol id.
    void setCardSymbol(const std::string& sectionId, const std::string& cardId, const std::string& symbol);
    // Shows a photo from the person's folder ("photos/…") on a card; the
    // card keeps its symbol for where the photo cannot be shown. An empty
    // photo goes back to the symbol. Throws EditError for an unknown card or
    // a path that leaves the person's folder.
    void setCardPhoto(const std::string& sectionId, const std::string& cardId, const std::string& photo);
    // Adds a card of the person's own to a section; returns its id.
    // means: the layout card it is like ("places/noisy_places"), chosen by a
    // supporter, or empty for something new (see OwnCard::means).
    std::string addOwnCard(const std::string& sectionId, const std::string& label, const std::string& spoken,
                           const std::string& symbol, const std::string& means = "");
    // The person says "I would like to try this" about a job: a card of their
    // own in the tasters section (a taster to arrange) with that note, given
    // by the person whoever was chosen elsewhere, as one step. Returns the card's id. Throws EditError when the layout has no
    // "tasters" section.
    std::string wantToTry(const std::string& jobTitle, const std::string& symbol);
    // The own card in tasters for this job, if the person asked to try it.
    std::string tasterFor(const std::string& jobTitle) const;

    // Adds someone who helps; returns their id.
    std::string addContributor(ContributorKind kind, const std::string& name, const std::string& role);
    // Starts a session here with these people; later answers carry it.
    std::string startSession(const std::string& place, const std::vector<std::string>& present);
    // Changes the person's name and preferred name.
    void renamePerson(const std::string& name, const std::string& preferredName);
    // Sets the person's photo (a path inside their folder, or empty). Throws
    // EditError for a path that leaves the person's folder.
    void setPersonPhoto(const std::string& photo);
    // Who may see the person's photo.
    void setPersonPhotoSharing(Sharing sharing);
    // What goes on the one-page profile, most important first (card keys).
    // From then on the page shows the person's choice, even when empty.
    void setOnePageItems(const std::vector<std::string>& items);

    // Puts in the profile merged with what another device saved
    // (OpenProfile::takeInOutsideChanges). Works even when look-only, so the
    // screen shows the newest. Undo and redo are emptied: what came from
    // elsewhere is not this device's to take back.
    void takeIn(Profile merged);

    // [SECTION] Undo and redo

    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    // What undo would take back, in easy words ("your answer for Cooking").
    std::string undoDescription() const;
    std::string redoDescription() const;
    // Takes back the last change; does nothing when there is none.
    void undo();
    // Does again the last change undone; does nothing when there is none.
    void redo();

private:
    struct Change {
        std::string description;
        std::function<void(Profile&)> apply;
        std::function<void(Profile&)> revert;
    };

    void commit(Change change, const std::vector<std::string>& stampKeys = {});
    // Starts a session when none is going on, so every answer carries one.
    void ensureSession();
    // When anything was last given in session (its start when nothing was).
    std::string lastActivityIn(const Session& session) const;
    void changed();
    const CardView requireCard(const std::string& sectionId, const std::string& cardId) const;
    void replaceCard(const std::string& description, const std::string& key, CardRecord after,
                     const std::vector<std::string>& stampKeys = {});
    void replaceCardPicture(const std::string& description, const CardView& card, const std::string& symbol,
                            const std::string& photo);
    void replaceCardAndMat(const std::string& description, const std::string& key, CardRecord card,
                           const std::string& sectionId, MatState mat);
    std::string uniqueId(const std::string& prefix, const std::function<bool(const std::string&)>& taken) const;

    Profile m_profile;
    const Layout& m_layout;
    Clock& m_clock;
    std::string m_currentGiver = kPersonGiver;
    std::string m_currentSession;
    std::vector<Change> m_undo;
    std::vector<Change> m_redo;
    std::uint64_t m_revision = 0;
    std::function<void()> m_onChange;
    bool m_lookOnly = false;
};

} // namespace rightjob::core
