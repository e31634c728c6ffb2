#include "ui/screens/about_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

#include <algorithm>

#ifndef RIGHTJOB_VERSION
#define RIGHTJOB_VERSION "unknown"
#endif

namespace rightjob::ui {

const char* programVersion()
{
    return RIGHTJOB_VERSION;
}

void AboutScreen::drawIdea(UiContext& ui, const AboutIdea& idea)
{
    const std::string& headline = idea.headline;
    const std::string& lines = idea.lines;
    const float side = ui.em(3.0f);
    const float gap = ui.em(0.75f);
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(40.0f));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const Picture picture = ui.pictures.symbol(idea.symbol);
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    if (picture)
        drawPictureInBox(ui, drawList, picture, at, ImVec2(at.x + side, at.y + side), ui.theme().background);
    else
        drawMissingPicture(ui, drawList, at, ImVec2(at.x + side, at.y + side));
    ImGui::SetCursorScreenPos(ImVec2(at.x + side + gap, at.y));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - side - gap);
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextUnformatted(headline.c_str());
    ImGui::PopFont();
    if (!lines.empty())
        ImGui::TextUnformatted(lines.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float used = ImGui::GetItemRectMax().y - at.y;
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + std::max(side, used) + gap));
    ImGui::Dummy(ImVec2(0, 0));
}

std::vector<AboutIdea> aboutIdeas(const core::SymbolIndex* symbols)
{
    std::vector<AboutIdea> ideas;
    ideas.push_back({"briefcase", "Right Job helps you find a job that is right for you.",
                     "You say what you like and what you are good at.\n"
         "You use pictures, symbols and speech.\n"
         "Right Job makes an easy-read summary and a list of good jobs for you."});
    ideas.push_back({"information", std::string("Version ") + programVersion(), ""});
    ideas.push_back({"open-hands", "Right Job is free software.",
         "You can share it and change it.\n"
         "Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).\n"
         "It comes with no warranty."});

    // The credit the CC BY-SA licence asks for, as the symbols folder gives it.
    std::string credit;
    if (symbols) {
        credit = symbols->attribution() + "\n";
        credit += "The " + symbols->licence() + " licence: https://creativecommons.org/licenses/by-sa/4.0/\n";
    } else {
        credit = "All emojis designed by OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0\n";
    }
    credit += "From https://openmoji.org/. We made the pictures into PNG files. The names and groups are ours.";
    ideas.push_back({"framed-picture", "The picture symbols come from OpenMoji.", credit});

    ideas.push_back({"memo", "The letters are Andika and OpenDyslexic.",
         "Andika: SIL International. Licence: SIL Open Font License 1.1.\n"
         "OpenDyslexic: Abbie Gonzalez. Licence: SIL Open Font License 1.1."});
    ideas.push_back({"speaking-head", "The voice comes from eSpeak.",
         "eSpeak NG: the eSpeak NG team. Licence: GNU General Public License, version 3 or later."});
    ideas.push_back({"laptop", "Right Job is made with other free software too.",
         "Dear ImGui (MIT License), SDL 2 (zlib License), stb (public domain), "
         "nlohmann JSON (MIT License), cairo and Pango (GNU Lesser General Public License), FreeType (FreeType License)."});

    return ideas;
}

void AboutScreen::draw(App& app, UiContext& ui)
{
    for (const AboutIdea& idea : aboutIdeas(app.symbolIndex()))
        drawIdea(ui, idea);
    TileContent back = buttonContent("about-done", "Done", "check-mark-button");
    back.spoken = "Done. Go back.";
    if (tile(ui, back, ImVec2(std::min(ImGui::GetContentRegionAvail().x, ui.em(12.0f)), ui.em(3.0f)),
             PictureSide::Left))
        app.goBack();
}

} // namespace rightjob::ui
