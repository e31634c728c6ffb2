// [SECTION] The card, its answers and sharing
// [SECTION] Who is answering
// [SECTION] What people said
// [SECTION] A recorded voice

#include "ui/screens/card_screen.h"

#include "core/profile/helper_picture.h"
#include "core/profile/profile_document.h"
#include "ui/app.h"
#include "ui/widgets/sharing_choice.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/tile.h"

#include <SDL.h>

#include <algorithm>
#include <chrono>

namespace rightjob::ui {

namespace {

const char* const kNothingRecorded = "Nothing was recorded. Try again.";

// "5 October 2026" from "2026-10-05T10:00:00Z".
std::string dayOf(const std::string& time)
{
    return core::dayInWords(time);
}

} // namespace

// [SECTION] The card, its answers and sharing

void CardScreen::draw(App& app, UiContext& ui)
{
    core::OpenProfile* open = app.openProfile();
    if (!open)
        return;
    const core::SectionDefinition* section = open->layout().findSection(app.currentSection());
    if (!section)
        return;
    const auto cards = core::sectionCards(open->layout(), open->profile(), section->id);
    const auto found = std::find_if(cards.begin(), cards.end(),
                                    [&](const core::CardView& card) { return card.id == app.currentCard(); });
    if (found == cards.end())
        return;
    const core::CardView card = *found;
    const std::string key = core::cardKey(section->id, card.id);
    const core::Scale& scale = open->layout().scaleFor(*section);
    core::ProfileDocument& document = open->document();

    const float gap = ui.em(0.75f);
    const float available = ImGui::GetContentRegionAvail().x;
    const bool wide = available > ui.em(30.0f);
    const float cardWidth = wide ? std::min(ui.em(13.0f), available * 0.38f) : std::min(ui.em(13.0f), available);
    const float rightWidth = wide ? available - cardWidth - gap * 2 : available;

    ImGui::BeginGroup();
    TileContent big;
    big.id = "chosen:" + key;
    big.label = card.label;
    big.spoken = card.spoken;
    big.symbol = card.symbol;
    big.photoPath = app.photoPath(card.photo);
    big.role = TargetRole::Card;
    big.cardKey = key;
    tile(ui, big, ImVec2(cardWidth, cardWidth * 1.15f), PictureSide::Top);
    ImGui::Dummy(ImVec2(0, gap * 0.25f));
    // The picture: a symbol or the person's own photo, on the picture screen.
    TileContent picture = buttonContent("change-picture", "Change the picture", "framed-picture");
    picture.detail = "A symbol or a photo";
    if (tile(ui, picture, ImVec2(cardWidth, ui.em(3.2f)), PictureSide::Left)) {
        ImGui::EndGroup();
        app.choosePictureFor({PictureTarget::Kind::Card, section->id, card.id});
        return;
    }
    ImGui::Dummy(ImVec2(0, gap * 0.25f));
    // Who may see the card: three pictures, each spoken, the chosen one lit.
    const core::CardRecord* record = open->profile().findCard(key);
    const core::Sharing currentSharing = record ? record->sharing : core::Sharing::Everyone;
    const std::optional<core::Sharing> sharingChosen =
        sharingChoice(ui, "Who can see this?", "share-", currentSharing, cardWidth);
    if (sharingChosen)
        document.setSharing(section->id, card.id, *sharingChosen);
    ImGui::EndGroup();
    if (wide)
        ImGui::SameLine(0, gap * 2);

    ImGui::BeginGroup();
    drawGiverChoice(app, ui, rightWidth);
    const auto current = open->profile().latestAnswer(key, document.currentGiver());
    std::optional<core::AnswerValue> chosen;
    for (const auto& place : scale.answers) {
        TileContent content;
        content.id = std::string("answer:") + core::answerValueName(place.value);
        content.label = place.words;
        content.spoken = place.spoken;
        content.symbol = place.symbol;
        content.role = TargetRole::AnswerPlace;
        const bool isCurrent = current && current->value == place.value;
        if (isCurrent) {
            content.style = TileStyle::Accent;
            content.detail = "Chosen by " + open->profile().giverLabel(document.currentGiver());
        }
        if (tile(ui, content, ImVec2(rightWidth, ui.em(3.2f)), PictureSide::Left))
            chosen = place.value;
        ImGui::Dummy(ImVec2(0, gap * 0.2f));
    }
    if (chosen) {
        document.answer(section->id, card.id, *chosen);
        ui.playCue(SoundCue::AnswerPlaced);
    }

    ImGui::Dummy(ImVec2(0, gap * 0.5f));
    ImGui::SetNextItemWidth(rightWidth);
    textField(ui, "note", "Add a note as " + open->profile().giverLabel(document.currentGiver()), m_note,
              TextFieldLines::Several);
    if (!m_problem.empty())
        ImGui::TextColored(toImVec4(ui.theme().danger), "%s", m_problem.c_str());
    TileContent save;
    save.id = "save-note";
    save.label = "Save the note";
    save.symbol = "memo";
    save.role = TargetRole::Button;
    if (tile(ui, save, ImVec2(std::min(rightWidth, ui.em(12.0f)), ui.em(2.8f)), PictureSide::Left)) {
        try {
            document.addNote(section->id, card.id, m_note);
            m_note.clear();
            m_problem.clear();
            app.confirmSaved(ui);
        } catch (const core::EditError& error) {
            m_problem = error.what();
            ui.playCue(SoundCue::Error);
        }
    }
    ImGui::Dummy(ImVec2(0, gap));
    drawRecording(app, ui, key, card.spoken, rightWidth);
    ImGui::Dummy(ImVec2(0, gap));
    drawHistory(app, ui, key);
    ImGui::EndGroup();
}

// [SECTION] Who is answering

void CardScreen::drawGiverChoice(App& app, UiContext& ui, float width)
{
    core::OpenProfile& open = *app.openProfile();
    core::ProfileDocument& document = open.document();
    const core::Profile& profile = open.profile();
    std::vector<std::string> givers{core::kPersonGiver};
    for (const auto& contributor : profile.contributors)
        givers.push_back(contributor.id);
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("Who is answering?");
    ImGui::PopFont();
    const float gap = ui.em(0.5f);
    const float buttonWidth = std::max(ui.em(8.0f), std::min(ui.em(11.0f), (width - 2 * gap) / 3));
    const int columns = columnsFor(width, buttonWidth, gap);
    std::string chosen;
    for (std::size_t i = 0; i < givers.size(); ++i) {
        if (i % columns != 0)
            ImGui::SameLine(0, gap);
        TileContent content;
        content.id = "giver:" + givers[i];
        content.label = profile.giverLabel(givers[i]);
        content.spoken = content.label + " is answering";
        // A picture of the helper's role (an office worker for "Café manager").
        const core::Contributor* helper = profile.findContributor(givers[i]);
        content.symbol = core::helperPicture(helper ? helper->role : "");
        content.role = TargetRole::Toggle;
        content.style = document.currentGiver() == givers[i] ? TileStyle::Accent : TileStyle::Card;
        if (tile(ui, content, ImVec2(buttonWidth, ui.em(2.8f)), PictureSide::Left))
            chosen = givers[i];
    }
    if (!chosen.empty())
        document.setCurrentGiver(chosen);
    ImGui::Dummy(ImVec2(0, gap));
}

// [SECTION] What people said

void CardScreen::drawHistory(App& app, UiContext& ui, const std::string& key)
{
    const core::Profile& profile = app.openProfile()->profile();
    const core::Layout& layout = app.openProfile()->layout();
    const core::Scale& scale = layout.scaleFor(*layout.findSection(app.currentSection()));
    const core::CardRecord* record = profile.findCard(key);
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("What people said");
    ImGui::PopFont();
    if (!record || (record->answers.empty() && record->notes.empty())) {
        ImGui::TextWrapped("Nobody has answered yet.");
        return;
    }
    const auto where = [&](const std::string& sessionId) {
        const core::Session* session = profile.findSession(sessionId);
        return session && !session->place.empty() ? ", at " + session->place : std::string();
    };
    for (auto it = record->answers.rbegin(); it != record->answers.rend(); ++it)
        wrappedText(ui, profile.giverLabel(it->by) + ": " + scale.answer(it->value).words + ". " + dayOf(it->at)
                            + where(it->session) + ".");
    // Each note, newest first, with who may see it: a tap gives the next
    // choice (everyone, my team, nobody), said aloud.
    std::optional<std::pair<std::size_t, core::Sharing>> noteSharing;
    for (std::size_t n = record->notes.size(); n-- > 0;) {
        const core::Note& note = record->notes[n];
        wrappedText(ui, profile.giverLabel(note.by) + " wrote: \"" + note.text + "\" " + dayOf(note.at)
                            + where(note.session) + ".");
        const core::SharingWords words = core::sharingWords(note.sharing);
        TileContent choice;
        choice.id = "note-sharing-" + std::to_string(n);
        choice.label = "Who sees it: " + words.label;
        choice.spoken = "Who sees this note? " + words.spoken + " Tap to change it.";
        choice.symbol = words.symbol;
        choice.role = TargetRole::Toggle;
        choice.style = note.sharing == core::Sharing::Everyone ? TileStyle::Card : TileStyle::Accent;
        const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(16.0f));
        if (tile(ui, choice, ImVec2(width, ui.em(2.4f)), PictureSide::Left))
            noteSharing = {n, static_cast<core::Sharing>((static_cast<int>(note.sharing) + 1) % 3)};
    }
    if (noteSharing)
        app.openProfile()->document().setNoteSharing(app.currentSection(), key.substr(key.find('/') + 1),
                                                     noteSharing->first, noteSharing->second);
}

