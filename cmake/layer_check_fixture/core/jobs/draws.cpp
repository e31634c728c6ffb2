// Fixture: the core drawing.
#include <SDL2/SDL.h>
#include <imgui.h>
#include "core/profile/profile.h"
