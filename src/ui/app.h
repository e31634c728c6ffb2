// The program's screens over the core: which screen shows, the person who
// is open, the people on this machine, and the bar at the top of every
// screen (back, undo, redo). Rules live in the core; this only calls it.
#pragma once

#include "core/storage/caseload_index.h"
#include "core/storage/data_folder_check.h"
#include "core/storage/open_profile.h"
#include "core/protection/protection.h"
#include "core/storage/person_store.h"
#include "core/storage/settings.h"
#include "core/pictures/symbol_index.h"
#include "core/jobs/vacancy.h"
#include "export/printing.h"
#include "speech/clip_store.h"
#include "speech/recorder.h"
#include "speech/speaker.h"
#include "ui/screen_map.h"
#include "ui/screens/about_screen.h"
#include "ui/screens/add_person_screen.h"
#include "ui/screens/card_screen.h"
#include "ui/screens/delete_person_screen.h"
#include "ui/screens/jobs_screen.h"
#include "ui/screens/vacancy_screen.h"
#include "ui/screens/mat_screen.h"
#include "ui/screens/people_screen.h"
#include "ui/screens/passphrase_screen.h"
#include "ui/screens/person_screen.h"
#include "ui/screens/photos_screen.h"
#include "ui/screens/picture_screen.h"
#include "ui/screens/pronunciations_screen.h"
#include "ui/screens/recover_screen.h"
#include "ui/screens/section_screen.h"
#include "ui/screens/session_screen.h"
#include "ui/screens/settings_screen.h"
#include "ui/screens/summary_screen.h"
#include "ui/access_input.h"
#include "ui/speak_first.h"
#include "ui/speech_requests.h"
#include "ui/ui_context.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::ui {

// The screens, by the names `rightjob screenshot --screen` takes.
enum class ScreenName { People, Person, Section, Recover, Mat, Card, Session, AddPerson, DeletePerson, Settings, Jobs, Vacancy, Passphrase, Pronunciations, About, Picture, Photos, Summary };

// "people", "person", "section", "recover", "mat", "card", "session",
// "add-person", "delete-person", "settings", "jobs", "vacancy", "pronunciations",
// "about", "picture", "photos", "summary".
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

// The screens and what they share.
class App {
public:
    // The window and layouts must outlive the app.
    App(Window& window, const core::LayoutLibrary& layouts, AppOptions options);

    // Draws one frame of the current screen; call between beginFrame and endFrame.
    void drawFrame();

    // [SECTION] What screens ask for

    // Reads the people folder again, through the caseload index: only
    // profiles changed since are read (core/storage/caseload_index.h).
    void refreshPeople();
    const std::vector<core::PersonEntry>& people() const { return m_people; }
    // Rises each time people() is read again.
    std::uint64_t peopleRevision() const { return m_peopleRevision; }
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
    // Shows a screen (People always works; others need an open person).
    void showScreen(ScreenName screen);
    // Goes one step back: section to person to people.
    void goBack();

    ScreenName currentScreen() const { return m_screen; }
    // What the top bar says on the screen shown: "Good jobs for Sam".
    std::string screenTitle() const;
    const std::string& currentSection() const { return m_sectionId; }
    const std::string& currentCard() const { return m_cardId; }
    core::OpenProfile* openProfile() { return m_open.get(); }
    const core::LayoutLibrary& layouts() const { return m_layouts; }
    const ScreenMap& screenMap() const { return m_map; }
    // The profile file the recover screen is about.
    const std::optional<core::ProfileFile>& fileToRecover() const { return m_recoverFile; }
    const core::LoadOutcome& recoverOutcome() const { return m_recoverOutcome; }
    // Restores the offered backup and opens it.
    void restoreOfferedBackup();

    // [SECTION] Passphrases (core/protection/protection.h)

