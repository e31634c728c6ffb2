// [SECTION] Screen names
// [SECTION] Opening people
// [SECTION] Drawing a frame
// [SECTION] The top bar and the "not saved" warning

#include "ui/app.h"

#include "core/protection/passphrase_strength.h"

#include "core/base/asset_paths.h"
#include "core/storage/data_folder_check.h"
#include "ui/widgets/tile.h"

#include <SDL.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>

namespace rightjob::ui {

// [SECTION] Screen names

const char* screenNameText(ScreenName screen)
{
    switch (screen) {
    case ScreenName::People: return "people";
    case ScreenName::Person: return "person";
    case ScreenName::Section: return "section";
    case ScreenName::Recover: return "recover";
    case ScreenName::Mat: return "mat";
    case ScreenName::Card: return "card";
    case ScreenName::Session: return "session";
    case ScreenName::AddPerson: return "add-person";
    case ScreenName::DeletePerson: return "delete-person";
    case ScreenName::Settings: return "settings";
    case ScreenName::Jobs: return "jobs";
    case ScreenName::Vacancy: return "vacancy";
    case ScreenName::Passphrase: return "passphrase";
    case ScreenName::Pronunciations: return "pronunciations";
    case ScreenName::About: return "about";
    case ScreenName::Picture: return "picture";
    case ScreenName::Photos: return "photos";
    case ScreenName::Summary: return "summary";
    }
    return "people";
}

float cardScaleFor(core::CardSize size)
{
    switch (size) {
    case core::CardSize::Small: return 0.8f;
    case core::CardSize::Medium: return 1.0f;
    case core::CardSize::Large: return 1.3f;
    }
    return 1.0f;
}

namespace {

constexpr ScreenName kAllScreens[] = {
    ScreenName::People, ScreenName::Person, ScreenName::Section, ScreenName::Recover, ScreenName::Mat,
    ScreenName::Card, ScreenName::Session, ScreenName::AddPerson, ScreenName::DeletePerson, ScreenName::Settings,
    ScreenName::Jobs, ScreenName::Vacancy, ScreenName::Passphrase, ScreenName::Pronunciations, ScreenName::About,
    ScreenName::Picture, ScreenName::Photos, ScreenName::Summary};

} // namespace

std::optional<ScreenName> screenFromText(const std::string& name)
{
    for (ScreenName screen : kAllScreens)
        if (name == screenNameText(screen))
            return screen;
    return std::nullopt;
}

std::string screenNamesList()
{
    std::string list;
    for (ScreenName screen : kAllScreens)
        list += (list.empty() ? "" : ", ") + std::string(screenNameText(screen));
    return list;
}

// [SECTION] Opening people

App::App(Window& window, const core::LayoutLibrary& layouts, AppOptions options)
    : m_window(window)
    , m_layouts(layouts)
    , m_options(std::move(options))
    , m_store(m_options.dataFolder)
    , m_caseload(m_store, &m_layouts)
    , m_pictures(window.sdlRenderer())
{
    if (m_options.speech == SpeechOutput::Sound) {
        speech::SpeakerOptions speakerOptions;
        // Speech runs on its own threads; a pushed event wakes the sleeping loop.
        speakerOptions.onChange = [&window] {
            SDL_Event event{};
            event.type = SDL_USEREVENT;
            window.pushEvent(event);
        };
        m_speaker = std::make_unique<speech::SdlSpeaker>(speakerOptions);
    } else {
        m_speaker = std::make_unique<speech::NullSpeaker>();
    }
    if (!m_options.printers)
        m_options.printers = exporting::cupsPrinters();
    m_recorder = m_options.recorder;
    if (!m_recorder && m_options.speech == SpeechOutput::Sound)
        m_recorder = std::make_shared<speech::SdlRecorder>();
    if (!m_recorder) {
        auto none = std::make_shared<speech::FakeRecorder>();
        none->failWith("No microphone found.");
        m_recorder = none;
    }
    loadSoundCues();
    const core::SettingsLoadOutcome loaded = core::loadSettingsWithReport(core::settingsPath(m_options.dataFolder));
    m_settings = loaded.settings;
    m_settingsProblem = loaded.problem;
    if (!m_settingsProblem.empty())
        std::fprintf(stderr, "rightjob: %s\n", m_settingsProblem.c_str());
    try {
        m_themes = loadShippedThemes();
    } catch (const core::DataError& error) {
        std::fprintf(stderr, "rightjob: %s\n", error.what());
    }
    applySettings();
    // The data folder: made when missing, kept private, and said plainly when
    // it cannot be written (people then open to look at only).
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        m_dataFolderReport = core::checkDataFolder(m_options.dataFolder);
        for (const auto& warning : m_dataFolderReport.warnings)
            std::fprintf(stderr, "rightjob: %s\n", warning.c_str());
    }
    refreshPeople();
}

