#include "ui/screens/person_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

void PersonScreen::draw(App& app, UiContext& ui)
{
    core::OpenProfile* open = app.openProfile();
    if (!open)
        return;
    const core::Layout& layout = open->layout();
    const float gap = ui.em(0.75f);
    const float width = ui.em(11.0f);
    const float height = ui.em(11.5f);
    const int columns = columnsFor(ImGui::GetContentRegionAvail().x, width, gap);
    std::string toOpen;
    for (std::size_t i = 0; i < layout.sections.size(); ++i) {
        const core::SectionDefinition& section = layout.sections[i];
        if (i % columns != 0)
            ImGui::SameLine(0, gap);
        const core::SectionProgress progress = core::sectionProgress(layout, open->profile(), section.id);
        TileContent content;
        content.id = "section:" + section.id;
        content.label = section.title;
        content.detail = std::to_string(progress.answered) + " of " + std::to_string(progress.total) + " done";
        content.spoken = section.title + ". " + content.detail + ".";
        content.symbol = section.symbol;
        content.progress = progress.total > 0 ? static_cast<float>(progress.answered) / progress.total : 0.0f;
        if (tile(ui, content, ImVec2(width, height), PictureSide::Top))
            toOpen = section.id;
        if (i % columns == static_cast<std::size_t>(columns) - 1)
            ImGui::Dummy(ImVec2(0, gap * 0.25f));
    }
    if (!toOpen.empty())
        app.openSection(toOpen);
}

} // namespace rightjob::ui
