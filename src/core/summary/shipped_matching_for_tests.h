// For tests only: the shipped catalogue, weights, vocational profile layout
// and summary words, loaded once, as the program loads them.
#pragma once

#include "core/jobs/job_catalogue.h"
#include "core/summary/summary.h"

#include "test_support.h"

namespace rightjob::testing {

struct ShippedMatching {
    core::JobCatalogue catalogue = core::loadJobCatalogue(assetPathForTest("assets/jobs/catalogue.json"));
    core::MatchWeights weights = core::loadMatchWeights(assetPathForTest("assets/jobs/weights.json"));
    core::Layout layout = shippedLayout("vocational_profile");
    core::SummaryWords words = core::loadSummaryWords(assetPathForTest("assets/summary/en-GB.json"));
};

inline const ShippedMatching& shippedMatching()
{
    static const ShippedMatching data;
    return data;
}

} // namespace rightjob::testing
