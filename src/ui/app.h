// The program's window over the workspace: which screen shows, the bar at
// the top of every screen (back, undo, redo), speech and the settings'
// look. What a person does lives in the workspace; rules live in the core.
#pragma once

#include "export/printing.h"
#include "speech/recorder.h"
#include "speech/speaker.h"
#include "ui/access_input.h"
#include "ui/platform/theme.h"
#include "ui/screen_map.h"
#include "ui/screen_table.h"
#include "ui/screens/photos_screen.h"
#include "ui/screens/picture_screen.h"
#include "ui/speak_first.h"
#include "ui/speech_requests.h"
#include "ui/ui_context.h"
#include "workspace/workspace.h"

#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::ui {

// "people", "person", "section", "recover", "mat", "card", "session",
// "add-person", "delete-person", "settings", "jobs", "vacancy", "pronunciations",
// "about", "picture", "photos", "summary": the names in the screen table.
const char* screenNameText(ScreenName screen);
// Every screen's name, in the order above, joined with ", " (for help text).
std::string screenNamesList();
// How much bigger or smaller cards are drawn at a card size setting.
float cardScaleFor(core::CardSize size);
// The screen with this name, if there is one.
std::optional<ScreenName> screenFromText(const std::string& name);

// The id of the newest utterance speaker has been given, as far as its state shows.
speech::UtteranceId newestUtterance(const speech::Speaker& speaker);

// Whether the app speaks through the sound card, or only records what it
// would say (tests and screenshots).
enum class SpeechOutput { Sound, Silent };

// How the app is started.
struct AppOptions {
    std::string dataFolder;                                   // where people's folders and settings are
    core::SaveMode saveMode = core::SaveMode::SaveEveryChange; // NeverSave for screenshots
    SpeechOutput speech = SpeechOutput::Sound;                  // Silent for screenshots and tests
    // The microphone for recording a card's voice. When null: the sound
    // card's microphone with Sound, and none at all with Silent.
    std::shared_ptr<speech::Recorder> recorder = nullptr;
    // The printers the summary can be printed on; CUPS's when null.
    std::shared_ptr<exporting::Printers> printers = nullptr;
};

// The window's screens over the workspace: which screen shows, the top bar
// (back, undo, redo, settings), speech, and the window's own state. What a
// person does (open someone, add a vacancy, change a passphrase) is a
// workspace operation (workspace/workspace.h); App only adds which screen
// shows next. The screens themselves are listed in screen_table.cpp.
class App {
public:
    // The window and layouts must outlive the app.
    App(Window& window, const core::LayoutLibrary& layouts, AppOptions options);
    ~App();

    // Draws one frame of the current screen; call between beginFrame and endFrame.
    void drawFrame();

    // Everything a person does, as named operations (also used by the commands).
    workspace::Workspace& workspace() { return m_workspace; }
    const workspace::Workspace& workspace() const { return m_workspace; }

    // [SECTION] Moving between screens

    // Opens a person from the people folder and shows their sections; a
    // profile that cannot be read shows the recover screen instead.
    void openPerson(const std::string& id);
    // Opens a profile file anywhere on disk (--profile FILE) the same way.
    void openProfileFile(const std::string& path);
    // Shows the talking mat for a section of the open person.
    void openSection(const std::string& sectionId);
    // Shows all the cards of the current section in a grid.
    void showSectionGrid();
    // Shows one card of the current section in full.
    void openCard(const std::string& cardId);
    // Adds a person and opens them. Throws core::EditError.
    void addPerson(const std::string& name, const std::string& preferredName);
    // Asks before deleting the open person, when the settings say to ask.
    void askToDeleteOpenPerson();
    // Moves the open person to the deleted folder and shows the people.
    void deleteOpenPerson();
    // Shows a screen, by the rules of its row in the screen table (People
    // always works; most others need an open person).
    void showScreen(ScreenName screen);
    // Goes one step back, as the current screen's row says.
    void goBack();
    // Makes a screen the current one, with no rules: for the screen table.
    void setScreen(ScreenName screen) { m_screen = screen; }
    // Where a screen goes back to (Settings, Card, Picture remember it).
    ScreenName returnsTo(ScreenName screen) const;
    void setReturnsTo(ScreenName screen, ScreenName to);
    // A screen's object, by its class (the screen table makes one of each).
    template <class T>
    T& screen();
    template <class T>
    const T& screen() const;

