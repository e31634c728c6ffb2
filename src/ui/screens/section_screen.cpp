#include "ui/screens/section_screen.h"

#include "core/profile/profile_document.h"
#include "ui/app.h"
#include "ui/widgets/answer_colours.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/tile.h"

#include <algorithm>

namespace rightjob::ui {

void SectionScreen::draw(App& app, UiContext& ui)
{
    core::OpenProfile* open = app.openProfile();
    if (!open)
        return;
    const core::SectionDefinition* section = open->layout().findSection(app.currentSection());
    if (!section)
        return;
    if (m_addingCard) {
        drawNewCardForm(app, ui);
        return;
    }
    const core::Profile& profile = open->profile();
    const core::Scale& scale = open->layout().scaleFor(*section);

    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("%s", section->prompt.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.em(0.25f)));

    const float gap = ui.em(0.75f);
    const TileGrid grid = tileGridFor(ImGui::GetContentRegionAvail().x, ImVec2(ui.card(9.5f), ui.card(12.0f)), gap,
                                      ui.minimumTarget());
    const auto cards = core::sectionCards(open->layout(), profile, section->id);
    std::string toOpen;
    bool addCard = false;
    for (std::size_t i = 0; i <= cards.size(); ++i) {
        grid.moveTo(i);
        if (i == cards.size()) {
            TileContent add;
            add.id = "add-card";
            add.label = "Add a card";
            add.spoken = "Add a card of your own";
            add.symbol = "plus";
            add.role = TargetRole::Button;
            addCard = tile(ui, add, grid.tileSize, PictureSide::Top);
            break;
        }
        const core::CardView& card = cards[i];
        const std::string key = core::cardKey(section->id, card.id);
        TileContent content;
        content.id = "card:" + key;
        content.cardKey = key;
        content.label = card.label;
        content.spoken = card.spoken;
        content.symbol = card.symbol;
        content.photoPath = app.photoPath(card.photo);
        content.role = TargetRole::Card;
        content.reserveBadgeSpace = true;
        if (const auto answer = profile.standingAnswer(key)) {
            content.badge = scale.answer(answer->value).words;
            content.badgeColor = answerColour(ui.theme(), answer->value);
            if (answer->by != core::kPersonGiver)
                content.detail = profile.giverLabel(answer->by) + " says";
        }
        const core::CardRecord* record = profile.findCard(key);
        if (record && record->sharing != core::Sharing::Everyone)
            content.detail = core::sharingWords(record->sharing).detail;
        if (tile(ui, content, grid.tileSize, PictureSide::Top))
            toOpen = card.id;
    }
    if (addCard) {
        m_addingCard = true;
        m_newLabel.clear();
        m_newSpoken.clear();
        m_newSymbol.clear();
        m_newMeans.clear();
        m_picker.reset();
        m_problem.clear();
        ImGui::SetScrollY(0); // the form starts at its top, wherever the grid was scrolled to
    }
    if (!toOpen.empty())
        app.openCard(toOpen);
}

void SectionScreen::drawNewCardForm(App& app, UiContext& ui)
{
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(24.0f));
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("What is on your card?");
    ImGui::PopFont();
    ImGui::SetNextItemWidth(width);
    textField(ui, "new-card-words", "Words on the card", m_newLabel);
    ImGui::Dummy(ImVec2(0, ui.em(0.3f)));
    ImGui::TextWrapped("What should it say out loud? You can leave this empty.");
    ImGui::SetNextItemWidth(width);
    textField(ui, "new-card-spoken", "Words to say", m_newSpoken);
    if (!m_problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ui.theme().danger));
        ImGui::TextWrapped("%s", m_problem.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, ui.em(0.5f)));

    // The card as it will look, and the buttons, above the pictures so they
    // stay in reach however far the pictures scroll.
    const float gap = ui.em(0.6f);
    TileContent preview;
    preview.id = "new-card-preview";
    preview.label = m_newLabel.empty() ? "Your card" : m_newLabel;
    preview.symbol = m_newSymbol.empty() ? "framed-picture" : m_newSymbol;
    preview.role = TargetRole::Card;
    tile(ui, preview, ImVec2(ui.em(8.0f), ui.em(9.0f)), PictureSide::Top);
    ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    TileContent add;
    add.id = "add-card-now";
    add.label = "Add the card";
    add.symbol = "check-mark-button";
    add.role = TargetRole::Button;
    add.style = TileStyle::Accent;
    const float buttonWidth = std::max(ui.em(9.0f), std::min(ui.em(12.0f), width - ui.em(8.0f) - gap));
    if (tile(ui, add, ImVec2(buttonWidth, ui.em(3.0f)), PictureSide::Left)) {
        try {
            app.openProfile()->document().addOwnCard(app.currentSection(), m_newLabel, m_newSpoken, m_newSymbol,
                                                     m_newMeans);
            m_addingCard = false;
        } catch (const core::EditError& error) {
            m_problem = error.what();
        }
    }
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
    TileContent cancel;
    cancel.id = "cancel";
    cancel.label = "Do not add";
    cancel.symbol = "cross-mark";
    cancel.role = TargetRole::Button;
    if (tile(ui, cancel, ImVec2(buttonWidth, ui.em(3.0f)), PictureSide::Left))
        m_addingCard = false;
    ImGui::EndGroup();

    // What it is like: a supporter picks the card of this section it means,
    // or "Something new", so matching can use it.
    if (const core::SectionDefinition* section = app.openProfile()->layout().findSection(app.currentSection())) {
        ImGui::Dummy(ImVec2(0, gap));
        ImGui::PushFont(ui.window.boldFont());
        ImGui::TextWrapped("Which card is it like?");
        ImGui::PopFont();
        const ImVec2 size(ui.em(11.0f), ui.em(2.8f));
        const float available = ImGui::GetContentRegionAvail().x;
        const int perRow = std::max(1, static_cast<int>((available + gap) / (size.x + gap)));
        int column = 0;
        auto choice = [&](const std::string& id, const std::string& label, const std::string& symbol) {
            if (column > 0)
                ImGui::SameLine(0, gap);
            TileContent like;
            like.id = "like:" + (id.empty() ? std::string("new") : id);
            like.label = label;
            like.spoken = id.empty() ? "It is something new." : "It is like " + label + ".";
            like.symbol = symbol;
            like.role = TargetRole::Button;
            like.style = m_newMeans == id ? TileStyle::Accent : TileStyle::Card;
            if (tile(ui, like, size, PictureSide::Left))
                m_newMeans = id;
            column = (column + 1) % perRow;
        };
        choice("", "Something new", "new-button");
        for (const auto& card : section->cards)
            choice(core::cardKey(section->id, card.id), card.label, card.symbol);
    }

    // Its picture: found by the card's words, or by group. A photo can be
    // put on the card once it is made (Change the picture).
    ImGui::Dummy(ImVec2(0, gap));
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("Choose a picture for your card.");
    ImGui::PopFont();
    const std::string picked = m_picker.draw(ui, app.symbolIndex(), m_newSymbol, m_newLabel);
    if (!picked.empty())
        m_newSymbol = picked;
}

} // namespace rightjob::ui
