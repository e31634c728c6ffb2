#include "ui/speech_requests.h"

namespace rightjob::ui {

const char* soundCueName(SoundCue cue)
{
    switch (cue) {
    case SoundCue::AnswerPlaced: return "answer-placed";
    case SoundCue::Undo: return "undo";
    case SoundCue::Error: return "error";
    case SoundCue::Done: return "done";
    case SoundCue::ScanStep: return "scan-step";
    }
    return "error";
}

} // namespace rightjob::ui
