// Fixture: the workspace drawing and reaching up to the window.
#include "ui/app.h"
#include <SDL.h>
#include <imgui.h>
#include "core/jobs/job_matching.h"
#include "export/export_job.h"
