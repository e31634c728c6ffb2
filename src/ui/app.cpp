// [SECTION] Screen names
// [SECTION] Opening people
// [SECTION] Drawing a frame
// [SECTION] The top bar and the "not saved" warning

#include "ui/app.h"

#include "ui/widgets/tile.h"

#include <SDL.h>

namespace rightjob::ui {

// [SECTION] Screen names

const char* screenNameText(ScreenName screen)
{
    switch (screen) {
    case ScreenName::People: return "people";
    case ScreenName::Person: return "person";
    case ScreenName::Section: return "section";
    case ScreenName::Recover: return "recover";
    }
    return "people";
}

std::optional<ScreenName> screenFromText(const std::string& name)
{
    for (ScreenName screen : {ScreenName::People, ScreenName::Person, ScreenName::Section, ScreenName::Recover})
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
    m_sectionScreen.reset();
    m_screen = ScreenName::Section;
}

void App::showScreen(ScreenName screen)
{
    if (screen == ScreenName::People) {
        refreshPeople();
        m_screen = screen;
    } else if (screen == ScreenName::Person && m_open) {
        m_screen = screen;
    } else if (screen == ScreenName::Section && m_open) {
        openSection(m_sectionId.empty() ? m_open->layout().sections.front().id : m_sectionId);
    } else if (screen == ScreenName::Recover && m_recoverFile) {
        m_screen = screen;
    }
}

void App::goBack()
{
    if (m_screen == ScreenName::Section)
        m_screen = ScreenName::Person;
    else
        showScreen(ScreenName::People);
}

// [SECTION] Drawing a frame

void App::drawFrame()
{
    m_map.beginFrame(screenNameText(m_screen));
    UiContext ui{m_window, m_map, m_pictures};

    std::string title = "Choose a person";
    if (m_screen == ScreenName::Recover)
        title = "This profile cannot be opened";
    else if (m_open && m_screen == ScreenName::Person)
        title = m_open->profile().person.shownName() + (m_open->profile().isDemo ? " (demo)" : "");
    else if (m_open && m_screen == ScreenName::Section)
        if (const auto* section = m_open->layout().findSection(m_sectionId))
            title = section->title;

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

    const bool showUndo = m_open && (m_screen == ScreenName::Person || m_screen == ScreenName::Section);
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
