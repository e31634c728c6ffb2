// Fixture for cmake/check_layers_selftest.cmake: base reaching up to jobs.
#include "core/base/json_file.h"
#include "core/jobs/job_matching.h"
