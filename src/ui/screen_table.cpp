// The screens in one table: a row a screen (screen_table.h says what each
// column means). The rules a row points to sit just above the table, in
// the order of the rows.

// [SECTION] Titles and prompts that many screens share
// [SECTION] What showing and leaving each screen does
// [SECTION] The table

#include "ui/screen_table.h"

#include "core/profile/profile.h"
#include "ui/app.h"
#include "ui/screens/about_screen.h"
#include "ui/screens/add_person_screen.h"
#include "ui/screens/card_screen.h"
#include "ui/screens/deleted_screen.h"
#include "ui/screens/delete_person_screen.h"
#include "ui/screens/jobs_screen.h"
#include "ui/screens/mat_screen.h"
#include "ui/screens/passphrase_screen.h"
#include "ui/screens/people_screen.h"
#include "ui/screens/person_screen.h"
#include "ui/screens/photos_screen.h"
#include "ui/screens/picture_screen.h"
#include "ui/screens/pronunciations_screen.h"
#include "ui/screens/recover_screen.h"
#include "ui/screens/section_screen.h"
#include "ui/screens/session_screen.h"
#include "ui/screens/settings_screen.h"
#include "ui/screens/summary_screen.h"
#include "ui/screens/vacancy_screen.h"

#include <cassert>