void App::applySettings()
{
    FontChoice fonts;
    fonts.family = m_settings.font == core::FontChoice::OpenDyslexic ? FontFamily::OpenDyslexic : FontFamily::Andika;
    const float textScale = m_settings.textSizePercent / 100.0f;
    if (textScale != m_window.scaling().textScale || fonts.family != m_appliedFont) {
        m_window.rebuildFonts(fonts, textScale);
        m_appliedFont = fonts.family;
    }
    const Theme* theme = m_themes.find(m_settings.themeId);
    m_window.setTheme(theme ? *theme : fallbackTheme());
    m_access.configure(m_settings);
    if (m_speakFirst.isOn() != m_settings.speakFirst)
        m_speakFirst.setOn(m_settings.speakFirst);
    m_speaker->setVoice({m_settings.voice, m_settings.speechWordsPerMinute, m_settings.speechPitch,
                         m_settings.speechVolume});
}

void App::changeSettings(const core::Settings& settings)
{
    m_settings = settings;
    core::clampSettings(m_settings);
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult saved =
            core::saveSettings(core::realFileSystem(), core::settingsPath(m_options.dataFolder), m_settings);
        m_settingsProblem = saved.ok ? "" : saved.problem;
    }
    applySettings();
}

void App::refreshPeople()
{
    m_caseload.setMergesConflicts(m_options.saveMode == core::SaveMode::SaveEveryChange);
    m_people = m_caseload.list();
    ++m_peopleRevision;
}

void App::openPerson(const std::string& id)
{
    m_open.reset();
    m_sealedFiles.reset();
    openFile(m_store.fileFor(id));
}

void App::openProfileFile(const std::string& path)
{
    m_open.reset();
    m_sealedFiles.reset();
    openFile(core::ProfileFile(path));
}

void App::openFile(core::ProfileFile file)
{
    m_open.reset();
    m_recoverFile.reset();
    m_waitingForPassphrase.reset();
    core::LoadOutcome outcome = file.load();
    if (outcome.problem == core::LoadProblem::NeedsPassphrase) {
        m_waitingForPassphrase.emplace(file);
        m_passphraseScreen.reset();
        m_screen = ScreenName::Passphrase;
        return;
    }
    if (outcome.profile) {
        try {
            m_open = std::make_unique<core::OpenProfile>(file, std::move(*outcome.profile), m_layouts,
                                                         m_options.saveMode);
            // A session goes on until it is ended, or until nobody has used it for hours.
            m_sessionNotice.clear();
            if (m_open->document().resumeSession(core::kSessionIdleSeconds) == core::SessionResume::EndedWhenIdle)
                m_sessionNotice = "Your last session has ended. Nobody used it for 3 hours.";
            m_screen = ScreenName::Person;
            loadPersonSpeech();
            return;
        } catch (const core::DataError& error) {
            outcome.problem = core::LoadProblem::Unreadable;
            outcome.message = error.what();
            outcome.profile.reset();
        }
    }
    m_recoverFile.emplace(file);
    m_recoverOutcome = std::move(outcome);
    m_screen = ScreenName::Recover;
}

void App::restoreOfferedBackup()
{
    if (!m_recoverFile || !m_recoverOutcome.newestGoodBackup)
        return;
    core::ProfileFile file = *m_recoverFile;
    const core::FileResult result = file.restoreBackup(*m_recoverOutcome.newestGoodBackup);
    if (!result.ok) {
        m_recoverOutcome.message = result.problem;
        return;
    }
    refreshPeople();
    openFile(file);
}

void App::openSection(const std::string& sectionId)
{
    if (!m_open || !m_open->layout().findSection(sectionId))
        return;
    m_sectionId = sectionId;
    m_matScreen.reset();
    m_screen = ScreenName::Mat;
}

void App::showSectionGrid()
{
    if (!m_open)
        return;
    if (m_sectionId.empty())
        m_sectionId = m_open->layout().sections.front().id;
    m_screen = ScreenName::Section;
}

void App::openCard(const std::string& cardId)
{
    if (!m_open)
        return;
    if (m_sectionId.empty())
        m_sectionId = m_open->layout().sections.front().id;
    const auto cards = core::sectionCards(m_open->layout(), m_open->profile(), m_sectionId);
    const bool known = std::any_of(cards.begin(), cards.end(), [&](const core::CardView& c) { return c.id == cardId; });
    if (!known)
        return;
    m_cardId = cardId;
    m_cardReturnsTo = m_screen == ScreenName::Mat ? ScreenName::Mat : ScreenName::Section;
    m_cardScreen.reset();
    m_screen = ScreenName::Card;
}

void App::addPerson(const std::string& name, const std::string& preferredName)
{
    core::Profile profile;
    profile.layoutId = "vocational_profile";
    if (!m_layouts.find(profile.layoutId) && !m_layouts.layouts().empty())
        profile.layoutId = m_layouts.layouts().front().id;
    profile.person.name = name;
    profile.person.preferredName = preferredName;
    // Trimming and the "please write a name" rule live in the store.
    const std::string id = m_store.addPerson(std::move(profile));
    refreshPeople();
    openPerson(id);
}

