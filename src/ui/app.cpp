// [SECTION] Screen names
// [SECTION] Opening people
// [SECTION] Drawing a frame
// [SECTION] The top bar and the "not saved" warning

#include "ui/app.h"


#include "core/base/asset_paths.h"
#include "ui/platform/style.h"
#include "ui/screens/card_screen.h"
#include "ui/screens/mat_screen.h"
#include "ui/screens/passphrase_screen.h"
#include "ui/widgets/tile.h"

#include <SDL.h>

#include <algorithm>
#include <cassert>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>

namespace rightjob::ui {

// [SECTION] Screen names

const char* screenNameText(ScreenName screen)
{
    return screenEntry(screen).text;
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

std::optional<ScreenName> screenFromText(const std::string& name)
{
    for (const ScreenEntry& entry : screenTable())
        if (name == entry.text)
            return entry.name;
    return std::nullopt;
}

std::string screenNamesList()
{
    std::string list;
    for (const ScreenEntry& entry : screenTable())
        list += (list.empty() ? "" : ", ") + std::string(entry.text);
    return list;
}

// [SECTION] Opening people

App::App(Window& window, const core::LayoutLibrary& layouts, AppOptions options)
    : m_window(window)
    , m_options(std::move(options))
    , m_workspace(layouts, workspace::WorkspaceOptions{m_options.dataFolder, m_options.saveMode})
    , m_pictures(window.sdlRenderer())
{
    for (const ScreenEntry& entry : screenTable()) {
        assert(static_cast<std::size_t>(entry.name) == m_screens.size()); // rows in the order of ScreenName
        m_screens.push_back(entry.make());
    }
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
    try {
        m_themes = loadShippedThemes();
    } catch (const core::DataError& error) {
        std::fprintf(stderr, "rightjob: %s\n", error.what());
    }
    applySettings();
}

App::~App() = default;

void App::applySettings()
{
    const core::Settings& settings = m_workspace.settings();
    FontChoice fonts;
    fonts.family = settings.font == core::FontChoice::OpenDyslexic ? FontFamily::OpenDyslexic : FontFamily::Andika;
    const float textScale = settings.textSizePercent / 100.0f;
    if (textScale != m_window.scaling().textScale || fonts.family != m_appliedFont) {
        m_window.rebuildFonts(fonts, textScale);
        m_appliedFont = fonts.family;
    }
    const Theme* theme = m_themes.find(settings.themeId);
    m_window.setTheme(theme ? *theme : fallbackTheme());
    m_access.configure(settings);
    if (m_speakFirst.isOn() != settings.speakFirst)
        m_speakFirst.setOn(settings.speakFirst);
    m_speaker->setVoice({settings.voice, settings.speechWordsPerMinute, settings.speechPitch, settings.speechVolume});
}

void App::changeSettings(const core::Settings& settings)
{
    m_workspace.changeSettings(settings);
    applySettings();
}

// What the workspace's opening led to decides the screen; the open person's
// words are spoken with from now on.
void App::afterOpening(workspace::Opening opening)
{
    switch (opening) {
    case workspace::Opening::NeedsPassphrase:
        screen<PassphraseScreen>().reset();
        m_screen = ScreenName::Passphrase;
        return;
    case workspace::Opening::Open:
        // Why the last session ended by itself, said once on the person screen.
        m_sessionNotice = m_workspace.sessionNoticeOnOpening();
        m_screen = ScreenName::Person;
        m_speaker->setPronunciations(m_workspace.pronunciations());
        return;
    case workspace::Opening::CannotBeRead: m_screen = ScreenName::Recover; return;
    }
}

void App::openPerson(const std::string& id)
{
    afterOpening(m_workspace.openPerson(id));
}

void App::openProfileFile(const std::string& path)
{
    afterOpening(m_workspace.openProfileFile(path));
}

void App::restoreOfferedBackup()
{
    if (const std::optional<workspace::Opening> opening = m_workspace.restoreOfferedBackup())
        afterOpening(*opening);
}

void App::openSection(const std::string& sectionId)
{
    const core::OpenProfile* open = openProfile();
    if (!open || !open->layout().findSection(sectionId))
        return;
    m_sectionId = sectionId;
    screen<MatScreen>().reset();
    m_screen = ScreenName::Mat;
}

void App::showSectionGrid()
{
    const core::OpenProfile* open = openProfile();
    if (!open)
        return;
    if (m_sectionId.empty())
        m_sectionId = open->layout().sections.front().id;
    m_screen = ScreenName::Section;
}

void App::openCard(const std::string& cardId)
{
    const core::OpenProfile* open = openProfile();
    if (!open)
        return;
    if (m_sectionId.empty())
        m_sectionId = open->layout().sections.front().id;
    const auto cards = core::sectionCards(open->layout(), open->profile(), m_sectionId);
    const bool known = std::any_of(cards.begin(), cards.end(), [&](const core::CardView& c) { return c.id == cardId; });
    if (!known)
        return;
    m_cardId = cardId;
    setReturnsTo(ScreenName::Card, m_screen == ScreenName::Mat ? ScreenName::Mat : ScreenName::Section);
    screen<CardScreen>().reset();
    m_screen = ScreenName::Card;
}

void App::addPerson(const std::string& name, const std::string& preferredName)
{
    afterOpening(m_workspace.addPerson(name, preferredName));
}

void App::choosePictureFor(const PictureTarget& target)
{
    if (!openProfile())
        return;
    pictureScreen().chooseFor(target);
    if (m_screen != ScreenName::Picture && m_screen != ScreenName::Photos)
        setReturnsTo(ScreenName::Picture, target.kind == PictureTarget::Kind::Person ? ScreenName::Person : m_screen);
    m_screen = ScreenName::Picture;
}

PictureScreen& App::pictureScreen()
{
    return screen<PictureScreen>();
}

PhotosScreen& App::photosScreen()
{
    return screen<PhotosScreen>();
}

void App::dropFile(const std::string& path)
{
    if (!openProfile()) {
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
    pictureScreen().usePhoto(*this, path);
}

void App::askToDeleteOpenPerson()
{
    if (m_workspace.settings().confirmBeforeDelete)
        m_screen = ScreenName::DeletePerson;
    else
        deleteOpenPerson();
}

void App::deleteOpenPerson()
{
    if (!openProfile())
        return;
    try {
        m_workspace.deleteOpenPerson();
    } catch (...) {
        m_speaker->setPronunciations(m_workspace.pronunciations()); // nobody is open now
        throw;
    }
    m_speaker->setPronunciations(m_workspace.pronunciations());
    showScreen(ScreenName::People);
}

void App::showScreen(ScreenName screen)
{
    const ScreenEntry& entry = screenEntry(screen);
    if ((entry.flags & kNeedsPerson) && !openProfile())
        return;
    entry.show(*this);
}

void App::goBack()
{
    screenEntry(m_screen).back(*this);
}

ScreenName App::returnsTo(ScreenName screen) const
{
    const auto found = m_returnsTo.find(screen);
    return found != m_returnsTo.end() ? found->second : ScreenName::People;
}

void App::setReturnsTo(ScreenName screen, ScreenName to)
{
    m_returnsTo[screen] = to;
}

AnyScreen& App::current()
{
    return *m_screens[static_cast<std::size_t>(m_screen)];
}

// [SECTION] Drawing a frame

void App::drawFrame()
{
    m_pictures.readThrough(m_workspace.sealedFiles());
    m_newestUtteranceAtFrameStart = newestUtterance(*m_speaker);
    if (m_screen != ScreenName::Person && m_screen != ScreenName::Passphrase)
        m_sessionNotice.clear(); // said once, on the person screen that opened
    if (m_screen != ScreenName::Settings)
        m_access.stopListening(); // a new switch key is taken only on the settings screen
    m_access.beforeFrame(m_window, m_map, m_speakFirst, m_speechRequests);
    for (const std::string& dropped : m_window.takeDroppedFiles())
        dropFile(dropped);
    m_map.beginFrame(screenNameText(m_screen));
    UiContext ui{m_window,       m_map,           m_pictures, cardScaleFor(m_workspace.settings().cardSize),
                 m_speaker.get(), &m_speechRequests, &m_speakFirst};

    // A screen whose title comes from what it shows works that out first
    // (the jobs screen: "Good jobs for Sam").
    current().refresh(*this);
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
    m_access.scrollByTouch(ui, (screenEntry(m_screen).flags & kScrollsFromEmpty) ? TouchScroll::OnlyFromEmptySpace
                                                                                : TouchScroll::Anywhere);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + ui.em(style().screenInset), ImGui::GetCursorPosY() + ui.em(style().screenInset)));
    current().draw(*this, ui);
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
    if (openProfile() && m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const std::uint64_t now = SDL_GetTicks64();
        if (now - m_lastOutsideCheckTicks >= 2000) {
            m_lastOutsideCheckTicks = now;
            m_workspace.takeInOutsideChanges();
        }
        m_window.requestFrameAfter(std::chrono::milliseconds(2000));
    }

    // A change that did not reach the disk is tried again every few seconds.
    core::OpenProfile* open = openProfile();
    if (open && !open->saveState().allSaved) {
        const std::uint64_t now = SDL_GetTicks64();
        if (now - m_lastRetryTicks >= 3000) {
            m_lastRetryTicks = now;
            open->retrySave();
        }
        m_window.requestFrameAfter(std::chrono::milliseconds(3000));
    }
}

std::string App::screenTitle() const
{
    return screenEntry(m_screen).title(*this);
}

// [SECTION] The top bar and the "not saved" warning

namespace {

// Where the top bar is, in the window: its top, its left edge and width, and
// the room left beside its buttons.
struct TopBarPlace {
    float top = 0;
    float left = 0;
    float width = 0;
    float besideLeft = 0;
    float besideWidth = 0;
};

// The title beside the buttons (oneRow), or on a row of its own below them,
// shrunk so no word is split; returns the height the bar then takes.
float drawTopBarTitle(UiContext& ui, const std::string& title, bool oneRow, const TopBarPlace& place, float barHeight,
                      float gap)
{
    const float startX = place.left;
    const float available = place.width;
    const float startY = place.top;
    const float leftEdge = place.besideLeft;
    ImFont* heading = ui.window.headingFont() ? ui.window.headingFont() : ImGui::GetFont();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetWindowPos();
    float titleX = leftEdge;
    float titleY = startY + (barHeight - heading->FontSize) / 2;
    float titleWidth = place.besideWidth;
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
    return used;
}

} // namespace

void App::drawTopBar(UiContext& ui, const std::string& title)
{
    const UiStyle& look = style();
    float barHeight = ui.em(look.barHeight);
    const float gap = ui.em(look.gap);
    const float startX = ImGui::GetCursorPosX();
    const float startY = ImGui::GetCursorPosY();
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float available = right - startX;

    const unsigned flags = screenEntry(m_screen).flags;
    core::OpenProfile* open = openProfile();
    const bool showBack = !(flags & kNoBack);
    const bool showSettings = flags & kSettingsButton;
    const bool showUndo = open && open->access() == core::Access::Change && !(flags & kNoUndo);
    const int buttons = (showBack ? 1 : 0) + (showSettings ? 1 : 0) + (showUndo ? 2 : 0);

    // One row when the buttons and a readable title fit; otherwise the
    // buttons share the first row and the title has the second to itself.
    float buttonWidth = ui.em(look.barButtonWidth);
    const float buttonsWidth = buttons * buttonWidth + std::max(0, buttons - 1) * gap;
    const bool oneRow = buttonsWidth + ui.em(look.barTitleRoom) <= available;
    if (!oneRow && buttons > 0)
        buttonWidth = std::min(buttonWidth, (available - (buttons - 1) * gap) / buttons);
    // Buttons as wide as in one row keep the picture beside the word, so a
    // short landscape window at a large text size keeps room for the screen.
    const bool picturesBeside = oneRow || buttonWidth >= ui.em(look.barButtonNarrowest);
    if (!picturesBeside)
        barHeight = ui.em(look.barHeightStacked); // room for the picture above the word

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
        core::ProfileDocument& document = open->document();
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

    const float used = drawTopBarTitle(ui, title, oneRow, {startY, startX, available, leftEdge, rightEdge - leftEdge},
                                       barHeight, gap);
    ImGui::SetCursorPos(ImVec2(startX, startY + used + gap));
}

void App::drawSaveProblem(UiContext& ui)
{
    const core::OpenProfile* open = openProfile();
    const bool notSaved = open && !open->saveState().allSaved;
    if (notSaved && !m_saveProblemHeard)
        ui.playCue(SoundCue::Error);
    m_saveProblemHeard = notSaved;
    if (!notSaved)
        return;
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    const std::string headline = "Your last change is not saved yet. Right Job will try again.";
    const std::string detail = open->saveState().problem;
    const float height = bold->FontSize * 3.6f;
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->AddRectFilled(min, ImVec2(min.x + width, min.y + height), toImU32(ui.theme().danger), ui.em(style().noticeRounding));
    const float pad = ui.em(style().tilePadding);
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
    const core::DataFolderReport& report = m_workspace.dataFolderReport();
    if (m_screen == ScreenName::People && !report.warnings.empty() && !m_dataFolderWarningHidden) {
        // What the start-up check found about the data folder: the first
        // finding in full, and how many more there are; "Hide" puts it away
        // until the program starts again.
        const float gap = ui.em(style().gap);
        const float hideWidth = ui.em(style().hideButtonWidth);
        const float width = ImGui::GetContentRegionAvail().x;
        TileContent notice;
        notice.id = "data-folder-warning";
        notice.label = report.warnings.front();
        if (report.warnings.size() > 1)
            notice.detail = std::to_string(report.warnings.size() - 1) + " more like this.";
        notice.symbol = "warning";
        tile(ui, notice, ImVec2(width - hideWidth - gap, ui.em(style().dataFolderNoticeHeight)), PictureSide::Left);
        ImGui::SameLine(0, gap);
        TileContent hide = buttonContent("hide-warning", "Hide", "cross-mark");
        hide.spoken = "Hide this warning";
        if (tile(ui, hide, ImVec2(hideWidth, ui.em(style().dataFolderNoticeHeight)), PictureSide::Left))
            m_dataFolderWarningHidden = true;
        ImGui::Dummy(ImVec2(0, ui.em(style().smallGap)));
        return;
    }
    const core::OpenProfile* open = openProfile();
    if (!open || open->access() == core::Access::Change || m_screen == ScreenName::People)
        return;
    TileContent notice;
    notice.id = "look-only";
    notice.label = open->lookOnlyReason();
    notice.symbol = "locked";
    notice.role = TargetRole::Tile;
    tile(ui, notice, ImVec2(ImGui::GetContentRegionAvail().x, ui.em(style().noticeHeight)), PictureSide::Left);
    ImGui::Dummy(ImVec2(0, ui.em(style().smallGap)));
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
    const core::OpenProfile* open = openProfile();
    if (open && !open->saveState().allSaved)
        showMessage(ui, "Not saved yet. Right Job will try again.");
    else
        showMessage(ui, "Saved.");
}

void App::endSession(UiContext& ui)
{
    if (!openProfile())
        return;
    m_workspace.endSession();
    m_sessionNotice.clear();
    showMessage(ui, "The session has ended.");
}

void App::quit()
{
    // Nothing is lost by closing: what is not on the disk yet is tried once more.
    core::OpenProfile* open = openProfile();
    if (open && !open->saveState().allSaved)
        open->retrySave();
    const std::uint64_t now = SDL_GetTicks64();
    const bool askedAgain = m_quitRefusedAtTicks != 0 && now - m_quitRefusedAtTicks < kMessageMilliseconds;
    if (open && !open->saveState().allSaved && !askedAgain) {
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
    return m_message.empty() ? 0.0f : ui.em(style().messageHeight) + 2 * ui.em(style().messageMargin);
}

void App::drawMessage(UiContext& ui)
{
    // In its band under the screen, for a few seconds; a tap puts it away.
    if (messageBandHeight(ui) <= 0)
        return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->Size.x - 2 * ui.em(style().gap), ui.em(style().messageMaxWidth));
    const float height = ui.em(style().messageHeight);
    // A pixel of room round the tile, so its edges are not clipped.
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + (viewport->Size.x - width) / 2 - 1,
                                   viewport->Pos.y + viewport->Size.y - height - ui.em(style().messageMargin) - 1));
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
    const bool waiting = m_workspace.personWaitingForPassphrase();
    const std::string problem = m_workspace.unlockWith(passphrase);
    if (waiting && problem.empty())
        afterOpening(m_workspace.lastOpening());
    return problem;
}

// The same person, opened again with other keys: stay where we were (the
// passphrase screen, or the card a photo is being added to).
void App::afterReopening(ScreenName before)
{
    afterOpening(m_workspace.lastOpening());
    if (openProfile() && m_screen == ScreenName::Person && before != ScreenName::People)
        m_screen = before;
}

std::string App::setPassphrase(const std::string& passphrase)
{
    const ScreenName before = m_screen;
    const std::string problem = m_workspace.setPassphrase(passphrase);
    if (problem.empty())
        afterReopening(before);
    return problem;
}

std::string App::removePassphrase()
{
    const ScreenName before = m_screen;
    const std::string problem = m_workspace.removePassphrase();
    if (problem.empty())
        afterReopening(before);
    return problem;
}

} // namespace rightjob::ui
