#include "ui/screens/section_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

namespace {

Color answerColour(const Theme& theme, core::AnswerValue value)
{
    switch (value) {
    case core::AnswerValue::Positive: return theme.positive;
    case core::AnswerValue::Middle: return theme.middle;
    case core::AnswerValue::Negative: return theme.negative;
    }
    return theme.panel;
}

} // namespace

void SectionScreen::draw(App& app, UiContext& ui)
{
    if (!app.openProfile() || !app.openProfile()->layout().findSection(app.currentSection()))
        return;
    if (m_chosenCard.empty())
        drawCardGrid(app, ui);
    else
        drawAnswerChooser(app, ui);
}

void SectionScreen::drawCardGrid(App& app, UiContext& ui)
{
    core::OpenProfile& open = *app.openProfile();
    const core::Profile& profile = open.profile();
    const core::SectionDefinition& section = *open.layout().findSection(app.currentSection());
    const core::Scale& scale = open.layout().scaleFor(section);

    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("%s", section.prompt.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.em(0.25f)));

    const float gap = ui.em(0.75f);
    const float width = ui.em(9.5f);
    const float height = ui.em(12.0f);
    const int columns = columnsFor(ImGui::GetContentRegionAvail().x, width, gap);
    const auto cards = core::sectionCards(open.layout(), profile, section.id);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const core::CardView& card = cards[i];
        if (i % columns != 0)
            ImGui::SameLine(0, gap);
        const std::string key = core::cardKey(section.id, card.id);
        TileContent content;
        content.id = "card:" + key;
        content.label = card.label;
        content.spoken = card.spoken;
        content.symbol = card.symbol;
        content.role = TargetRole::Card;
        content.reserveBadgeSpace = true;
        if (const auto answer = profile.standingAnswer(key)) {
            content.badge = scale.answer(answer->value).words;
            content.badgeColor = answerColour(ui.theme(), answer->value);
            if (answer->by != core::kPersonGiver)
                content.detail = profile.giverLabel(answer->by) + " says";
        }
        const core::CardRecord* record = profile.findCard(key);
        if (record && record->notForSharing)
            content.detail = "Not for sharing";
        if (tile(ui, content, ImVec2(width, height), PictureSide::Top))
            m_chosenCard = card.id;
        if (i % columns == static_cast<std::size_t>(columns) - 1)
            ImGui::Dummy(ImVec2(0, gap * 0.25f));
    }
}

void SectionScreen::drawAnswerChooser(App& app, UiContext& ui)
{
    core::OpenProfile& open = *app.openProfile();
    const core::SectionDefinition& section = *open.layout().findSection(app.currentSection());
    const core::Scale& scale = open.layout().scaleFor(section);
    const auto cards = core::sectionCards(open.layout(), open.profile(), section.id);
    const core::CardView* card = nullptr;
    for (const auto& candidate : cards)
        if (candidate.id == m_chosenCard)
            card = &candidate;
    if (!card) {
        m_chosenCard.clear();
        return;
    }

    const float gap = ui.em(0.75f);
    const float available = ImGui::GetContentRegionAvail().x;
    const bool wide = available > ui.em(28.0f);
    const float cardSide = wide ? std::min(ui.em(14.0f), available * 0.4f) : std::min(ui.em(14.0f), available);

    TileContent big;
    big.id = "chosen:" + core::cardKey(section.id, card->id);
    big.label = card->label;
    big.spoken = card->spoken;
    big.symbol = card->symbol;
    big.role = TargetRole::Card;
    tile(ui, big, ImVec2(cardSide, cardSide * 1.15f), PictureSide::Top);
    if (wide)
        ImGui::SameLine(0, gap * 2);

    ImGui::BeginGroup();
    const float answerWidth = wide ? available - cardSide - gap * 2 : available;
    const float answerHeight = ui.em(3.4f);
    std::optional<core::AnswerValue> chosen;
    for (const auto& place : scale.answers) {
        TileContent content;
        content.id = std::string("answer:") + core::answerValueName(place.value);
        content.label = place.words;
        content.spoken = place.spoken;
        content.symbol = place.symbol;
        content.role = TargetRole::AnswerPlace;
        if (tile(ui, content, ImVec2(answerWidth, answerHeight), PictureSide::Left))
            chosen = place.value;
        ImGui::Dummy(ImVec2(0, gap * 0.25f));
    }
    TileContent close;
    close.id = "close";
    close.label = "Close";
    close.spoken = "Close without choosing";
    close.symbol = "cross-mark";
    close.role = TargetRole::Button;
    const bool closed = tile(ui, close, ImVec2(std::min(answerWidth, ui.em(9.0f)), ui.em(2.6f)), PictureSide::Left);
    ImGui::EndGroup();

    if (chosen) {
        open.document().answer(section.id, card->id, *chosen);
        m_chosenCard.clear();
    } else if (closed) {
        m_chosenCard.clear();
    }
}

} // namespace rightjob::ui
