#include "ui/screens/person_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

namespace {

// "10:05" from "2026-10-05T10:05:00Z".
std::string clockTime(const std::string& time)
{
    return time.size() >= 16 ? time.substr(11, 5) : time;
}

} // namespace

void PersonScreen::draw(App& app, UiContext& ui)
{
    core::OpenProfile* open = app.openProfile();
    if (!open)
        return;
    const core::Layout& layout = open->layout();
    const core::Profile& profile = open->profile();
    const float gap = ui.em(0.75f);
    const float available = ImGui::GetContentRegionAvail().x;

    // The session in progress (with the way to end it), or the way to start
    // one; and, once after opening, why the last one ended by itself.
    const core::Session* session = profile.findSession(open->document().currentSession());
    TileContent sessionTile;
    sessionTile.id = "session";
    sessionTile.role = TargetRole::Button;
    sessionTile.symbol = "spiral-calendar";
    if (session) {
        sessionTile.label = "Session at " + (session->place.empty() ? std::string("this place") : session->place);
        sessionTile.detail = "Started at " + clockTime(session->startedAt) + ". Tap to start a new one.";
    } else {
        sessionTile.label = "Start a session";
        sessionTile.detail = app.sessionNotice().empty() ? "Say who is here and where you are" : app.sessionNotice();
        sessionTile.style = TileStyle::Accent;
    }
    const float endWidth = ui.em(9.0f);
    const bool canEnd = session && open->access() == core::Access::Change;
    const float sessionWidth = std::min(canEnd ? available - endWidth - gap : available, ui.em(24.0f));
    if (tile(ui, sessionTile, ImVec2(sessionWidth, ui.em(3.6f)), PictureSide::Left)) {
        app.showScreen(ScreenName::Session);
        return;
    }
    if (canEnd) {
        ImGui::SameLine(0, gap);
        TileContent end = buttonContent("end-session", "End the session", "stop-button");
        end.spoken = "End the session. The next answers start a new one.";
        if (tile(ui, end, ImVec2(endWidth, ui.em(3.6f)), PictureSide::Left))
            app.endSession(ui);
    }
    // The person's own photo, shown on the people screen and the summary.
    const float rowUsed = sessionWidth + (canEnd ? gap + endWidth : 0.0f);
    if (available >= rowUsed + gap + ui.em(12.0f))
        ImGui::SameLine(0, gap);
    TileContent photo;
    photo.id = "person-photo";
    photo.label = profile.person.photo.empty() ? "Add your photo" : "Your photo";
    photo.spoken = profile.person.photo.empty() ? "Add a photo of you" : "Change your photo";
    photo.symbol = "bust-in-silhouette";
    photo.photoPath = app.photoPath(profile.person.photo);
    photo.role = TargetRole::Button;
    if (tile(ui, photo, ImVec2(std::min(available, ui.em(12.0f)), ui.em(3.6f)), PictureSide::Left)) {
        app.choosePictureFor({PictureTarget::Kind::Person, "", ""});
        return;
    }
    ImGui::Dummy(ImVec2(0, gap * 0.5f));

    const TileGrid grid = tileGridFor(available, ImVec2(ui.card(11.0f), ui.card(11.5f)), gap, ui.minimumTarget());
    std::string toOpen;
    for (std::size_t i = 0; i < layout.sections.size(); ++i) {
        const core::SectionDefinition& section = layout.sections[i];
        grid.moveTo(i);
        const core::SectionProgress progress = core::sectionProgress(layout, profile, section.id);
        TileContent content;
        content.id = "section:" + section.id;
        content.label = section.title;
        content.detail = std::to_string(progress.answered) + " of " + std::to_string(progress.total) + " done";
        content.spoken = section.title + ". " + content.detail + ".";
        content.symbol = section.symbol;
        content.progress = progress.total > 0 ? static_cast<float>(progress.answered) / progress.total : 0.0f;
        if (tile(ui, content, grid.tileSize, PictureSide::Top))
            toOpen = section.id;
    }
    if (!toOpen.empty()) {
        app.openSection(toOpen);
        return;
    }

    ImGui::Dummy(ImVec2(0, gap));
    TileContent jobs;
    jobs.id = "jobs";
    jobs.label = "Good jobs for me";
    jobs.detail = "Jobs that fit what you said";
    jobs.symbol = "briefcase";
    jobs.role = TargetRole::Button;
    jobs.style = TileStyle::Accent;
    if (tile(ui, jobs, ImVec2(std::min(available, ui.em(20.0f)), ui.em(3.6f)), PictureSide::Left)) {
        app.showScreen(ScreenName::Jobs);
        return;
    }
    // The summary sits beside the jobs when both fit on one row.
    if (available >= 2 * ui.em(20.0f) + gap)
        ImGui::SameLine(0, gap);
    else
        ImGui::Dummy(ImVec2(0, gap * 0.25f));
    TileContent summary;
    summary.id = "summary";
    summary.label = "My summary";
    summary.detail = "See it, hear it, print it";
    summary.spoken = "My summary. See it, hear it and print it.";
    summary.symbol = "open-book";
    summary.role = TargetRole::Button;
    summary.style = TileStyle::Accent;
    if (tile(ui, summary, ImVec2(std::min(available, ui.em(20.0f)), ui.em(3.6f)), PictureSide::Left)) {
        app.showScreen(ScreenName::Summary);
        return;
    }
    ImGui::Dummy(ImVec2(0, gap));
    TileContent words;
    words.id = "pronunciations";
    words.label = "How to say words";
    words.detail = "Names the voice says wrong";
    words.spoken = "How the voice says names and words";
    words.symbol = "speaking-head";
    words.role = TargetRole::Button;
    if (tile(ui, words, ImVec2(std::min(available, ui.em(20.0f)), ui.em(3.6f)), PictureSide::Left)) {
        app.showScreen(ScreenName::Pronunciations);
        return;
    }
    ImGui::Dummy(ImVec2(0, gap * 2));
    if (open->access() == core::Access::LookOnly)
        return; // another copy of the program has this person open
    TileContent privacy = buttonContent("passphrase", app.openPersonHasPassphrase() ? "Passphrase" : "Keep private",
                                        app.openPersonHasPassphrase() ? "locked" : "unlocked");
    privacy.detail = app.openPersonHasPassphrase() ? "Change or take away" : "Give this profile a passphrase";
    if (tile(ui, privacy, ImVec2(std::min(available, ui.em(20.0f)), ui.em(3.2f)), PictureSide::Left)) {
        app.showScreen(ScreenName::Passphrase);
        return;
    }
    ImGui::Dummy(ImVec2(0, gap));
    TileContent remove;
    remove.id = "delete-person";
    remove.label = "Delete " + profile.person.shownName();
    remove.spoken = "Delete " + profile.person.shownName() + ". You will be asked first.";
    remove.symbol = "wastebasket";
    remove.role = TargetRole::Button;
    if (tile(ui, remove, ImVec2(std::min(available, ui.em(14.0f)), ui.em(2.8f)), PictureSide::Left))
        app.askToDeleteOpenPerson();
}

} // namespace rightjob::ui
