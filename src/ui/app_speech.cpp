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

#include "core/asset_paths.h"
#include "core/data_error.h"
#include "speech/wav.h"
#include "ui/widgets/tile.h"

#include <algorithm>
#include <cstdio>

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
    case ScreenName::Person: return "What do you want to do?";
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

void App::loadSoundCues()
{
    for (SoundCue cue : {SoundCue::AnswerPlaced, SoundCue::Undo, SoundCue::Error, SoundCue::Done}) {
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
    const std::optional<SoundCue> askedCue = m_speechRequests.takeCue();
    // A screen that spoke for itself this frame (the summary reading a
    // line) said what the tap was for: its words are not cut off.
    const bool spokenByScreen = newestUtterance(*m_speaker) > m_newestUtteranceAtFrameStart;

    // A screen that has just opened says its prompt, once, in place of the
    // words of the tap that opened it; and nothing stays ready across screens.
    std::string opening = screenNameText(m_screen);
    if (m_screen == ScreenName::Mat || m_screen == ScreenName::Section || m_screen == ScreenName::Card)
        opening += ":" + m_sectionId + (m_screen == ScreenName::Card ? "/" + m_cardId : "");
    if (opening != m_promptedOpening) {
        m_promptedOpening = opening;
        m_speakFirst.forgetReady();
        // A recording not stopped before leaving its card is not kept.
        if (m_recorder->isRecording())
            m_recorder->stop();
        const std::string prompt = m_settings.readPromptsAloud ? screenPrompt() : "";
        if (!prompt.empty())
            words = SpeechRequest{prompt, "prompt:" + opening,
                                  m_screen == ScreenName::Card ? core::cardKey(m_sectionId, m_cardId) : ""};
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

void App::drawReadyTick(UiContext& ui)
{
    const std::string ready = m_speakFirst.readyTarget();
    if (ready.empty())
        return;
    const ScreenTarget* target = m_map.findById(ready);
    if (!target)
        return;
    // Beside the target, on the side with room, so it covers as little as
    // possible; inside the window always.
    const float gap = ui.em(0.3f);
    const ImVec2 size(std::max(ui.minimumTarget(), ui.em(6.0f)), std::max(ui.minimumTarget(), ui.em(2.6f)));
    const float windowWidth = static_cast<float>(ui.window.width());
    const float windowHeight = static_cast<float>(ui.window.height());
    float x = target->x + target->width + gap;
    if (x + size.x > windowWidth)
        x = target->x - gap - size.x;
    if (x < 0)
        x = std::clamp(target->x + target->width - size.x, 0.0f, std::max(0.0f, windowWidth - size.x));
    const float y = std::clamp(target->centreY() - size.y / 2, 0.0f, std::max(0.0f, windowHeight - size.y));

    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##ready-tick", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings
                     | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoFocusOnAppearing);
    TileContent tick = buttonContent("choose-ready", "Choose", "check-mark");
    tick.spoken = "Choose " + target->label;
    tick.style = TileStyle::Accent;
    tick.choosesAtOnce = true;
    const ImVec2 targetCentre(target->centreX(), target->centreY());
    if (tile(ui, tick, size, PictureSide::Left)) {
        // The tick is a second tap on the ready target.
        m_speakFirst.chooseNextTapAtOnce(ready);
        m_window.injectTap(targetCentre.x, targetCentre.y, PointerKind::Mouse);
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

// [SECTION] Recorded voices

namespace {

// The files of the open person: sealed when they have a passphrase, so their
// recordings and words are kept the same way as their profile.
core::FileSystem& personFiles(const std::shared_ptr<core::SealedFileSystem>& sealedFiles)
{
    return sealedFiles ? static_cast<core::FileSystem&>(*sealedFiles) : core::realFileSystem();
}

} // namespace

void App::loadPersonSpeech()
{
    m_clips.clear();
    m_pronunciations = {};
    if (m_open) {
        const std::string path = speech::pronunciationsPath(m_open->file().folder());
        core::FileSystem& files = personFiles(m_sealedFiles);
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
        if (auto loaded = speech::ClipStore(m_open->file().folder(), personFiles(m_sealedFiles)).load(cardKey))
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
            speech::ClipStore(m_open->file().folder(), personFiles(m_sealedFiles)).save(cardKey, recording);
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
            speech::ClipStore(m_open->file().folder(), personFiles(m_sealedFiles)).remove(cardKey);
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
            personFiles(m_sealedFiles), speech::pronunciationsPath(m_open->file().folder()), list);
        if (!saved.ok)
            return "The words are not saved. " + saved.problem;
    }
    m_pronunciations = list;
    m_speaker->setPronunciations(m_pronunciations);
    return "";
}

} // namespace rightjob::ui