// [SECTION] A recorded voice

void CardScreen::drawRecording(App& app, UiContext& ui, const std::string& key, const std::string& spoken,
                               float width)
{
    speech::Recorder& recorder = app.recorder();
    // Another card opened while recording: what was recorded is not this card's.
    if (!m_recordingKey.empty() && m_recordingKey != key) {
        recorder.stop();
        m_recordingKey.clear();
    }
    const float height = ui.em(2.8f);
    const float gap = ui.em(0.5f);
    const float buttonWidth = std::min(width, ui.em(11.0f));
    const int columns = columnsFor(width, buttonWidth, gap);
    int placed = 0;
    // Buttons side by side, as many as fit in a row.
    const auto next = [&] {
        if (placed++ % columns != 0)
            ImGui::SameLine(0, gap);
    };
    ImGui::PushFont(ui.window.boldFont());
    ImGui::TextWrapped("Your own voice for this card");
    ImGui::PopFont();

    if (!m_recordingKey.empty() && recorder.isRecording()) {
        const double seconds = static_cast<double>(SDL_GetTicks64() - m_recordingStartedTicks) / 1000.0;
        if (seconds >= kLongestRecordingSeconds) {
            finishRecording(app, ui);
            return;
        }
        // A level meter, and the seconds used of the most there can be.
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextWrapped("Recording: %d of %d seconds", static_cast<int>(seconds), kLongestRecordingSeconds);
        ImGui::PopTextWrapPos();
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const float meterHeight = ui.em(0.8f);
        const float meterWidth = std::min(width, ui.em(20.0f));
        ImDrawList* drawList = ImGui::GetWindowDrawList();
        drawList->AddRectFilled(min, ImVec2(min.x + meterWidth, min.y + meterHeight),
                                toImU32(ui.theme().cardBorder, 0.35f), meterHeight / 2);
        const float level = std::clamp(static_cast<float>(recorder.level()) * 3.0f, 0.0f, 1.0f);
        if (level > 0)
            drawList->AddRectFilled(min, ImVec2(min.x + meterWidth * level, min.y + meterHeight),
                                    toImU32(ui.theme().accent), meterHeight / 2);
        ImGui::Dummy(ImVec2(meterWidth, meterHeight + gap * 0.5f));
        TileContent stop = buttonContent("stop-recording", "Stop", "stop-button");
        stop.spoken = "Stop recording";
        stop.style = TileStyle::Danger;
        stop.choosesAtOnce = true; // a voice is being recorded: stop at the first tap
        if (tile(ui, stop, ImVec2(buttonWidth, height), PictureSide::Left))
            finishRecording(app, ui);
        ui.window.requestFrameAfter(std::chrono::milliseconds(50));
        return;
    }
    m_recordingKey.clear();

    const bool hasClip = app.clipFor(key) != nullptr;
    if (m_askToRemoveRecording && hasClip) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextWrapped("Remove the recorded voice?");
        ImGui::PopTextWrapPos();
        TileContent yes = buttonContent("remove-recording-yes", "Yes, remove it", "wastebasket");
        yes.spoken = "Yes, remove the recorded voice";
        yes.style = TileStyle::Danger;
        next();
        if (tile(ui, yes, ImVec2(buttonWidth, height), PictureSide::Left)) {
            m_recordProblem = app.removeClip(key);
            if (!m_recordProblem.empty())
                ui.playCue(SoundCue::Error);
            m_askToRemoveRecording = false;
        }
        TileContent no = buttonContent("remove-recording-no", "No, keep it", "left-arrow");
        no.spoken = "No, keep the recorded voice";
        next();
        if (tile(ui, no, ImVec2(buttonWidth, height), PictureSide::Left))
            m_askToRemoveRecording = false;
        return;
    }
    m_askToRemoveRecording = false;

    if (hasClip) {
        TileContent play = buttonContent("play-recording", "Play the voice", "play-button");
        play.spoken = spoken;
        play.cardKey = key;
        next();
        tile(ui, play, ImVec2(buttonWidth, height), PictureSide::Left);
    }
    TileContent record = buttonContent("record", hasClip ? "Record again" : "Record a voice", "microphone");
    record.spoken = hasClip ? "Record the card again" : "Record your voice saying the card";
    next();
    if (tile(ui, record, ImVec2(buttonWidth, height), PictureSide::Left)) {
        std::string problem;
        if (recorder.start(problem)) {
            m_recordingKey = key;
            m_recordingStartedTicks = SDL_GetTicks64();
            m_recordProblem.clear();
            ui.window.requestFrameAfter(std::chrono::milliseconds(50));
        } else {
            m_recordProblem = problem.empty() ? "No microphone found." : problem;
            ui.playCue(SoundCue::Error);
        }
    }
    if (hasClip) {
        TileContent remove = buttonContent("remove-recording", "Remove the voice", "wastebasket");
        remove.spoken = "Remove the recorded voice. You will be asked first.";
        next();
        if (tile(ui, remove, ImVec2(buttonWidth, height), PictureSide::Left))
            m_askToRemoveRecording = true;
    }
    if (!m_recordProblem.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextColored(toImVec4(ui.theme().danger), "%s", m_recordProblem.c_str());
        ImGui::PopTextWrapPos();
    }
}

void CardScreen::finishRecording(App& app, UiContext& ui)
{
    m_recordProblem = saveRecording(app);
    if (!m_recordProblem.empty())
        ui.playCue(SoundCue::Error);
}

std::string CardScreen::keepRecordingOnLeaving(App& app)
{
    speech::Recorder& recorder = app.recorder();
    if (!recorder.isRecording())
        return "";
    if (m_recordingKey.empty()) {
        recorder.stop();
        return "";
    }
    m_recordProblem = saveRecording(app);
    if (m_recordProblem == kNothingRecorded)
        m_recordProblem.clear(); // Back tapped at once: nothing to keep, and nothing went wrong
    return m_recordProblem;
}

std::string CardScreen::saveRecording(App& app)
{
    const speech::Recording recording = app.recorder().stop();
    const std::string key = m_recordingKey;
    m_recordingKey.clear();
    if (recording.samples.empty())
        return kNothingRecorded;
    return app.saveClip(key, recording);
}

} // namespace rightjob::ui
