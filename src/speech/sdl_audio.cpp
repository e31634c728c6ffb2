#include "speech/sdl_audio.h"

#include <SDL.h>

namespace rightjob::speech {

SdlAudioSystem::SdlAudioSystem()
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) == 0)
        m_started = true;
    else
        m_problem = sdlProblem("SDL audio could not start.");
}

SdlAudioSystem::~SdlAudioSystem()
{
    if (!m_started)
        return;
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    if (SDL_WasInit(0) == 0)
        SDL_Quit();
}

std::string sdlProblem(const std::string& fallback)
{
    const char* error = SDL_GetError();
    return error && *error ? std::string(error) : fallback;
}

} // namespace rightjob::speech
