// [SECTION] The target's picture now
// [SECTION] Photos: import and turn
// [SECTION] Drawing

#include "ui/screens/picture_screen.h"

#include "core/base/file_system.h"
#include "core/pictures/image_import.h"
#include "ui/app.h"
#include "ui/widgets/sharing_choice.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <cstdio>

namespace rightjob::ui {

// [SECTION] The target's picture now

void PictureScreen::chooseFor(const PictureTarget& target)
{
    m_target = target;
    m_picker.reset();
    m_problem.clear();
}

PictureScreen::Current PictureScreen::current(App& app) const
{
    Current now;
    core::OpenProfile* open = app.openProfile();
    if (!open)
        return now;
    if (m_target.kind == PictureTarget::Kind::Person) {
        now.photo = open->profile().person.photo;
        now.symbol = "bust-in-silhouette";
        now.label = open->profile().person.shownName();
        now.exists = true;
        return now;
    }
    for (const auto& card : core::sectionCards(open->layout(), open->profile(), m_target.sectionId)) {
        if (card.id == m_target.cardId) {
            now.photo = card.photo;
            now.symbol = card.symbol;
            now.label = card.label;
            now.exists = true;
        }
    }
    return now;
}

// [SECTION] Photos: import and turn

void PictureScreen::putPhoto(App& app, const std::string& photo)
{
    core::ProfileDocument& document = app.openProfile()->document();
    if (m_target.kind == PictureTarget::Kind::Person)
        document.setPersonPhoto(photo);
    else
        document.setCardPhoto(m_target.sectionId, m_target.cardId, photo);
}

bool PictureScreen::usePhoto(App& app, const std::string& sourcePath)
{
    if (!app.openProfile() || !current(app).exists)
        return false;
    try {
        const core::ImportedImage image = core::importPhoto(sourcePath);
        // Through the person's own file system: sealed when they have a passphrase.
        const std::string photo = core::savePhotoIntoFolder(app.personFiles(), app.personFolder(), image);
        putPhoto(app, photo);
        m_problem.clear();
        return true;
    } catch (const core::ImageError& error) {
        m_problem = error.what();
    } catch (const core::EditError& error) {
        m_problem = error.what();
    }
    std::fprintf(stderr, "rightjob: the photo %s was not used: %s\n", sourcePath.c_str(), m_problem.c_str());
    return false;
}

bool PictureScreen::rotatePhoto(App& app)
{
    const Current now = current(app);
    if (now.photo.empty())
        return false;
    try {
        const core::ImportedImage turned = core::rotatePhoto(app.personFiles(), app.photoPath(now.photo), 1);
        putPhoto(app, core::savePhotoIntoFolder(app.personFiles(), app.personFolder(), turned));
        m_problem.clear();
        return true;
    } catch (const core::ImageError& error) {
        m_problem = error.what();
    } catch (const core::EditError& error) {
        m_problem = error.what();
    }
    return false;
}

// [SECTION] Drawing

void PictureScreen::drawProblem(UiContext& ui)
{
    if (m_problem.empty())
        return;
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(34.0f));
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    const std::string headline = "This photo cannot be used. Nothing has changed.";
    const float pad = ui.em(0.5f);
    const float textWidth = width - 2 * pad;
    const ImVec2 headlineSize = bold->CalcTextSizeA(bold->FontSize, textWidth, textWidth, headline.c_str());
    ImFont* body = ImGui::GetFont();
    const ImVec2 detailSize = body->CalcTextSizeA(ImGui::GetFontSize(), textWidth, textWidth, m_problem.c_str());
    const float height = pad * 2.5f + headlineSize.y + detailSize.y;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->AddRectFilled(min, ImVec2(min.x + width, min.y + height), toImU32(ui.theme().danger), ui.em(0.4f));
    const float used = drawWrappedText(ui, drawList, bold, bold->FontSize, ImVec2(min.x + pad, min.y + pad), textWidth,
                                       height, toImU32(ui.theme().accentText), headline);
    drawWrappedText(ui, drawList, body, ImGui::GetFontSize(), ImVec2(min.x + pad, min.y + pad * 1.5f + used), textWidth,
                    height, toImU32(ui.theme().accentText), m_problem);
    ImGui::Dummy(ImVec2(width, height + pad));
}

