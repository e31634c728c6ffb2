#include "ui/widgets/symbol_picker.h"

#include "ui/widgets/text_field.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <sstream>

namespace rightjob::ui {

namespace {

constexpr std::size_t kSearchHitsShown = 40;
constexpr std::size_t kSuggestionsShown = 8;

// Pictures for the words, or else for any one of them ("Dog walker" finds
// dogs and walking when no symbol has both).
std::vector<const core::SymbolEntry*> suggestionsFor(const core::SymbolIndex& symbols, const std::string& words)
{
    std::vector<const core::SymbolEntry*> found;
    for (const auto& hit : symbols.search(words, kSuggestionsShown))
        found.push_back(hit.symbol);
    if (!found.empty())
        return found;
    std::istringstream each(words);
    for (std::string word; each >> word && found.size() < kSuggestionsShown;)
        for (const auto& hit : symbols.search(word, 4))
            if (std::find(found.begin(), found.end(), hit.symbol) == found.end())
                found.push_back(hit.symbol);
    if (found.size() > kSuggestionsShown)
        found.resize(kSuggestionsShown);
    return found;
}

void heading(UiContext& ui, const std::string& text)
{
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopFont();
}

} // namespace

void SymbolPicker::reset()
{
    m_search.clear();
    m_group.clear();
    m_scrollToGroup = false;
}

std::string SymbolPicker::drawSymbols(UiContext& ui, const std::vector<const core::SymbolEntry*>& symbols,
                                      const std::string& chosen)
{
    const float gap = ui.em(0.5f);
    const TileGrid grid = tileGridFor(ImGui::GetContentRegionAvail().x, ImVec2(ui.card(6.2f), ui.card(7.0f)), gap,
                                      ui.minimumTarget());
    std::string tapped;
    for (std::size_t i = 0; i < symbols.size(); ++i) {
        grid.moveTo(i);
        const core::SymbolEntry& symbol = *symbols[i];
        TileContent picture;
        picture.id = "picture:" + symbol.id;
        picture.label = symbol.name.empty() ? symbol.id : symbol.name;
        picture.symbol = symbol.id;
        picture.role = TargetRole::Toggle;
        picture.style = chosen == symbol.id ? TileStyle::Accent : TileStyle::Card;
        if (tile(ui, picture, grid.tileSize, PictureSide::Top))
            tapped = symbol.id;
    }
    return tapped;
}

std::string SymbolPicker::draw(UiContext& ui, const core::SymbolIndex* symbols, const std::string& chosen,
                               const std::string& suggestion)
{
    if (!symbols) {
        ImGui::TextWrapped("The pictures cannot be found. You can still use a photo.");
        return "";
    }
    const float available = ImGui::GetContentRegionAvail().x;
    const float gap = ui.em(0.5f);
    ImGui::SetNextItemWidth(std::min(available, ui.em(24.0f)));
    if (textField(ui, "picture-search", "Find a picture by its name", m_search) && !m_search.empty())
        m_group.clear();
    ImGui::Dummy(ImVec2(0, gap * 0.5f));

    // Words typed: what they find.
    if (m_search.find_first_not_of(" \t") != std::string::npos) {
        std::vector<const core::SymbolEntry*> found;
        for (const auto& hit : symbols->search(m_search, kSearchHitsShown))
            found.push_back(hit.symbol);
        if (found.empty()) {
            ImGui::TextWrapped("There is no picture for these words. Try other words, or choose a group.");
        } else {
            return drawSymbols(ui, found, chosen);
        }
    }

    // A group open: all its pictures, and the way back to the groups.
    if (!m_group.empty()) {
        const auto category = std::find_if(symbols->categories().begin(), symbols->categories().end(),
                                           [&](const core::SymbolCategory& c) { return c.id == m_group; });
        if (category == symbols->categories().end()) {
            m_group.clear();
        } else {
            if (m_scrollToGroup) {
                // The group's grid starts where its tile was; show it from its top.
                ImGui::SetScrollHereY(0.0f);
                m_scrollToGroup = false;
            }
            TileContent back = buttonContent("picture-groups", "All groups", "left-arrow");
            back.spoken = "Back to all groups of pictures";
            if (tile(ui, back, ImVec2(std::min(available, ui.em(11.0f)), ui.em(2.8f)), PictureSide::Left)) {
                m_group.clear();
                return "";
            }
            ImGui::Dummy(ImVec2(0, gap * 0.5f));
            heading(ui, category->label);
            return drawSymbols(ui, symbols->symbolsInCategory(m_group), chosen);
        }
    }

    std::string tapped;
    if (m_search.empty() && !suggestion.empty()) {
        const auto suggested = suggestionsFor(*symbols, suggestion);
        if (!suggested.empty()) {
            heading(ui, "Pictures for these words");
            tapped = drawSymbols(ui, suggested, chosen);
            ImGui::Dummy(ImVec2(0, gap));
        }
    }

    // The groups as big tiles, each with its picture.
    heading(ui, "Choose a group of pictures");
    const TileGrid grid = tileGridFor(ImGui::GetContentRegionAvail().x, ImVec2(ui.card(9.0f), ui.card(8.5f)), gap,
                                      ui.minimumTarget());
    const auto& categories = symbols->categories();
    for (std::size_t i = 0; i < categories.size(); ++i) {
        grid.moveTo(i);
        TileContent group;
        group.id = "picture-group:" + categories[i].id;
        group.label = categories[i].label;
        group.spoken = "Pictures of " + categories[i].label;
        group.symbol = categories[i].symbol;
        group.role = TargetRole::Button;
        if (tile(ui, group, grid.tileSize, PictureSide::Top)) {
            m_group = categories[i].id;
            m_search.clear();
            m_scrollToGroup = true;
        }
    }
    return tapped;
}

} // namespace rightjob::ui