const core::JobCatalogue* App::jobCatalogue()
{
    if (!m_jobsLoaded) {
        m_jobsLoaded = true;
        try {
            m_catalogue = core::loadJobCatalogue(core::assetPath("assets/jobs/catalogue.json"));
            m_weights = core::loadMatchWeights(core::assetPath("assets/jobs/weights.json"));
            m_vacancies = core::VacancyStore(m_options.dataFolder).load();
        } catch (const core::DataError& error) {
            m_jobProblem = error.what();
            std::fprintf(stderr, "rightjob: %s\n", error.what());
            if (!m_weights)
                m_catalogue.reset();
        }
    }
    return m_catalogue ? &*m_catalogue : nullptr;
}

const core::MatchWeights* App::matchWeights()
{
    jobCatalogue();
    return m_weights ? &*m_weights : nullptr;
}

std::string App::addVacancy(const core::Vacancy& vacancy)
{
    std::vector<core::Vacancy> all = m_vacancies;
    all.push_back(vacancy);
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult saved = core::VacancyStore(m_options.dataFolder).save(all);
        if (!saved.ok)
            return "The vacancy is not saved. " + saved.problem;
    }
    m_vacancies = std::move(all);
    if (m_matchCache)
        m_matchCache->setVacancies(m_vacancies);
    return "";
}

core::MatchCache* App::matchCache()
{
    const core::Layout* layout = m_layouts.find("vocational_profile");
    if (!m_matchCache && jobCatalogue() && m_weights && layout) {
        m_matchCache = std::make_unique<core::MatchCache>(*layout, *m_catalogue, *m_weights);
        m_matchCache->setVacancies(m_vacancies);
    }
    return m_matchCache.get();
}


std::vector<core::PersonMatch> App::matchVacancyAgainstEveryone(const core::Vacancy& vacancy,
                                                                std::vector<std::string>& names)
{
    names.clear();
    core::MatchCache* cache = matchCache();
    if (!cache)
        return {};
    // The caseload index gives each person's answers without reading their
    // whole profile, and a version that changes whenever their file does.
    std::vector<std::string> held;
    const auto people = m_caseload.peopleForMatching(
        [&](const std::string& id, std::uint64_t version) { return cache->holdsPerson(id, version); });
    for (auto person : people) {
        if (!person.needed) {
            held.push_back(person.id);
        } else if (person.answers.layoutId == "vocational_profile") {
            held.push_back(person.id);
            cache->holdPerson(std::move(person.answers), person.version);
        }
    }
    cache->keepOnlyPeople(held);
    auto fits = cache->matchVacancy(vacancy, 20);
    for (const auto& fit : fits)
        names.push_back(cache->heldPerson(fit.personIndex).person.shownName());
    return fits;
}

void App::choosePictureFor(const PictureTarget& target)
{
    if (!m_open)
        return;
    m_pictureScreen.chooseFor(target);
    if (m_screen != ScreenName::Picture && m_screen != ScreenName::Photos)
        m_pictureReturnsTo = target.kind == PictureTarget::Kind::Person ? ScreenName::Person : m_screen;
    m_screen = ScreenName::Picture;
}

std::string App::personFolder() const
{
    return m_open ? m_open->file().folder() : std::string();
}

std::string App::photoPath(const std::string& relative) const
{
    if (relative.empty() || !m_open)
        return "";
    return m_open->file().folder() + "/" + relative;
}

void App::dropFile(const std::string& path)
{
    if (!m_open) {
        std::fprintf(stderr, "rightjob: %s was dropped, but no person is open.\n", path.c_str());
        return;
    }
    switch (m_screen) {
    case ScreenName::Card: choosePictureFor({PictureTarget::Kind::Card, m_sectionId, m_cardId}); break;
    case ScreenName::Person: choosePictureFor({PictureTarget::Kind::Person, "", ""}); break;
    case ScreenName::Picture:
    case ScreenName::Photos: m_screen = ScreenName::Picture; break;
    default:
        std::fprintf(stderr, "rightjob: %s was dropped where no card or person is open.\n", path.c_str());
        return;
    }
    m_pictureScreen.usePhoto(*this, path);
}

const core::SymbolIndex* App::symbolIndex()
{
    if (!m_symbolsLoaded) {
        m_symbolsLoaded = true;
        try {
            m_symbols = core::SymbolIndex::load(core::assetPath("symbols/manifest.json"));
        } catch (const core::DataError& error) {
            std::fprintf(stderr, "rightjob: %s\n", error.what());
        }
    }
    return m_symbols ? &*m_symbols : nullptr;
}

void App::askToDeleteOpenPerson()
{
    if (m_settings.confirmBeforeDelete)
        m_screen = ScreenName::DeletePerson;
    else
        deleteOpenPerson();
}