void PictureScreen::draw(App& app, UiContext& ui)
{
    core::OpenProfile* open = app.openProfile();
    if (!open)
        return;
    const Current now = current(app);
    if (!now.exists) {
        ImGui::TextWrapped("This card is not here any more.");
        return;
    }
    const bool forPerson = m_target.kind == PictureTarget::Kind::Person;
    drawProblem(ui);

    const float gap = ui.em(0.75f);
    const float available = ImGui::GetContentRegionAvail().x;
    const float cardWidth = std::min(ui.em(12.0f), available);
    const bool wide = available > cardWidth + ui.em(14.0f);

    ImGui::BeginGroup();
    TileContent picture;
    picture.id = "current-picture";
    picture.label = now.label;
    picture.spoken = now.photo.empty() ? now.label : "The photo for " + now.label;
    picture.symbol = now.symbol;
    picture.photoPath = app.photoPath(now.photo);
    picture.role = TargetRole::Card;
    tile(ui, picture, ImVec2(cardWidth, cardWidth * 1.1f), PictureSide::Top);
    ImGui::EndGroup();
    if (wide)
        ImGui::SameLine(0, gap);

    ImGui::BeginGroup();
    const float buttonWidth = wide ? std::min(ui.em(16.0f), available - cardWidth - gap) : std::min(available, ui.em(16.0f));
    const ImVec2 buttonSize(buttonWidth, ui.em(3.0f));
    TileContent choose = buttonContent("choose-photo", now.photo.empty() ? "Use a photo" : "Use another photo",
                                       "framed-picture");
    choose.detail = "From your pictures";
    choose.style = TileStyle::Accent;
    if (tile(ui, choose, buttonSize, PictureSide::Left)) {
        app.showScreen(ScreenName::Photos);
        ImGui::EndGroup();
        return;
    }
    ImGui::Dummy(ImVec2(0, gap * 0.3f));
    TileContent turn = buttonContent("rotate-photo", "Turn the photo", "clockwise-vertical-arrows");
    turn.spoken = "Turn the photo a quarter turn";
    turn.enabled = !now.photo.empty();
    if (tile(ui, turn, buttonSize, PictureSide::Left))
        rotatePhoto(app);
    ImGui::Dummy(ImVec2(0, gap * 0.3f));
    if (forPerson) {
        TileContent remove = buttonContent("remove-photo", "No photo", "cross-mark");
        remove.spoken = "Take the photo away. You can undo this.";
        remove.enabled = !now.photo.empty();
        if (tile(ui, remove, buttonSize, PictureSide::Left))
            open->document().setPersonPhoto("");
        // Who may see the person's photo in what is made for others: the
        // same three choices as a card's.
        ImGui::Dummy(ImVec2(0, gap * 0.3f));
        const core::Sharing sharing = open->profile().person.photoSharing;
        if (const auto chosen = sharingChoice(ui, "Who can see this photo?", "photo-share-", sharing, buttonWidth))
            open->document().setPersonPhotoSharing(*chosen);
    } else {
        TileContent symbol = buttonContent("use-symbol", "Use the symbol", now.symbol.empty() ? "framed-picture" : now.symbol);
        symbol.spoken = "Use the symbol, not the photo";
        symbol.enabled = !now.photo.empty();
        if (tile(ui, symbol, buttonSize, PictureSide::Left))
            open->document().setCardPhoto(m_target.sectionId, m_target.cardId, "");
    }
    ImGui::Dummy(ImVec2(0, gap * 0.3f));
    TileContent done = buttonContent("picture-done", "Done", "check-mark-button");
    done.spoken = "Done. Go back.";
    if (tile(ui, done, buttonSize, PictureSide::Left)) {
        ImGui::EndGroup();
        app.goBack();
        return;
    }
    ImGui::EndGroup();

    if (forPerson)
        return;
    ImGui::Dummy(ImVec2(0, gap));
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("Or choose a symbol");
    ImGui::PopFont();
    const std::string picked = m_picker.draw(ui, app.symbolIndex(), now.photo.empty() ? now.symbol : "", now.label);
    if (!picked.empty()) {
        try {
            open->document().setCardSymbol(m_target.sectionId, m_target.cardId, picked);
        } catch (const core::EditError& error) {
            m_problem = error.what();
        }
    }
}

} // namespace rightjob::ui
