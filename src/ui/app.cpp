// [SECTION] Screen names
// [SECTION] Opening people
// [SECTION] Drawing a frame
// [SECTION] The top bar and the "not saved" warning

#include "ui/app.h"

#include "ui/widgets/tile.h"

#include <SDL.h>

#include <algorithm>

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
    }
    return "people";
}

std::optional<ScreenName> screenFromText(const std::string& name)
{
    for (ScreenName screen : {ScreenName::People, ScreenName::Person, ScreenName::Section, ScreenName::Recover,
                              ScreenName::Mat, ScreenName::Card, ScreenName::Session, ScreenName::AddPerson,
                              ScreenName::DeletePerson})
        if (name == screenNameText(screen))
            return screen;
    return std::nullopt;
}

// [SECTION] Opening people

App::App(Window& window, const core::LayoutLibrary& layouts, AppOptions options)
    : m_window(window)
    , m_layouts(layouts)
    , m_options(std::move(options))
    , m_store(m_options.dataFolder)
    , m_pictures(window.sdlRenderer())
{
    refreshPeople();
}

void App::refreshPeople()
{
    m_people = m_store.list();
}

void App::openPerson(const std::string& id)
{
    openFile(m_store.fileFor(id));
}

void App::openProfileFile(const std::string& path)
{
    openFile(core::ProfileFile(path));
}

void App::openFile(core::ProfileFile file)
{
    m_open.reset();
    m_recoverFile.reset();
    core::LoadOutcome outcome = file.load();
    if (outcome.profile) {
        try {
            m_open = std::make_unique<core::OpenProfile>(file, std::move(*outcome.profile), m_layouts,
                                                         m_options.saveMode);
            m_screen = ScreenName::Person;
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

void App::deleteOpenPerson()
{
    if (!m_open)
        return;
    const std::string id = m_open->profile().id;
    m_open.reset();
    m_store.removePerson(id);
    showScreen(ScreenName::People);
}

void App::showScreen(ScreenName screen)
{
    const bool needsPerson = screen != ScreenName::People && screen != ScreenName::Recover
                             && screen != ScreenName::AddPerson;
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
    case ScreenName::Person:
    case ScreenName::DeletePerson:
        m_screen = screen;
        break;
    }
}

void App::goBack()
{
    switch (m_screen) {
    case ScreenName::Card: m_screen = m_cardReturnsTo; break;
    case ScreenName::Section: m_screen = ScreenName::Mat; break;
    case ScreenName::Mat:
    case ScreenName::Session:
    case ScreenName::DeletePerson: m_screen = ScreenName::Person; break;
    default: showScreen(ScreenName::People); break;
    }
}

// [SECTION] Drawing a frame

void App::drawFrame()
{
    m_map.beginFrame(screenNameText(m_screen));
    UiContext ui{m_window, m_map, m_pictures};

    const std::string title = screenTitle();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("##screen", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
                     | ImGuiWindowFlags_NoBringToFrontOnFocus);
    drawTopBar(ui, title);
    drawSaveProblem(ui);
    ImGui::BeginChild("##content", ImVec2(0, 0), false, ImGuiWindowFlags_NoSavedSettings);
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
    }
    ImGui::EndChild();
    ImGui::End();

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
    case ScreenName::DeletePerson: return "Delete " + profile.person.shownName() + "?";
    default: return name;
    }
}

void App::drawTopBar(UiContext& ui, const std::string& title)
{
    const float barHeight = ui.em(2.6f);
    const float buttonWidth = ui.em(6.0f);
    const float gap = ui.em(0.5f);
    const float startX = ImGui::GetCursorPosX();
    const float startY = ImGui::GetCursorPosY();

    float titleX = startX;
    if (m_screen != ScreenName::People) {
        TileContent back;
        back.id = "back";
        back.label = "Back";
        back.spoken = "Go back";
        back.symbol = "left-arrow";
        back.role = TargetRole::Button;
        if (tile(ui, back, ImVec2(buttonWidth, barHeight), PictureSide::Left))
            goBack();
        titleX = startX + buttonWidth + gap;
    }

    const bool showUndo = m_open && m_screen != ScreenName::People && m_screen != ScreenName::Recover
                          && m_screen != ScreenName::AddPerson && m_screen != ScreenName::DeletePerson;
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float undoX = right - 2 * buttonWidth - gap;

    ImFont* heading = ui.window.headingFont() ? ui.window.headingFont() : ImGui::GetFont();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetWindowPos();
    const float titleWidth = (showUndo ? undoX : right) - titleX - gap;
    const float titleY = startY + (barHeight - heading->FontSize) / 2;
    drawWrappedText(drawList, heading, heading->FontSize, ImVec2(origin.x + titleX, origin.y + titleY), titleWidth,
                    barHeight, toImU32(ui.theme().text), title);

    if (showUndo) {
        core::ProfileDocument& document = m_open->document();
        ImGui::SetCursorPos(ImVec2(undoX, startY));
        TileContent undo;
        undo.id = "undo";
        undo.label = "Undo";
        undo.spoken = document.canUndo() ? "Undo " + document.undoDescription() : "Undo";
        undo.symbol = "right-arrow-curving-left";
        undo.role = TargetRole::Button;
        undo.enabled = document.canUndo();
        if (tile(ui, undo, ImVec2(buttonWidth, barHeight), PictureSide::Left))
            document.undo();
        ImGui::SetCursorPos(ImVec2(undoX + buttonWidth + gap, startY));
        TileContent redo;
        redo.id = "redo";
        redo.label = "Redo";
        redo.spoken = document.canRedo() ? "Redo " + document.redoDescription() : "Redo";
        redo.symbol = "left-arrow-curving-right";
        redo.role = TargetRole::Button;
        redo.enabled = document.canRedo();
        if (tile(ui, redo, ImVec2(buttonWidth, barHeight), PictureSide::Left))
            document.redo();
    }
    ImGui::SetCursorPos(ImVec2(startX, startY + barHeight + gap));
}

void App::drawSaveProblem(UiContext& ui)
{
    if (!m_open || m_open->saveState().allSaved)
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
    const float used = drawWrappedText(drawList, bold, bold->FontSize, ImVec2(min.x + pad, min.y + pad),
                                       width - 2 * pad, height, toImU32(ui.theme().accentText), headline);
    drawWrappedText(drawList, ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad, min.y + pad + used),
                    width - 2 * pad, height - used - pad, toImU32(ui.theme().accentText), detail);
    ImGui::Dummy(ImVec2(width, height + pad));
}

} // namespace rightjob::ui