void App::deleteOpenPerson()
{
    if (!m_open)
        return;
    const std::string id = m_open->profile().id;
    m_open.reset();
    loadPersonSpeech();
    m_store.removePerson(id);
    showScreen(ScreenName::People);
}

void App::showScreen(ScreenName screen)
{
    if (screen == ScreenName::Passphrase) {
        if (m_open || m_waitingForPassphrase) {
            m_passphraseScreen.reset();
            m_screen = screen;
        }
        return;
    }
    const bool needsPerson = screen != ScreenName::People && screen != ScreenName::Recover
                             && screen != ScreenName::AddPerson && screen != ScreenName::Settings
                             && screen != ScreenName::Vacancy && screen != ScreenName::About;
    if (needsPerson && !m_open)
        return;
    switch (screen) {
    case ScreenName::People:
        refreshPeople();
        m_screen = screen;
        break;
    case ScreenName::Recover:
        if (m_recoverFile)
            m_screen = screen;
        break;
    case ScreenName::Mat:
        openSection(m_sectionId.empty() ? m_open->layout().sections.front().id : m_sectionId);
        break;
    case ScreenName::Section:
        showSectionGrid();
        break;
    case ScreenName::Card:
        showSectionGrid();
        openCard(m_cardId.empty() ? core::sectionCards(m_open->layout(), m_open->profile(), m_sectionId).front().id
                                  : m_cardId);
        break;
    case ScreenName::Session:
        m_sessionScreen.reset(*m_open);
        m_screen = screen;
        break;
    case ScreenName::AddPerson:
        m_addPersonScreen.reset();
        m_screen = screen;
        break;
    case ScreenName::Vacancy:
        jobCatalogue();
        m_vacancyScreen.reset();
        m_screen = screen;
        break;
    case ScreenName::Settings:
        if (m_screen != ScreenName::Settings)
            m_settingsReturnsTo = m_screen;
        m_screen = screen;
        break;
    case ScreenName::Pronunciations:
        m_pronunciationsScreen.reset();
        m_screen = screen;
        break;
    case ScreenName::About:
        m_screen = screen;
        break;
    case ScreenName::Picture:
        if (m_pictureScreen.target().kind == PictureTarget::Kind::Card && m_pictureScreen.target().cardId.empty()) {
            // Straight to the picture screen (a screenshot): the current card's picture.
            showScreen(ScreenName::Card);
            if (m_screen == ScreenName::Card)
                choosePictureFor({PictureTarget::Kind::Card, m_sectionId, m_cardId});
            break;
        }
        m_screen = screen;
        break;
    case ScreenName::Photos:
        if (m_pictureScreen.target().kind == PictureTarget::Kind::Card && m_pictureScreen.target().cardId.empty())
            showScreen(ScreenName::Picture);
        if (m_photosScreen.folder().empty())
            m_photosScreen.open();
        m_pictureScreen.clearProblem();
        m_screen = screen;
        break;
    case ScreenName::Summary:
        m_summaryScreen.open(*this);
        m_screen = screen;
        break;
    case ScreenName::Person:
    case ScreenName::DeletePerson:
    case ScreenName::Jobs:
    case ScreenName::Passphrase:
        m_screen = screen;
        break;
    }
}

void App::goBack()
{
    switch (m_screen) {
    case ScreenName::Settings: m_screen = m_settingsReturnsTo; break;
    case ScreenName::Vacancy: showScreen(ScreenName::People); break;
    case ScreenName::Passphrase: showScreen(m_open ? ScreenName::Person : ScreenName::People); break;
    case ScreenName::About: showScreen(ScreenName::People); break;
    case ScreenName::Summary:
        m_summaryScreen.stopReading(*this);
        m_screen = ScreenName::Person;
        break;
    case ScreenName::Picture: m_screen = m_pictureReturnsTo; break;
    case ScreenName::Photos: m_screen = ScreenName::Picture; break;
    case ScreenName::Card: m_screen = m_cardReturnsTo; break;
    case ScreenName::Section: m_screen = ScreenName::Mat; break;
    case ScreenName::Mat:
    case ScreenName::Session:
    case ScreenName::Jobs:
    case ScreenName::Pronunciations:
    case ScreenName::DeletePerson: m_screen = ScreenName::Person; break;
    default: showScreen(ScreenName::People); break;
    }
}

// [SECTION] Drawing a frame

