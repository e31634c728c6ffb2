// Fixture: profile reaching up to storage from a header.
#pragma once
#include "core/base/clock.h"
#include "core/storage/open_profile.h"
