// The app's speech: what each screen says when it opens, the sound cues, the
// tick that chooses a target made ready by speak-first, and the open
// person's recorded voices and pronunciation list. Everything a frame asks
// to be heard is said once, at the end of the frame.

// [SECTION] Prompts
// [SECTION] Saying what a frame asked for
// [SECTION] The tick beside a ready target
// [SECTION] Recorded voices
// [SECTION] Pronunciations

#include "ui/app.h"

#include "core/base/asset_paths.h"
#include "core/base/data_error.h"
#include "speech/wav.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <optional>
#include <utility>

namespace rightjob::ui {

// [SECTION] Prompts

std::string App::screenPrompt() const
{
    switch (m_screen) {
    case ScreenName::People: return "Who is using Right Job?";
    case ScreenName::AddPerson: return "Who do you want to add?";
    case ScreenName::Recover: return "This profile cannot be opened.";
    case ScreenName::Settings:
    case ScreenName::Vacancy: return "";
    default: break;
    }
    if (!m_open)
        return "";
    const core::Profile& profile = m_open->profile();
    const core::SectionDefinition* section = m_open->layout().findSection(m_sectionId);
    switch (m_screen) {
    case ScreenName::Person:
        return m_sessionNotice.empty() ? "What do you want to do?" : m_sessionNotice + " What do you want to do?";
    case ScreenName::Mat:
    case ScreenName::Section:
        if (!section)
            return "";
        return section->spokenPrompt.empty() ? section->prompt : section->spokenPrompt;
    case ScreenName::Card: {
        if (!section)
            return "";
        for (const auto& card : core::sectionCards(m_open->layout(), profile, m_sectionId))
            if (card.id == m_cardId)
                return card.spoken;
        return "";
    }
    case ScreenName::Session: return "Who is here? Where are you?";
    case ScreenName::DeletePerson: return "Do you want to delete " + profile.person.shownName() + "?";
    case ScreenName::Jobs: return "These jobs fit what you said.";
    case ScreenName::Pronunciations: return "Teach Right Job how to say words.";
    default: return "";
    }
}

// [SECTION] Saying what a frame asked for

speech::UtteranceId newestUtterance(const speech::Speaker& speaker)
{
    const speech::SpeakingState state = speaker.state();
    return std::max(state.utterance, state.lastFinished);
}

namespace {

// True while words someone asked for (a tap, a reading) are heard; not a
// screen's prompt or a sound cue alone.
bool personsWordsBeingHeard(const speech::Speaker& speaker)
{
    const speech::SpeakingState state = speaker.state();
    return state.isSpeaking() && state.tag.rfind("prompt:", 0) != 0 && state.tag.rfind("cue:", 0) != 0;
}

} // namespace

void App::loadSoundCues()
{
    for (SoundCue cue : {SoundCue::AnswerPlaced, SoundCue::Undo, SoundCue::Error, SoundCue::Done, SoundCue::ScanStep}) {
        const std::string path = core::assetPath(std::string("audio/") + soundCueName(cue) + ".wav");
        try {
            m_cues[static_cast<int>(cue)] = std::make_shared<const speech::Recording>(speech::readWavFile(path));
        } catch (const core::DataError& error) {
            std::fprintf(stderr, "rightjob: a sound cue cannot be played: %s\n", error.what());
        }
    }
}

void App::speakWhatWasAsked()
{
    std::optional<SpeechRequest> words = m_speechRequests.takeWords();
    std::optional<SoundCue> askedCue = m_speechRequests.takeCue();
    // A screen that spoke for itself this frame (the summary reading a
    // line) said what the tap was for: its words are not cut off.
    const bool spokenByScreen = newestUtterance(*m_speaker) > m_newestUtteranceAtFrameStart;

    // A screen that has just opened says its prompt, once, in place of the
    // words of the tap that opened it; and nothing stays ready across screens.
    // A prompt never cuts off words the person asked for that are still
    // being heard (a card heard by a first tap, then chosen by a second):
    // it waits for them to end. Any words the person asks for after a
    // screen opens win over its prompt: it stops, or is not said at all.
    std::string opening = screenNameText(m_screen);
    if (m_screen == ScreenName::Mat || m_screen == ScreenName::Section || m_screen == ScreenName::Card)
        opening += ":" + m_sectionId + (m_screen == ScreenName::Card ? "/" + m_cardId : "");
    if (opening != m_promptedOpening) {
        m_promptedOpening = opening;
        m_speakFirst.forgetReady();
        // A voice still being recorded when its card is left is kept, as
        // Stop would keep it: a supporter who taps Back expects that.
        if (!m_cardScreen.keepRecordingOnLeaving(*this).empty())
            askedCue = SoundCue::Error;
        const std::string prompt = m_settings.readPromptsAloud ? screenPrompt() : "";
        m_waitingPrompt.reset();
        if (!prompt.empty()) {
            SpeechRequest request{prompt, "prompt:" + opening,
                                  m_screen == ScreenName::Card ? core::cardKey(m_sectionId, m_cardId) : ""};
            if (!words && personsWordsBeingHeard(*m_speaker))
                m_waitingPrompt = std::move(request);
            else
                words = std::move(request);
        }
    } else if (words || spokenByScreen) {
        m_waitingPrompt.reset();
    } else if (m_waitingPrompt && !personsWordsBeingHeard(*m_speaker)) {
        words = std::exchange(m_waitingPrompt, std::nullopt);
    }
    if (spokenByScreen)
        words.reset();
    const bool withCue = askedCue.has_value() && !spokenByScreen && m_settings.soundCues;
    const SoundCue cue = askedCue.value_or(SoundCue::Error);
    // While a voice is being recorded nothing is said: the microphone would hear it.
    if (m_recorder->isRecording()) {
        if (!m_silencedForRecording)
            m_speaker->stop();
        m_silencedForRecording = true;
        return;
    }
    m_silencedForRecording = false;

    speech::Utterance utterance{"", "", nullptr, nullptr};
    if (withCue)
        utterance.cue = m_cues[static_cast<int>(cue)];
    if (words) {
        utterance.text = std::move(words->text);
        utterance.tag = std::move(words->tag);
        if (!words->cardKey.empty())
            utterance.clip = clipFor(words->cardKey);
    } else if (utterance.cue) {
        utterance.tag = std::string("cue:") + soundCueName(cue);
    } else {
        return;
    }
    m_speaker->say(std::move(utterance));
}

// [SECTION] The tick beside a ready target

namespace {

// Where the tick may go beside target, if anywhere: a place of its size
// inside the window that covers no other target (a covered neighbour could
// not be tapped, and the tap would choose the ready one instead).
std::optional<ImVec2> freePlaceBeside(const ScreenTarget& target, const ScreenMap& map, ImVec2 size, float gap,
                                      ImVec2 window)
{
    const float middle = target.centreY() - size.y / 2;
    const float bottom = target.y + target.height;
    const float right = target.x + target.width;
    const ImVec2 places[] = {
        {right + gap, middle},                   // right
        {target.x - gap - size.x, middle},       // left
        {right + gap, target.y},                 // right, at the top
        {right + gap, bottom - size.y},          // right, at the bottom
        {target.x - gap - size.x, target.y},     // left, at the top
        {target.x - gap - size.x, bottom - size.y}, // left, at the bottom
        {target.x, bottom + gap},                // below
        {right - size.x, bottom + gap},          // below, at the right
        {target.x, target.y - gap - size.y},     // above
        {right - size.x, target.y - gap - size.y}, // above, at the right
    };
    for (const ImVec2& place : places) {
        if (place.x < 0 || place.y < 0 || place.x + size.x > window.x || place.y + size.y > window.y)
            continue;
        const bool coversOne = std::any_of(map.targets().begin(), map.targets().end(), [&](const ScreenTarget& other) {
            return place.x < other.x + other.width && other.x < place.x + size.x && place.y < other.y + other.height
                   && other.y < place.y + size.y;
        });
        if (!coversOne)
            return place;
    }
    return std::nullopt;
}

} // namespace

void App::drawReadyTick(UiContext& ui)
{
    const std::string ready = m_speakFirst.readyTarget();
    if (ready.empty())
        return;
    const ScreenTarget* found = m_map.findById(ready);
    if (!found)
        return;
    const ScreenTarget target = *found; // the tile below adds to the map
    const float gap = ui.em(0.3f);
    const ImVec2 size(std::max(ui.minimumTarget(), ui.em(6.0f)), std::max(ui.minimumTarget(), ui.em(2.6f)));
    const ImVec2 window(static_cast<float>(ui.window.width()), static_cast<float>(ui.window.height()));
    const std::optional<ImVec2> place = freePlaceBeside(target, m_map, size, gap, window);
    if (!place) {
        // No room beside it: "Choose" is shown on the ready target itself,
        // whose second tap chooses it; nothing is covered.
        ImDrawList* drawList = ImGui::GetForegroundDrawList();
        ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
        const float pad = ui.em(0.3f);
        const char* words = "Choose";
        const ImVec2 text = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, words);
        const float pictureSide = bold->FontSize * 1.2f;
        const ImVec2 label(std::min(target.width, pictureSide + text.x + 3 * pad),
                           std::min(target.height, pictureSide + 2 * pad));
        const ImVec2 min(target.x + target.width - label.x, target.y + target.height - label.y);
        const ImVec2 max(target.x + target.width, target.y + target.height);
        drawList->AddRectFilled(min, max, toImU32(ui.theme().accent), ui.em(0.5f));
        if (const Picture tick = ui.pictures.symbol("check-mark"))
            drawPictureInBox(ui, drawList, tick, ImVec2(min.x + pad, min.y + pad),
                             ImVec2(min.x + pad + pictureSide, min.y + pad + pictureSide), ui.theme().accent);
        drawList->PushClipRect(min, max, true);
        drawList->AddText(bold, bold->FontSize, ImVec2(min.x + 2 * pad + pictureSide, min.y + (label.y - text.y) / 2),
                          toImU32(ui.theme().accentText), words);
        drawList->PopClipRect();
        return;
    }