void App::drawFrame()
{
    m_pictures.readThrough(m_sealedFiles.get());
    m_newestUtteranceAtFrameStart = newestUtterance(*m_speaker);
    if (m_screen != ScreenName::Person && m_screen != ScreenName::Passphrase)
        m_sessionNotice.clear(); // said once, on the person screen that opened
    if (m_screen != ScreenName::Settings)
        m_access.stopListening(); // a new switch key is taken only on the settings screen
    m_access.beforeFrame(m_window, m_map, m_speakFirst, m_speechRequests);
    for (const std::string& dropped : m_window.takeDroppedFiles())
        dropFile(dropped);
    m_map.beginFrame(screenNameText(m_screen));
    UiContext ui{m_window,       m_map,           m_pictures, cardScaleFor(m_settings.cardSize),
                 m_speaker.get(), &m_speechRequests, &m_speakFirst};

    if (m_screen == ScreenName::Jobs)
        m_jobsScreen.refresh(*this); // the top bar says what the list is
    const std::string title = screenTitle();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("##screen", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
                     | ImGuiWindowFlags_NoBringToFrontOnFocus);
    drawTopBar(ui, title);
    drawSaveProblem(ui);
    drawLookOnlyNotice(ui);
    // A message has a band of its own under the screen, so it never covers a button.
    ImGui::BeginChild("##content", ImVec2(0, -messageBandHeight(ui)), false, ImGuiWindowFlags_NoSavedSettings);
    // A screen opens at its top, not scrolled as far as the last screen was
    // (a mat opened from far down the sections would hide its card).
    if (m_scrolledScreen != m_screen) {
        m_scrolledScreen = m_screen;
        ImGui::SetScrollY(0);
        m_window.requestAnimationFrames(2);
    }
    m_access.scrollByTouch(ui, m_screen == ScreenName::Mat ? TouchScroll::OnlyFromEmptySpace : TouchScroll::Anywhere);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + ui.em(0.15f), ImGui::GetCursorPosY() + ui.em(0.15f)));
    switch (m_screen) {
    case ScreenName::People: m_peopleScreen.draw(*this, ui); break;
    case ScreenName::Person: m_personScreen.draw(*this, ui); break;
    case ScreenName::Section: m_sectionScreen.draw(*this, ui); break;
    case ScreenName::Recover: m_recoverScreen.draw(*this, ui); break;
    case ScreenName::Mat: m_matScreen.draw(*this, ui); break;
    case ScreenName::Card: m_cardScreen.draw(*this, ui); break;
    case ScreenName::Session: m_sessionScreen.draw(*this, ui); break;
    case ScreenName::AddPerson: m_addPersonScreen.draw(*this, ui); break;
    case ScreenName::DeletePerson: m_deletePersonScreen.draw(*this, ui); break;
    case ScreenName::Settings: m_settingsScreen.draw(*this, ui); break;
    case ScreenName::Jobs: m_jobsScreen.draw(*this, ui); break;
    case ScreenName::Vacancy: m_vacancyScreen.draw(*this, ui); break;
    case ScreenName::Passphrase: m_passphraseScreen.draw(*this, ui); break;
    case ScreenName::Pronunciations: m_pronunciationsScreen.draw(*this, ui); break;
    case ScreenName::About: m_aboutScreen.draw(*this, ui); break;
    case ScreenName::Picture: m_pictureScreen.draw(*this, ui); break;
    case ScreenName::Photos: m_photosScreen.draw(*this, ui); break;
    case ScreenName::Summary: m_summaryScreen.draw(*this, ui); break;
    }
    ImGui::EndChild();
    ImGui::End();
    drawMessage(ui);
    drawReadyTick(ui);
    if (m_window.takeQuitShortcut())
        quit();
    m_access.afterFrame(ui);
    speakWhatWasAsked();

    // What another device saved (a team folder synced by Syncthing) is
    // merged in every few seconds; only the file's size and times are
    // looked at when nothing changed.
    if (m_open && m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const std::uint64_t now = SDL_GetTicks64();
        if (now - m_lastOutsideCheckTicks >= 2000) {
            m_lastOutsideCheckTicks = now;
            m_open->takeInOutsideChanges();
        }
        m_window.requestFrameAfter(std::chrono::milliseconds(2000));
    }

    // A change that did not reach the disk is tried again every few seconds.
    if (m_open && !m_open->saveState().allSaved) {
        const std::uint64_t now = SDL_GetTicks64();
        if (now - m_lastRetryTicks >= 3000) {
            m_lastRetryTicks = now;
            m_open->retrySave();
        }
        m_window.requestFrameAfter(std::chrono::milliseconds(3000));
    }
}

// [SECTION] The top bar and the "not saved" warning