namespace rightjob::ui {

namespace {

// [SECTION] Titles and prompts that many screens share

// The open person's shown name ("Alex (demo)"), or "Right Job" when nobody is open.
std::string personTitle(const App& app)
{
    const core::OpenProfile* open = app.openProfile();
    if (!open)
        return "Right Job";
    const core::Profile& profile = open->profile();
    return profile.person.shownName() + (profile.isDemo ? " (demo)" : "");
}

// The current section's title, or the person's when there is no section.
std::string sectionTitle(const App& app)
{
    const core::OpenProfile* open = app.openProfile();
    if (!open)
        return "Right Job";
    const core::SectionDefinition* section = open->layout().findSection(app.currentSection());
    return section ? section->title : personTitle(app);
}

// A title that needs a person open: "Right Job" when nobody is.
template <std::string (*Title)(const core::Profile&)>
std::string titleWithPerson(const App& app)
{
    const core::OpenProfile* open = app.openProfile();
    return open ? Title(open->profile()) : "Right Job";
}

// A prompt that is said only with a person open.
template <std::string (*Prompt)(const core::Profile&)>
std::string promptWithPerson(const App& app)
{
    const core::OpenProfile* open = app.openProfile();
    return open ? Prompt(open->profile()) : "";
}

std::string noPrompt(const App&) { return ""; }

// The person screen's prompt, after why the last session ended by itself
// when it just did.
std::string personPrompt(const App& app)
{
    if (!app.openProfile())
        return "";
    const std::string& notice = app.sessionNotice();
    return notice.empty() ? "What do you want to do?" : notice + " What do you want to do?";
}

// The current section's prompt, as it is said.
std::string sectionPrompt(const App& app)
{
    const core::OpenProfile* open = app.openProfile();
    if (!open)
        return "";
    const core::SectionDefinition* section = open->layout().findSection(app.currentSection());
    if (!section)
        return "";
    return section->spokenPrompt.empty() ? section->prompt : section->spokenPrompt;
}

// The current card's words, as they are said.
std::string cardPrompt(const App& app)
{
    const core::OpenProfile* open = app.openProfile();
    if (!open || !open->layout().findSection(app.currentSection()))
        return "";
    for (const auto& card : core::sectionCards(open->layout(), open->profile(), app.currentSection()))
        if (card.id == app.currentCard())
            return card.spoken;
    return "";
}

// [SECTION] What showing and leaving each screen does

template <ScreenName Screen>
void showIt(App& app)
{
    app.setScreen(Screen);
}

template <ScreenName Screen>
void backTo(App& app)
{
    app.setScreen(Screen);
}

template <ScreenName Screen>
void backToShown(App& app)
{
    app.showScreen(Screen);
}

// Back to where the screen was opened from.
template <ScreenName Screen>
void backToWhereFrom(App& app)
{
    app.setScreen(app.returnsTo(Screen));
}

template <class T, ScreenName Screen>
void resetAndShow(App& app)
{
    app.screen<T>().reset();
    app.setScreen(Screen);
}

void showPeople(App& app)
{
    app.refreshPeople();
    app.setScreen(ScreenName::People);
}

void showRecover(App& app)
{
    if (app.fileToRecover())
        app.setScreen(ScreenName::Recover);
}

void showMat(App& app)
{
    app.openSection(app.currentSection().empty() ? app.openProfile()->layout().sections.front().id
                                                 : app.currentSection());
}

void showSection(App& app) { app.showSectionGrid(); }

void showCard(App& app)
{
    app.showSectionGrid();
    const core::OpenProfile& open = *app.openProfile();
    app.openCard(app.currentCard().empty()
                     ? core::sectionCards(open.layout(), open.profile(), app.currentSection()).front().id
                     : app.currentCard());
}

void showSession(App& app)
{
    app.screen<SessionScreen>().reset(*app.openProfile());
    app.setScreen(ScreenName::Session);
}

void showSettings(App& app)
{
    if (app.currentScreen() != ScreenName::Settings)
        app.setReturnsTo(ScreenName::Settings, app.currentScreen());
    app.setScreen(ScreenName::Settings);
}

void showVacancy(App& app)
{
    app.jobCatalogue();
    app.screen<VacancyScreen>().reset();
    app.setScreen(ScreenName::Vacancy);
}

// The passphrase screen needs a person open or one waiting for their passphrase.
void showPassphrase(App& app)
{
    if (app.openProfile() || app.personWaitingForPassphrase()) {
        app.screen<PassphraseScreen>().reset();
        app.setScreen(ScreenName::Passphrase);
    }
}

void backFromPassphrase(App& app)
{
    app.showScreen(app.openProfile() ? ScreenName::Person : ScreenName::People);
}

void showPicture(App& app)
{
    const PictureTarget& target = app.pictureScreen().target();
    if (target.kind == PictureTarget::Kind::Card && target.cardId.empty()) {
        // Straight to the picture screen (a screenshot): the current card's picture.
        app.showScreen(ScreenName::Card);
        if (app.currentScreen() == ScreenName::Card)
            app.choosePictureFor({PictureTarget::Kind::Card, app.currentSection(), app.currentCard()});
        return;
    }
    app.setScreen(ScreenName::Picture);
}

void showPhotos(App& app)
{
    const PictureTarget& target = app.pictureScreen().target();
    if (target.kind == PictureTarget::Kind::Card && target.cardId.empty())
        app.showScreen(ScreenName::Picture);
    if (app.photosScreen().folder().empty())
        app.photosScreen().open();
    app.pictureScreen().clearProblem();
    app.setScreen(ScreenName::Photos);
}

void showSummary(App& app)
{
    app.screen<SummaryScreen>().open(app);
    app.setScreen(ScreenName::Summary);
}

void backFromSummary(App& app)
{
    app.screen<SummaryScreen>().stopReading(app);
    app.setScreen(ScreenName::Person);
}

// What the list of jobs is, for the person: "Good jobs for Sam" (the jobs
// screen works it out before the top bar is drawn).
std::string jobsTitle(const App& app)
{
    const core::OpenProfile* open = app.openProfile();
    if (!open)
        return "Right Job";
    return app.screen<JobsScreen>().title(app.workspace().loadedMatchWeights(), open->profile());
}
std::string deleteTitle(const core::Profile& profile) { return "Delete " + profile.person.shownName() + "?"; }
std::string deletePrompt(const core::Profile& profile)
{
    return "Do you want to delete " + profile.person.shownName() + "?";
}

template <const char* Words>
std::string fixed(const App&)
{
    return Words;
}

template <const char* Words>
std::string fixedWithPerson(const App& app)
{
    return app.openProfile() ? Words : "Right Job";
}

template <const char* Words>
std::string promptWithPersonFixed(const App& app)
{
    return app.openProfile() ? Words : "";
}

constexpr char kChooseAPerson[] = "Choose a person";
constexpr char kWhoIsUsing[] = "Who is using Right Job?";
constexpr char kCannotOpenTitle[] = "This profile cannot be opened";
constexpr char kCannotOpenPrompt[] = "This profile cannot be opened.";
constexpr char kStartSession[] = "Start a session";
constexpr char kWhoIsHere[] = "Who is here? Where are you?";
constexpr char kAddAPerson[] = "Add a person";
constexpr char kWhoToAdd[] = "Who do you want to add?";
constexpr char kSettings[] = "Settings";
constexpr char kJobsFit[] = "These jobs fit what you said.";
constexpr char kVacancies[] = "Vacancies";
constexpr char kPassphrase[] = "Passphrase";
constexpr char kHowToSay[] = "How to say words";
constexpr char kTeachWords[] = "Teach Right Job how to say words.";
constexpr char kAbout[] = "About Right Job";
constexpr char kChooseAPicture[] = "Choose a picture";
constexpr char kChooseAPhoto[] = "Choose a photo";
constexpr char kMySummary[] = "My summary";
constexpr char kDeletedPeople[] = "Deleted people";
constexpr char kBringBack[] = "You can bring back a person you deleted.";

// [SECTION] The table

using S = ScreenName;

const std::vector<ScreenEntry> kScreens = {
    // name, text, flags, make, title, prompt, show, back
    {S::People, "people", kNoBack | kSettingsButton | kNoUndo, makeScreen<PeopleScreen>, fixed<kChooseAPerson>,
     fixed<kWhoIsUsing>, showPeople, backToShown<S::People>},
    {S::Person, "person", kNeedsPerson | kSettingsButton, makeScreen<PersonScreen>, personTitle, personPrompt, showIt<S::Person>, backToShown<S::People>},
    {S::Section, "section", kNeedsPerson, makeScreen<SectionScreen>, sectionTitle, sectionPrompt, showSection,
     backTo<S::Mat>},
    {S::Recover, "recover", kNoUndo, makeScreen<RecoverScreen>, fixed<kCannotOpenTitle>, fixed<kCannotOpenPrompt>,
     showRecover, backToShown<S::People>},
    {S::Mat, "mat", kNeedsPerson | kScrollsFromEmpty, makeScreen<MatScreen>, sectionTitle, sectionPrompt, showMat,
     backTo<S::Person>},
    {S::Card, "card", kNeedsPerson, makeScreen<CardScreen>, sectionTitle, cardPrompt, showCard,
     backToWhereFrom<S::Card>},
    {S::Session, "session", kNeedsPerson, makeScreen<SessionScreen>, fixedWithPerson<kStartSession>,
     promptWithPersonFixed<kWhoIsHere>, showSession, backTo<S::Person>},
    {S::AddPerson, "add-person", kNoUndo, makeScreen<AddPersonScreen>, fixed<kAddAPerson>, fixed<kWhoToAdd>,
     resetAndShow<AddPersonScreen, S::AddPerson>, backToShown<S::People>},
    {S::DeletePerson, "delete-person", kNeedsPerson | kNoUndo, makeScreen<DeletePersonScreen>,
     titleWithPerson<deleteTitle>, promptWithPerson<deletePrompt>, showIt<S::DeletePerson>, backTo<S::Person>},
    {S::Settings, "settings", kNoUndo, makeScreen<SettingsScreen>, fixed<kSettings>, noPrompt, showSettings,
     backToWhereFrom<S::Settings>},
    {S::Jobs, "jobs", kNeedsPerson, makeScreen<JobsScreen>, jobsTitle,
     promptWithPersonFixed<kJobsFit>, showIt<S::Jobs>, backTo<S::Person>},
    {S::Vacancy, "vacancy", kNoUndo, makeScreen<VacancyScreen>, fixed<kVacancies>, noPrompt, showVacancy,
     backToShown<S::People>},
    {S::Passphrase, "passphrase", kNoUndo, makeScreen<PassphraseScreen>, fixed<kPassphrase>, noPrompt,
     showPassphrase, backFromPassphrase},
    {S::Pronunciations, "pronunciations", kNeedsPerson, makeScreen<PronunciationsScreen>,
     fixedWithPerson<kHowToSay>, promptWithPersonFixed<kTeachWords>,
     resetAndShow<PronunciationsScreen, S::Pronunciations>, backTo<S::Person>},
    {S::About, "about", kNoUndo, makeScreen<AboutScreen>, fixed<kAbout>, noPrompt, showIt<S::About>,
     backToShown<S::People>},
    {S::Picture, "picture", kNeedsPerson, makeScreen<PictureScreen>, fixedWithPerson<kChooseAPicture>, noPrompt,
     showPicture, backToWhereFrom<S::Picture>},
    {S::Photos, "photos", kNeedsPerson, makeScreen<PhotosScreen>, fixedWithPerson<kChooseAPhoto>, noPrompt,
     showPhotos, backTo<S::Picture>},
    {S::Summary, "summary", kNeedsPerson, makeScreen<SummaryScreen>, fixedWithPerson<kMySummary>, noPrompt,
     showSummary, backFromSummary},
    {S::Deleted, "deleted", kNoUndo, makeScreen<DeletedScreen>, fixed<kDeletedPeople>, fixed<kBringBack>,
     resetAndShow<DeletedScreen, S::Deleted>, backToShown<S::People>},
};

} // namespace

const std::vector<ScreenEntry>& screenTable()
{
    return kScreens;
}

const ScreenEntry& screenEntry(ScreenName screen)
{
    const auto index = static_cast<std::size_t>(screen);
    assert(index < kScreens.size() && kScreens[index].name == screen); // rows in the order of ScreenName
    return kScreens[index];
}

} // namespace rightjob::ui
