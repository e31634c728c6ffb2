#include "workspace/workspace.h"
#include "core/summary.h"
#include "core/jobs/job_matching.h"
#include <vector>