    ScreenName currentScreen() const { return m_screen; }
    // What the top bar says on the screen shown: "Good jobs for Sam".
    std::string screenTitle() const;
    const std::string& currentSection() const { return m_sectionId; }
    const std::string& currentCard() const { return m_cardId; }
    const ScreenMap& screenMap() const { return m_map; }
    // Restores the offered backup and opens it.
    void restoreOfferedBackup();

    // [SECTION] Passphrases: the workspace's, then the screen that follows

    // Tries the passphrase on the person waiting for it and opens them;
    // returns plain words when it is not right (and nothing changes).
    std::string unlockWith(const std::string& passphrase);
    // Gives the open person a passphrase, or changes it, sealing all their
    // files; returns plain words when it cannot.
    std::string setPassphrase(const std::string& passphrase);
    // Takes the open person's passphrase away; returns plain words when it cannot.
    std::string removePassphrase();

    // [SECTION] Pictures and photos

    PictureCache& pictures() { return m_pictures; }
    // Shows the picture screen to choose the picture of a card or of the person.
    void choosePictureFor(const PictureTarget& target);
    PictureScreen& pictureScreen();
    PhotosScreen& photosScreen();
    // A file dropped onto the window: made a photo of the card or person on
    // screen (the picture screen then shows it, or why it was refused).
    // Nothing happens on screens that are not about a card or the person.
    void dropFile(const std::string& path);

    // [SECTION] Speech

    // What speaks: the sound card, or a silent one that remembers what it was asked.
    speech::Speaker& speaker() { return *m_speaker; }
    // The printers, shared with the worker that prints.
    const std::shared_ptr<exporting::Printers>& printers() const { return m_options.printers; }
    // What a tap means with speak-first on.
    const SpeakFirst& speakFirst() const { return m_speakFirst; }
    // What the current screen says when it opens ("What do you like?"), or empty.
    std::string screenPrompt() const;
    // The microphone.
    speech::Recorder& recorder() { return *m_recorder; }
    // Saves the open person's pronunciation list at once and speaks with it
    // from now on; returns plain words when it cannot be saved.
    std::string changePronunciations(const speech::PronunciationList& list);

    // [SECTION] Settings

    // Saves new settings at once and applies them from the next frame.
    void changeSettings(const core::Settings& settings);
    // Dwell, switch scanning and touch scrolling; the settings screen takes new switch keys through it.
    AccessInput& access() { return m_access; }

    // [SECTION] Feedback, sessions and quitting

    // After a save button: shows "Saved." for a few seconds and says it, or,
    // when the change has not reached the disk, that it is not saved yet.
    void confirmSaved(UiContext& ui);
    // Shows words for a few seconds over the bottom of the screen and says them.
    void showMessage(UiContext& ui, const std::string& words);
    // The words shown by showMessage now; empty when none are.
    const std::string& messageShown() const { return m_message; }
    // Why the last session ended by itself ("nobody used it for 3 hours"),
    // said once on the person screen after opening; empty otherwise.
    const std::string& sessionNotice() const { return m_sessionNotice; }
    // Ends the open person's session (the person screen's "End the session") and says so.
    void endSession(UiContext& ui);
    // Closes the program once the open person's changes are on the disk
    // (Settings' "Close Right Job", Ctrl+Q). When a change cannot be saved
    // it says so instead; asking again within a few seconds closes anyway.
    void quit();
    // [SECTION] The workspace, as the screens ask for it (one line each)

