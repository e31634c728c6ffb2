// [SECTION] The screen
// [SECTION] The list
// [SECTION] Adding and changing a word

#include "ui/screens/pronunciations_screen.h"

#include "ui/app.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/tile.h"

#include <algorithm>

namespace rightjob::ui {

// [SECTION] The screen

void PronunciationsScreen::reset()
{
    m_word.clear();
    m_saidAs.clear();
    m_changing.clear();
    m_removing.clear();
    m_problem.clear();
}

void PronunciationsScreen::draw(App& app, UiContext& ui)
{
    if (!app.openProfile())
        return;
    const float width = std::min(ImGui::GetContentRegionAvail().x - ui.em(0.3f), ui.em(40.0f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextWrapped("The voice can say some names and words wrong. Write how to say them here.");
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, ui.em(0.4f)));
    drawList(app, ui, width);
    ImGui::Dummy(ImVec2(0, ui.em(0.8f)));
    drawForm(app, ui, width);
}

// [SECTION] The list

void PronunciationsScreen::drawList(App& app, UiContext& ui, float width)
{
    const speech::PronunciationList list = app.pronunciations();
    if (list.empty()) {
        ImGui::TextWrapped("There are no words yet.");
        return;
    }
    const float gap = ui.em(0.4f);
    const float height = ui.em(3.0f);
    const float buttonWidth = ui.em(6.0f);
    const float wordWidth = std::max(ui.em(8.0f), width - 3 * (buttonWidth + gap));
    std::string toSay, toChange, toRemove;
    for (const auto& entry : list.entries()) {
        if (!m_removing.empty() && m_removing == entry.word) {
            ImGui::PushFont(ui.window.boldFont());
            wrappedText(ui, "Remove " + entry.word + " from the list?");
            ImGui::PopFont();
            TileContent yes = buttonContent("remove-yes", "Yes, remove it", "wastebasket");
            yes.spoken = "Yes, remove " + entry.word;
            yes.style = TileStyle::Danger;
            if (tile(ui, yes, ImVec2(ui.em(10.0f), height), PictureSide::Left))
                toRemove = entry.word;
            ImGui::SameLine(0, gap);
            TileContent no = buttonContent("remove-no", "No, keep it", "left-arrow");
            if (tile(ui, no, ImVec2(ui.em(10.0f), height), PictureSide::Left))
                m_removing.clear();
            ImGui::Dummy(ImVec2(0, gap));
            continue;
        }
        TileContent word;
        word.id = "word:" + entry.word;
        word.label = entry.word;
        word.detail = "Said as " + entry.saidAs;
        word.spoken = entry.word;
        word.symbol = "speaking-head";
        if (tile(ui, word, ImVec2(wordWidth, height), PictureSide::Left))
            toSay = entry.word;
        ImGui::SameLine(0, gap);
        TileContent say = buttonContent("say:" + entry.word, "Say it", "speaker-high-volume");
        say.spoken = entry.word;
        if (tile(ui, say, ImVec2(buttonWidth, height), PictureSide::Left))
            toSay = entry.word;
        ImGui::SameLine(0, gap);
        TileContent change = buttonContent("change:" + entry.word, "Change", "pencil");
        change.spoken = "Change " + entry.word;
        if (tile(ui, change, ImVec2(buttonWidth, height), PictureSide::Left))
            toChange = entry.word;
        ImGui::SameLine(0, gap);
        TileContent remove = buttonContent("remove:" + entry.word, "Remove", "wastebasket");
        remove.spoken = "Remove " + entry.word;
        if (tile(ui, remove, ImVec2(buttonWidth, height), PictureSide::Left))
            m_removing = entry.word;
        ImGui::Dummy(ImVec2(0, gap * 0.5f));
    }
    // The word is said with the list applied, as every card will be.
    if (!toSay.empty())
        ui.say(toSay, "say:" + toSay);
    if (!toChange.empty()) {
        const speech::Pronunciation* found = list.find(toChange);
        m_changing = found->word;
        m_word = found->word;
        m_saidAs = found->saidAs;
        m_problem.clear();
    }
    if (!toRemove.empty()) {
        speech::PronunciationList changed = list;
        changed.remove(toRemove);
        m_problem = app.changePronunciations(changed);
        if (!m_problem.empty())
            ui.playCue(SoundCue::Error);
        if (m_changing == toRemove)
            reset();
        m_removing.clear();
    }
}

// [SECTION] Adding and changing a word

void PronunciationsScreen::drawForm(App& app, UiContext& ui, float width)
{
    ImGui::PushFont(ui.window.boldFont());
    if (m_changing.empty())
        ImGui::TextWrapped("Add a word");
    else
        wrappedText(ui, "Change how to say " + m_changing);
    ImGui::PopFont();
    const float fieldWidth = std::min(width, ui.em(22.0f));
    ImGui::SetNextItemWidth(fieldWidth);
    textField(ui, "word", "The word, as it is written", m_word);
    ImGui::SetNextItemWidth(fieldWidth);
    textField(ui, "said-as", "Say it like this", m_saidAs);
    if (!m_problem.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextColored(toImVec4(ui.theme().danger), "%s", m_problem.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Dummy(ImVec2(0, ui.em(0.4f)));

    const float gap = ui.em(0.4f);
    const ImVec2 size(ui.em(8.0f), ui.em(2.8f));
    TileContent test = buttonContent("try-said-as", "Say it", "speaker-high-volume");
    test.spoken = "Listen";
    if (tile(ui, test, size, PictureSide::Left) && !m_saidAs.empty())
        ui.say(m_saidAs, "try-said-as");
    ImGui::SameLine(0, gap);
    TileContent save = buttonContent("save-word", "Save", "check-mark-button");
    save.spoken = "Save the word";
    save.style = TileStyle::Accent;
    if (tile(ui, save, size, PictureSide::Left)) {
        speech::PronunciationList changed = app.pronunciations();
        if (!m_changing.empty())
            changed.remove(m_changing);
        if (!changed.set(m_word, m_saidAs)) {
            m_problem = "Write the word and how to say it.";
            ui.playCue(SoundCue::Error);
        } else {
            m_problem = app.changePronunciations(changed);
            if (m_problem.empty()) {
                reset();
                app.showMessage(ui, "Saved.");
            } else
                ui.playCue(SoundCue::Error);
        }
    }
    if (!m_changing.empty()) {
        ImGui::SameLine(0, gap);
        TileContent cancel = buttonContent("cancel-change", "Stop changing", "left-arrow");
        if (tile(ui, cancel, ImVec2(ui.em(10.0f), size.y), PictureSide::Left))
            reset();
    }
}

} // namespace rightjob::ui