    ImGui::SetNextWindowPos(*place);
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##ready-tick", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
                     | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoFocusOnAppearing);
    TileContent tick = buttonContent("choose-ready", "Choose", "check-mark");
    tick.spoken = "Choose " + target.label;
    tick.style = TileStyle::Accent;
    tick.choosesAtOnce = true;
    if (tile(ui, tick, size, PictureSide::Left)) {
        // The tick is a second tap on the ready target.
        m_speakFirst.chooseNextTapAtOnce(ready);
        m_window.injectTap(target.centreX(), target.centreY(), PointerKind::Mouse);
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

// [SECTION] Recorded voices


void App::loadPersonSpeech()
{
    m_clips.clear();
    m_pronunciations = {};
    if (m_open) {
        const std::string path = speech::pronunciationsPath(m_open->file().folder());
        core::FileSystem& files = personFiles();
        try {
            std::string text;
            if (files.exists(path)) {
                const core::FileResult read = files.readFile(path, text);
                if (!read.ok)
                    throw core::DataError(path, {}, read.problem);
                m_pronunciations = speech::parsePronunciations(text, path);
            }
        } catch (const core::DataError& error) {
            std::fprintf(stderr, "rightjob: %s\n", error.what());
        }
    }
    m_speaker->setPronunciations(m_pronunciations);
}

std::shared_ptr<const speech::Recording> App::clipFor(const std::string& cardKey)
{
    if (!m_open)
        return nullptr;
    const auto known = m_clips.find(cardKey);
    if (known != m_clips.end())
        return known->second;
    std::shared_ptr<const speech::Recording> clip;
    try {
        if (auto loaded = speech::ClipStore(m_open->file().folder(), personFiles()).load(cardKey))
            clip = std::make_shared<const speech::Recording>(std::move(*loaded));
    } catch (const core::DataError& error) {
        std::fprintf(stderr, "rightjob: %s\n", error.what());
    }
    m_clips[cardKey] = clip;
    return clip;
}

std::string App::saveClip(const std::string& cardKey, const speech::Recording& recording)
{
    if (!m_open)
        return "Open a person first.";
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult saved =
            speech::ClipStore(m_open->file().folder(), personFiles()).save(cardKey, recording);
        if (!saved.ok)
            return "The recording is not saved. " + saved.problem;
    }
    m_clips[cardKey] = std::make_shared<const speech::Recording>(recording);
    return "";
}

std::string App::removeClip(const std::string& cardKey)
{
    if (!m_open)
        return "Open a person first.";
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult removed =
            speech::ClipStore(m_open->file().folder(), personFiles()).remove(cardKey);
        if (!removed.ok)
            return "The recording is not removed. " + removed.problem;
    }
    m_clips[cardKey] = nullptr;
    return "";
}

// [SECTION] Pronunciations

std::string App::changePronunciations(const speech::PronunciationList& list)
{
    if (!m_open)
        return "Open a person first.";
    if (m_options.saveMode == core::SaveMode::SaveEveryChange) {
        const core::FileResult saved = speech::savePronunciations(
            personFiles(), speech::pronunciationsPath(m_open->file().folder()), list);
        if (!saved.ok)
            return "The words are not saved. " + saved.problem;
    }
    m_pronunciations = list;
    m_speaker->setPronunciations(m_pronunciations);
    return "";
}

} // namespace rightjob::ui
