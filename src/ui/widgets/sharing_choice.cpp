#include "ui/widgets/sharing_choice.h"

#include "ui/widgets/tile.h"

namespace rightjob::ui {

std::optional<core::Sharing> sharingChoice(UiContext& ui, const std::string& question, const std::string& idPrefix,
                                           core::Sharing current, float width)
{
    std::optional<core::Sharing> chosen;
    ImGui::PushFont(ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont());
    ImGui::TextUnformatted(question.c_str());
    ImGui::PopFont();
    for (core::Sharing sharing : {core::Sharing::Everyone, core::Sharing::Team, core::Sharing::Nobody}) {
        const core::SharingWords words = core::sharingWords(sharing);
        TileContent choice;
        choice.id = idPrefix + core::sharingName(sharing);
        choice.label = words.label;
        choice.spoken = words.spoken; // says what the picture means; the words stay short to fit all three
        choice.symbol = words.symbol;
        choice.role = TargetRole::Toggle;
        choice.style = sharing == current ? TileStyle::Accent : TileStyle::Card;
        if (tile(ui, choice, ImVec2(width, ui.em(2.4f)), PictureSide::Left))
            chosen = sharing;
        ImGui::Dummy(ImVec2(0, ui.em(0.075f)));
    }
    return chosen;
}

} // namespace rightjob::ui