std::string App::screenTitle() const
{
    switch (m_screen) {
    case ScreenName::People: return "Choose a person";
    case ScreenName::Recover: return "This profile cannot be opened";
    case ScreenName::AddPerson: return "Add a person";
    case ScreenName::Settings: return "Settings";
    case ScreenName::Vacancy: return "Vacancies";
    case ScreenName::Passphrase: return "Passphrase";
    case ScreenName::About: return "About Right Job";
    default: break;
    }
    if (!m_open)
        return "Right Job";
    const core::Profile& profile = m_open->profile();
    const std::string name = profile.person.shownName() + (profile.isDemo ? " (demo)" : "");
    const core::SectionDefinition* section = m_open->layout().findSection(m_sectionId);
    switch (m_screen) {
    case ScreenName::Mat:
    case ScreenName::Section: return section ? section->title : name;
    case ScreenName::Card: return section ? section->title : name;
    case ScreenName::Session: return "Start a session";
    case ScreenName::Jobs: return m_jobsScreen.title(m_weights ? &*m_weights : nullptr, profile);
    case ScreenName::DeletePerson: return "Delete " + profile.person.shownName() + "?";
    case ScreenName::Pronunciations: return "How to say words";
    case ScreenName::Picture: return "Choose a picture";
    case ScreenName::Photos: return "Choose a photo";
    case ScreenName::Summary: return "My summary";
    default: return name;
    }
}

void App::drawTopBar(UiContext& ui, const std::string& title)
{
    float barHeight = ui.em(2.6f);
    const float gap = ui.em(0.5f);
    const float startX = ImGui::GetCursorPosX();
    const float startY = ImGui::GetCursorPosY();
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float available = right - startX;

    const bool showBack = m_screen != ScreenName::People;
    const bool showSettings = m_screen == ScreenName::People || m_screen == ScreenName::Person;
    // Undo only where the person can see what it would take back: not on
    // screens that show nothing of the profile (settings, about, vacancies).
    const bool showUndo = m_open && m_open->access() == core::Access::Change && m_screen != ScreenName::People
                          && m_screen != ScreenName::Recover && m_screen != ScreenName::AddPerson
                          && m_screen != ScreenName::DeletePerson && m_screen != ScreenName::Settings
                          && m_screen != ScreenName::About && m_screen != ScreenName::Vacancy
                          && m_screen != ScreenName::Passphrase;
    const int buttons = (showBack ? 1 : 0) + (showSettings ? 1 : 0) + (showUndo ? 2 : 0);

    // One row when the buttons and a readable title fit; otherwise the
    // buttons share the first row and the title has the second to itself.
    float buttonWidth = ui.em(6.0f);
    const float buttonsWidth = buttons * buttonWidth + std::max(0, buttons - 1) * gap;
    const bool oneRow = buttonsWidth + ui.em(9.0f) <= available;
    if (!oneRow && buttons > 0)
        buttonWidth = std::min(buttonWidth, (available - (buttons - 1) * gap) / buttons);
    // Buttons as wide as in one row keep the picture beside the word, so a
    // short landscape window at a large text size keeps room for the screen.
    const bool picturesBeside = oneRow || buttonWidth >= ui.em(5.5f);
    if (!picturesBeside)
        barHeight = ui.em(3.4f); // room for the picture above the word

    const auto button = [&](const char* id, const std::string& label, const std::string& spoken,
                            const char* symbol, bool enabled, float x) {
        ImGui::SetCursorPos(ImVec2(x, startY));
        TileContent content;
        content.id = id;
        content.label = label;
        content.spoken = spoken;
        content.symbol = symbol;
        content.role = TargetRole::Button;
        content.enabled = enabled;
        return tile(ui, content, ImVec2(buttonWidth, barHeight), picturesBeside ? PictureSide::Left : PictureSide::Top);
    };

    float leftEdge = startX;
    float rightEdge = right;
    if (showBack) {
        if (button("back", "Back", "Go back", "left-arrow", true, leftEdge))
            goBack();
        leftEdge += buttonWidth + gap;
    }
    if (showUndo) {
        core::ProfileDocument& document = m_open->document();
        rightEdge -= buttonWidth;
        if (button("redo", "Redo", document.canRedo() ? "Redo " + document.redoDescription() : "Redo",
                   "left-arrow-curving-right", document.canRedo(), rightEdge))
            document.redo();
        rightEdge -= buttonWidth + gap;
        if (button("undo", "Undo", document.canUndo() ? "Undo " + document.undoDescription() : "Undo",
                   "right-arrow-curving-left", document.canUndo(), rightEdge)) {
            document.undo();
            ui.playCue(SoundCue::Undo);
        }
        rightEdge -= gap;
    }
    if (showSettings) {
        rightEdge -= buttonWidth;
        if (button("settings", "Settings", "Settings", "gear", true, rightEdge))
            showScreen(ScreenName::Settings);
        rightEdge -= gap;
    }

    ImFont* heading = ui.window.headingFont() ? ui.window.headingFont() : ImGui::GetFont();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetWindowPos();
    float titleX = leftEdge;
    float titleY = startY + (barHeight - heading->FontSize) / 2;
    float titleWidth = rightEdge - leftEdge;
    float used = barHeight;
    if (!oneRow) {
        titleX = startX;
        titleY = startY + barHeight + gap;
        titleWidth = available;
        used = barHeight + gap + heading->FontSize * 1.3f;
    }
    const float titleSize = fontSizeToFitWords(heading, heading->FontSize, title, titleWidth);
    drawWrappedText(ui, drawList, heading, titleSize, ImVec2(origin.x + titleX, origin.y + titleY), titleWidth,
                    heading->FontSize * 1.3f, toImU32(ui.theme().text), title);
    ImGui::SetCursorPos(ImVec2(startX, startY + used + gap));
}