    // True while the passphrase screen waits for a protected person's passphrase.
    bool personWaitingForPassphrase() const { return m_waitingForPassphrase.has_value(); }
    // Tries the passphrase on the person waiting for it and opens them;
    // returns plain words when it is not right (and nothing changes).
    std::string unlockWith(const std::string& passphrase);
    // True when the open person has a passphrase.
    bool openPersonHasPassphrase() const { return m_open && m_sealedFiles; }
    // The file system every file of the open person is written and read
    // through: the sealing one when they have a passphrase.
    core::FileSystem& personFiles()
    {
        return m_sealedFiles ? static_cast<core::FileSystem&>(*m_sealedFiles) : core::realFileSystem();
    }
    // Gives the open person a passphrase, or changes it, sealing all their
    // files; returns plain words when it cannot.
    std::string setPassphrase(const std::string& passphrase);
    // Takes the open person's passphrase away; returns plain words when it cannot.
    std::string removePassphrase();
    // What the start-up check of the data folder found (core/storage/data_folder_check.h).
    const core::DataFolderReport& dataFolderReport() const { return m_dataFolderReport; }
    // How hard the key is made from a passphrase (quicker in tests).
    void setKeyStrength(core::KeyStrength strength) { m_keyStrength = strength; }
    PictureCache& pictures() { return m_pictures; }
    // [SECTION] Pictures and photos

    // Shows the picture screen to choose the picture of a card or of the person.
    void choosePictureFor(const PictureTarget& target);
    PictureScreen& pictureScreen() { return m_pictureScreen; }
    PhotosScreen& photosScreen() { return m_photosScreen; }
    // The open person's folder, where their photos are copied; empty when none is open.
    std::string personFolder() const;
    // The full path of a photo kept in the profile (relative to the person's folder); empty for none.
    std::string photoPath(const std::string& relative) const;
    // A file dropped onto the window: made a photo of the card or person on
    // screen (the picture screen then shows it, or why it was refused).
    // Nothing happens on screens that are not about a card or the person.
    void dropFile(const std::string& path);

    // What speaks: the sound card, or a silent one that remembers what it was asked.
    speech::Speaker& speaker() { return *m_speaker; }
    // The printers, shared with the worker that prints.
    const std::shared_ptr<exporting::Printers>& printers() const { return m_options.printers; }
    // What a tap means with speak-first on.
    const SpeakFirst& speakFirst() const { return m_speakFirst; }
    // What the current screen says when it opens ("What do you like?"), or empty.
    std::string screenPrompt() const;

    // [SECTION] Recorded voices and pronunciations of the open person

    // The microphone.
    speech::Recorder& recorder() { return *m_recorder; }
    // The open person's recorded voice for a card, or null when there is none.
    std::shared_ptr<const speech::Recording> clipFor(const std::string& cardKey);
    // Saves a card's recorded voice at once; returns plain words when it cannot.
    std::string saveClip(const std::string& cardKey, const speech::Recording& recording);
    // Removes a card's recorded voice; returns plain words when it cannot.
    std::string removeClip(const std::string& cardKey);
    // The open person's pronunciation list.
    const speech::PronunciationList& pronunciations() const { return m_pronunciations; }
    // Saves the open person's list at once and speaks with it from now on;
    // returns plain words when it cannot be saved.
    std::string changePronunciations(const speech::PronunciationList& list);

    // [SECTION] Jobs

    // The job catalogue and weights, read when first asked for; nullptr when
    // they cannot be read (jobCatalogueProblem says why).
    const core::JobCatalogue* jobCatalogue();
    const core::MatchWeights* matchWeights();
    const std::string& jobCatalogueProblem() const { return m_jobProblem; }
    // The vacancies a job coach entered on this machine.
    const std::vector<core::Vacancy>& vacancies() const { return m_vacancies; }
    // Saves a new vacancy with the others; returns plain words when it cannot.
    std::string addVacancy(const core::Vacancy& vacancy);
    // Everyone on this machine matched against a vacancy, best first, with
    // their shown names in names. People are held in matchCache() and read
    // from disk again only when their file has changed.
    std::vector<core::PersonMatch> matchVacancyAgainstEveryone(const core::Vacancy& vacancy,
                                                               std::vector<std::string>& names);
    // The matcher that holds the catalogue, the vacancies and the people as
    // vectors (core::MatchCache), made with the catalogue; nullptr when the
    // catalogue or the vocational profile layout cannot be read.
    core::MatchCache* matchCache();
    // The symbol manifest, read when first asked for; nullptr when it cannot be read.
    const core::SymbolIndex* symbolIndex();