    const core::LayoutLibrary& layouts() const { return m_workspace.layouts(); }
    void refreshPeople() { m_workspace.refreshPeople(); }
    const std::vector<core::PersonEntry>& people() const { return m_workspace.people(); }
    std::uint64_t peopleRevision() const { return m_workspace.peopleRevision(); }
    core::OpenProfile* openProfile() { return m_workspace.openProfile(); }
    const core::OpenProfile* openProfile() const { return m_workspace.openProfile(); }
    const std::optional<core::ProfileFile>& fileToRecover() const { return m_workspace.fileToRecover(); }
    const core::LoadOutcome& recoverOutcome() const { return m_workspace.recoverOutcome(); }
    bool personWaitingForPassphrase() const { return m_workspace.personWaitingForPassphrase(); }
    bool openPersonHasPassphrase() const { return m_workspace.openPersonHasPassphrase(); }
    core::FileSystem& personFiles() { return m_workspace.personFiles(); }
    const core::DataFolderReport& dataFolderReport() const { return m_workspace.dataFolderReport(); }
    void setKeyStrength(core::KeyStrength strength) { m_workspace.setKeyStrength(strength); }
    std::string personFolder() const { return m_workspace.personFolder(); }
    std::string photoPath(const std::string& relative) const { return m_workspace.photoPath(relative); }
    std::shared_ptr<const speech::Recording> clipFor(const std::string& cardKey) { return m_workspace.clipFor(cardKey); }
    std::string saveClip(const std::string& cardKey, const speech::Recording& recording)
    {
        return m_workspace.saveClip(cardKey, recording);
    }
    std::string removeClip(const std::string& cardKey) { return m_workspace.removeClip(cardKey); }
    const speech::PronunciationList& pronunciations() const { return m_workspace.pronunciations(); }
    const core::JobCatalogue* jobCatalogue() { return m_workspace.jobCatalogue(); }
    const core::MatchWeights* matchWeights() { return m_workspace.matchWeights(); }
    const std::string& jobCatalogueProblem() const { return m_workspace.jobCatalogueProblem(); }
    const std::vector<core::Vacancy>& vacancies() const { return m_workspace.vacancies(); }
    std::string addVacancy(const core::Vacancy& vacancy) { return m_workspace.addVacancy(vacancy); }
    std::vector<core::PersonMatch> matchVacancyAgainstEveryone(const core::Vacancy& vacancy,
                                                               std::vector<std::string>& names)
    {
        return m_workspace.matchVacancyAgainstEveryone(vacancy, names);
    }
    core::MatchCache* matchCache() { return m_workspace.matchCache(); }
    const core::SymbolIndex* symbolIndex() { return m_workspace.symbolIndex(); }
    const core::Settings& settings() const { return m_workspace.settings(); }
    const std::string& settingsProblem() const { return m_workspace.settingsProblem(); }

private:
    void applySettings();
    void loadSoundCues();
    void afterOpening(workspace::Opening opening);
    void afterReopening(ScreenName before);
    void speakWhatWasAsked();
    void drawReadyTick(UiContext& ui);
    void drawTopBar(UiContext& ui, const std::string& title);
    void drawSaveProblem(UiContext& ui);
    void drawLookOnlyNotice(UiContext& ui);
    void drawMessage(UiContext& ui);
    // The height of the band under the screen where a message shows; 0 when none does.
    float messageBandHeight(UiContext& ui);
    AnyScreen& current();

    Window& m_window;
    AppOptions m_options;
    workspace::Workspace m_workspace;
    std::uint64_t m_lastOutsideCheckTicks = 0;
    ScreenName m_screen = ScreenName::People;
    ScreenName m_scrolledScreen = ScreenName::People; // the screen the content's scroll position belongs to
    std::string m_sectionId;
    std::string m_cardId;
    // Where Back goes from the screens that remember where they were opened from.
    std::map<ScreenName, ScreenName> m_returnsTo{{ScreenName::Card, ScreenName::Section},
                                                 {ScreenName::Picture, ScreenName::Card}};
    ScreenMap m_map;
    PictureCache m_pictures;
    std::unique_ptr<speech::Speaker> m_speaker;
    std::shared_ptr<speech::Recorder> m_recorder;
    SpeechRequests m_speechRequests;
    SpeakFirst m_speakFirst;
    std::shared_ptr<const speech::Recording> m_cues[5];
    std::string m_promptedOpening; // the screen whose prompt was said: it is said once each time a screen opens
    std::optional<SpeechRequest> m_waitingPrompt; // a prompt waiting for the person's words to end
    std::vector<std::unique_ptr<AnyScreen>> m_screens; // one per row of the screen table, in its order
    ThemeSet m_themes;
    AccessInput m_access;
    FontFamily m_appliedFont = FontFamily::Andika;
    std::uint64_t m_lastRetryTicks = 0;
    bool m_saveProblemHeard = false; // the error cue for a failed save plays once, when it first fails
    bool m_silencedForRecording = false;
    speech::UtteranceId m_newestUtteranceAtFrameStart = 0; // to see a screen that spoke for itself
    std::string m_message;                // shown by showMessage until m_messageUntilTicks
    std::uint64_t m_messageUntilTicks = 0;
    std::string m_sessionNotice;          // see sessionNotice()
    bool m_dataFolderWarningHidden = false; // the person chose "Hide" on the data folder's warning
    std::uint64_t m_quitRefusedAtTicks = 0; // when quit last found a change not saved
};

template <class T>
const T& App::screen() const
{
    return const_cast<App&>(*this).screen<T>();
}

template <class T>
T& App::screen()
{
    for (auto& one : m_screens)
        if (one->type() == typeid(T))
            return *static_cast<T*>(one->object());
    std::abort(); // every screen class has a row in the table
}

} // namespace rightjob::ui