void App::drawSaveProblem(UiContext& ui)
{
    const bool notSaved = m_open && !m_open->saveState().allSaved;
    if (notSaved && !m_saveProblemHeard)
        ui.playCue(SoundCue::Error);
    m_saveProblemHeard = notSaved;
    if (!notSaved)
        return;
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    const std::string headline = "Your last change is not saved yet. Right Job will try again.";
    const std::string detail = m_open->saveState().problem;
    const float height = bold->FontSize * 3.6f;
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->AddRectFilled(min, ImVec2(min.x + width, min.y + height), toImU32(ui.theme().danger), ui.em(0.4f));
    const float pad = ui.em(0.5f);
    const float used = drawWrappedText(ui, drawList, bold, bold->FontSize, ImVec2(min.x + pad, min.y + pad),
                                       width - 2 * pad, height, toImU32(ui.theme().accentText), headline);
    drawWrappedText(ui, drawList, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad, min.y + pad + used),
                    width - 2 * pad, height - used - pad, toImU32(ui.theme().accentText), detail);
    // In the screen map too, so tests and --dump-ui see the warning.
    reportTarget(ui, ScreenTarget{"save-problem", headline, headline + " " + detail, TargetRole::Tile,
                                  min.x, min.y, width, height});
    ImGui::Dummy(ImVec2(width, height + pad));
}

void App::drawLookOnlyNotice(UiContext& ui)
{
    // Another copy of the program has this person open, or the folder cannot
    // be written: say so on every screen of the person, so nobody expects
    // their changes to stay.
    if (m_screen == ScreenName::People && !m_dataFolderReport.warnings.empty() && !m_dataFolderWarningHidden) {
        // What the start-up check found about the data folder: the first
        // finding in full, and how many more there are; "Hide" puts it away
        // until the program starts again.
        const float gap = ui.em(0.5f);
        const float hideWidth = ui.em(5.5f);
        const float width = ImGui::GetContentRegionAvail().x;
        TileContent notice;
        notice.id = "data-folder-warning";
        notice.label = m_dataFolderReport.warnings.front();
        if (m_dataFolderReport.warnings.size() > 1)
            notice.detail = std::to_string(m_dataFolderReport.warnings.size() - 1) + " more like this.";
        notice.symbol = "warning";
        tile(ui, notice, ImVec2(width - hideWidth - gap, ui.em(3.2f)), PictureSide::Left);
        ImGui::SameLine(0, gap);
        TileContent hide = buttonContent("hide-warning", "Hide", "cross-mark");
        hide.spoken = "Hide this warning";
        if (tile(ui, hide, ImVec2(hideWidth, ui.em(3.2f)), PictureSide::Left))
            m_dataFolderWarningHidden = true;
        ImGui::Dummy(ImVec2(0, ui.em(0.3f)));
        return;
    }
    if (!m_open || m_open->access() == core::Access::Change || m_screen == ScreenName::People)
        return;
    TileContent notice;
    notice.id = "look-only";
    notice.label = m_open->lookOnlyReason();
    notice.symbol = "locked";
    notice.role = TargetRole::Tile;
    tile(ui, notice, ImVec2(ImGui::GetContentRegionAvail().x, ui.em(2.8f)), PictureSide::Left);
    ImGui::Dummy(ImVec2(0, ui.em(0.3f)));
}

// [SECTION] Feedback, sessions and quitting

namespace {

// How long a message stays on screen.
constexpr std::uint64_t kMessageMilliseconds = 4000;

} // namespace

void App::showMessage(UiContext& ui, const std::string& words)
{
    m_message = words;
    m_messageUntilTicks = SDL_GetTicks64() + kMessageMilliseconds;
    ui.say(words, "message");
    m_window.requestFrameAfter(std::chrono::milliseconds(kMessageMilliseconds));
}

void App::confirmSaved(UiContext& ui)
{
    if (m_open && !m_open->saveState().allSaved)
        showMessage(ui, "Not saved yet. Right Job will try again.");
    else
        showMessage(ui, "Saved.");
}

void App::endSession(UiContext& ui)
{
    if (!m_open)
        return;
    m_open->document().endSession();
    m_sessionNotice.clear();
    showMessage(ui, "The session has ended.");
}