    // [SECTION] Settings

    const core::Settings& settings() const { return m_settings; }
    // Plain words when the settings file could not be read; empty otherwise.
    const std::string& settingsProblem() const { return m_settingsProblem; }
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

private:
    void applySettings();
    void loadSoundCues();
    void loadPersonSpeech();
    void speakWhatWasAsked();
    void drawReadyTick(UiContext& ui);
    void openFile(core::ProfileFile file);
    void reopenWith(std::shared_ptr<core::SealedFileSystem> sealedFiles);
    void drawTopBar(UiContext& ui, const std::string& title);
    void drawSaveProblem(UiContext& ui);
    void drawLookOnlyNotice(UiContext& ui);
    void drawMessage(UiContext& ui);
    // The height of the band under the screen where a message shows; 0 when none does.
    float messageBandHeight(UiContext& ui);

    Window& m_window;
    const core::LayoutLibrary& m_layouts;
    AppOptions m_options;
    core::PersonStore m_store;
    core::CaseloadIndex m_caseload;
    std::vector<core::PersonEntry> m_people;
    std::uint64_t m_peopleRevision = 0;
    std::uint64_t m_lastOutsideCheckTicks = 0;
    std::shared_ptr<core::SealedFileSystem> m_sealedFiles; // before m_open, which reads through it
    std::unique_ptr<core::OpenProfile> m_open;
    std::optional<core::ProfileFile> m_waitingForPassphrase;
    core::KeyStrength m_keyStrength = core::programKeyStrength();
    core::DataFolderReport m_dataFolderReport;
    std::optional<core::ProfileFile> m_recoverFile;
    core::LoadOutcome m_recoverOutcome;
    ScreenName m_screen = ScreenName::People;
    ScreenName m_scrolledScreen = ScreenName::People; // the screen the content's scroll position belongs to
    std::string m_sectionId;
    std::string m_cardId;
    ScreenName m_cardReturnsTo = ScreenName::Section;
    ScreenMap m_map;
    PictureCache m_pictures;
    std::unique_ptr<speech::Speaker> m_speaker;
    std::shared_ptr<speech::Recorder> m_recorder;
    SpeechRequests m_speechRequests;
    SpeakFirst m_speakFirst;
    std::shared_ptr<const speech::Recording> m_cues[5];
    std::string m_promptedOpening; // the screen whose prompt was said: it is said once each time a screen opens
    std::optional<SpeechRequest> m_waitingPrompt; // a prompt waiting for the person's words to end
    speech::PronunciationList m_pronunciations;
    std::map<std::string, std::shared_ptr<const speech::Recording>> m_clips; // loaded on first use; null: none
    PeopleScreen m_peopleScreen;
    PersonScreen m_personScreen;
    PassphraseScreen m_passphraseScreen;
    SectionScreen m_sectionScreen;
    RecoverScreen m_recoverScreen;
    MatScreen m_matScreen;
    CardScreen m_cardScreen;
    SessionScreen m_sessionScreen;
    AddPersonScreen m_addPersonScreen;
    DeletePersonScreen m_deletePersonScreen;
    SettingsScreen m_settingsScreen;
    JobsScreen m_jobsScreen;
    VacancyScreen m_vacancyScreen;
    PronunciationsScreen m_pronunciationsScreen;
    SummaryScreen m_summaryScreen;
    AboutScreen m_aboutScreen;
    PictureScreen m_pictureScreen;
    PhotosScreen m_photosScreen;
    ScreenName m_pictureReturnsTo = ScreenName::Card;
    std::optional<core::SymbolIndex> m_symbols;
    bool m_symbolsLoaded = false;
    bool m_jobsLoaded = false;
    std::optional<core::JobCatalogue> m_catalogue;
    std::optional<core::MatchWeights> m_weights;
    std::string m_jobProblem;
    std::vector<core::Vacancy> m_vacancies;
    std::unique_ptr<core::MatchCache> m_matchCache; // after what it refers to, so it goes first
    core::Settings m_settings;
    std::string m_settingsProblem;
    ThemeSet m_themes;
    AccessInput m_access;
    ScreenName m_settingsReturnsTo = ScreenName::People;
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

} // namespace rightjob::ui
