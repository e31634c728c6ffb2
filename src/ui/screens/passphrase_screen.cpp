#include "ui/screens/passphrase_screen.h"

#include "ui/app.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/tile.h"

#include "core/protection/protection.h"

namespace rightjob::ui {

namespace {

void wipe(std::string& text)
{
    core::wipeText(text);
}

} // namespace

void PassphraseScreen::reset()
{
    wipe(m_passphrase);
    wipe(m_again);
    m_problem.clear();
    m_done.clear();
}

void PassphraseScreen::draw(App& app, UiContext& ui)
{
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(24.0f));
    if (app.personWaitingForPassphrase())
        drawUnlock(app, ui, width);
    else if (app.openProfile())
        drawManage(app, ui, width);
}

void PassphraseScreen::drawUnlock(App& app, UiContext& ui, float width)
{
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("This person has a passphrase.");
    ImGui::PopFont();
    ImGui::TextWrapped("Type it to open their profile.");
    ImGui::Dummy(ImVec2(0, ui.em(0.4f)));
    ImGui::SetNextItemWidth(width);
    textField(ui, "passphrase", "Passphrase", m_passphrase, TextFieldLines::One, TextFieldLetters::Hidden);
    if (!m_problem.empty())
        ImGui::TextColored(toImVec4(ui.theme().danger), "%s", m_problem.c_str());
    ImGui::Dummy(ImVec2(0, ui.em(0.6f)));
    TileContent open = buttonContent("open-with-passphrase", "Open", "unlocked");
    open.style = TileStyle::Accent;
    if (tile(ui, open, ImVec2(width, ui.em(3.2f)), PictureSide::Left)) {
        const std::string passphrase = m_passphrase;
        wipe(m_passphrase);
        m_problem = app.unlockWith(passphrase);
    }
}

void PassphraseScreen::drawManage(App& app, UiContext& ui, float width)
{
    const bool protectedNow = app.openPersonHasPassphrase();
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("%s", protectedNow ? "This person has a passphrase." : "Keep this profile private.");
    ImGui::PopFont();
    ImGui::TextWrapped("With a passphrase, nobody can read this profile without it.");
    ImGui::TextWrapped("Write it down and keep it safe. Nobody can find it again for you.");
    ImGui::Dummy(ImVec2(0, ui.em(0.4f)));
    ImGui::SetNextItemWidth(width);
    textField(ui, "new-passphrase", protectedNow ? "New passphrase" : "Passphrase", m_passphrase,
              TextFieldLines::One, TextFieldLetters::Hidden);
    ImGui::Dummy(ImVec2(0, ui.em(0.3f)));
    ImGui::SetNextItemWidth(width);
    textField(ui, "passphrase-again", "Type it again", m_again, TextFieldLines::One, TextFieldLetters::Hidden);
    if (!m_problem.empty())
        ImGui::TextColored(toImVec4(ui.theme().danger), "%s", m_problem.c_str());
    if (!m_done.empty())
        ImGui::TextWrapped("%s", m_done.c_str());
    ImGui::Dummy(ImVec2(0, ui.em(0.6f)));
    TileContent keep = buttonContent("keep-passphrase", protectedNow ? "Change the passphrase" : "Keep this passphrase",
                                     "locked-with-key");
    keep.style = TileStyle::Accent;
    if (tile(ui, keep, ImVec2(width, ui.em(3.2f)), PictureSide::Left)) {
        m_done.clear();
        if (m_passphrase.empty())
            m_problem = "Please write a passphrase.";
        else if (m_passphrase != m_again)
            m_problem = "The two passphrases are not the same.";
        else {
            m_problem = app.setPassphrase(m_passphrase);
            if (m_problem.empty())
                m_done = protectedNow ? "The passphrase is changed." : "This profile now has a passphrase.";
        }
        wipe(m_passphrase);
        wipe(m_again);
    }
    if (!protectedNow)
        return;
    ImGui::Dummy(ImVec2(0, ui.em(1.0f)));
    TileContent remove = buttonContent("remove-passphrase", "Take the passphrase away", "unlocked");
    remove.spoken = "Take the passphrase away. Then anyone can read this profile.";
    if (tile(ui, remove, ImVec2(width, ui.em(3.2f)), PictureSide::Left)) {
        m_problem = app.removePassphrase();
        m_done = m_problem.empty() ? "This profile has no passphrase now." : "";
    }
}

} // namespace rightjob::ui