void App::quit()
{
    // Nothing is lost by closing: what is not on the disk yet is tried once more.
    if (m_open && !m_open->saveState().allSaved)
        m_open->retrySave();
    const std::uint64_t now = SDL_GetTicks64();
    const bool askedAgain = m_quitRefusedAtTicks != 0 && now - m_quitRefusedAtTicks < kMessageMilliseconds;
    if (m_open && !m_open->saveState().allSaved && !askedAgain) {
        m_quitRefusedAtTicks = now;
        m_message = "Your last change is not saved. Close again to close anyway.";
        m_messageUntilTicks = now + kMessageMilliseconds;
        m_speechRequests.say({m_message, "message", ""});
        m_window.requestFrameAfter(std::chrono::milliseconds(kMessageMilliseconds));
        return;
    }
    m_speaker->stop();
    m_window.requestQuit();
}

float App::messageBandHeight(UiContext& ui)
{
    if (!m_message.empty() && SDL_GetTicks64() >= m_messageUntilTicks)
        m_message.clear();
    return m_message.empty() ? 0.0f : ui.em(3.2f) + 2 * ui.em(0.8f);
}

void App::drawMessage(UiContext& ui)
{
    // In its band under the screen, for a few seconds; a tap puts it away.
    if (messageBandHeight(ui) <= 0)
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->Size.x - ui.em(1.0f), ui.em(24.0f));
    const float height = ui.em(3.2f);
    // A pixel of room round the tile, so its edges are not clipped.
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + (viewport->Size.x - width) / 2 - 1,
                                   viewport->Pos.y + viewport->Size.y - height - ui.em(0.8f) - 1));
    ImGui::SetNextWindowSize(ImVec2(width + 2, height + 2));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##message", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
                     | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoBackground);
    TileContent message;
    message.id = "message";
    message.label = m_message;
    message.symbol = m_message == "Saved." ? "check-mark-button" : "information";
    message.role = TargetRole::Tile;
    message.style = TileStyle::Accent;
    message.choosesAtOnce = true;
    ImGui::SetCursorPos(ImVec2(1, 1));
    if (tile(ui, message, ImVec2(width, height), PictureSide::Left))
        m_message.clear();
    ImGui::End();
    ImGui::PopStyleVar();
}

// [SECTION] Passphrases

std::string App::unlockWith(const std::string& passphrase)
{
    if (!m_waitingForPassphrase)
        return "";
    const std::string path = m_waitingForPassphrase->path();
    const core::UnlockOutcome unlocked = core::unlockPerson(core::realFileSystem(), path, passphrase);
    if (!unlocked.keys)
        return unlocked.problem;
    m_sealedFiles = std::make_shared<core::SealedFileSystem>(core::realFileSystem(), unlocked.keys);
    openFile(core::ProfileFile(path, *m_sealedFiles));
    // A passphrase change or a protection cut short by a crash is finished
    // now, when this copy may change the person.
    if (m_open && m_open->access() == core::Access::Change)
        core::finishProtection(core::realFileSystem(), m_open->file().folder(), *unlocked.keys);
    return "";
}

void App::reopenWith(std::shared_ptr<core::SealedFileSystem> sealedFiles)
{
    const std::string path = m_open->file().path();
    const ScreenName before = m_screen;
    m_open.reset();
    m_sealedFiles = std::move(sealedFiles);
    openFile(m_sealedFiles ? core::ProfileFile(path, *m_sealedFiles) : core::ProfileFile(path));
    // The same person, opened again with other keys: stay where we were
    // (the passphrase screen, or the card a photo is being added to).
    if (m_open && m_screen == ScreenName::Person && before != ScreenName::People)
        m_screen = before;
}

std::string App::setPassphrase(const std::string& passphrase)
{
    if (!m_open || m_open->access() != core::Access::Change)
        return "This profile cannot be changed now.";
    if (!m_open->saveState().allSaved)
        return "Your last change is not saved yet. Please try again soon.";
    const core::Person& person = m_open->profile().person;
    const std::string advice = core::passphraseAdvice(passphrase, {person.name, person.preferredName, "rightjob"});
    if (!advice.empty())
        return advice;
    try {
        const std::string folder = m_open->file().folder();
        std::shared_ptr<const core::Keyring> keys =
            m_sealedFiles ? core::changePassphrase(core::realFileSystem(), folder, m_sealedFiles->keys(), passphrase,
                                                   m_keyStrength)
                          : core::protectPerson(core::realFileSystem(), folder, passphrase, m_keyStrength);
        reopenWith(std::make_shared<core::SealedFileSystem>(core::realFileSystem(), std::move(keys)));
        return "";
    } catch (const core::EditError& error) {
        return error.what();
    }
}

std::string App::removePassphrase()
{
    if (!m_open || !m_sealedFiles || m_open->access() != core::Access::Change)
        return "This profile cannot be changed now.";
    if (!m_open->saveState().allSaved)
        return "Your last change is not saved yet. Please try again soon.";
    try {
        core::removeProtection(core::realFileSystem(), m_open->file().folder(), m_sealedFiles->keys());
    } catch (const core::EditError& error) {
        return error.what();
    }
    reopenWith(nullptr);
    return "";
}

} // namespace rightjob::ui
