// Every loader that reads a file a person, a service or another machine can
// hand the program, run over bytes in memory: the one place that says what
// each fuzz harness does, so the libFuzzer harnesses (fuzz/fuzz_*.cpp) and
// the regression test (fuzz/loader_regression_tests.cpp) run exactly the
// same code.
#pragma once

#include <string>
#include <vector>

namespace rightjob::fuzz {

// The loaders fuzzed, one harness each.
enum class Loader {
    Profile,        // core::parseProfile (profile.json)
    Layout,         // core::readLayout (layouts/*.json)
    JobCatalogue,   // core::readJobCatalogue (assets/jobs/catalogue.json)
    MatchWeights,   // core::readMatchWeights (assets/jobs/weights.json)
    Vacancies,      // core::parseVacancies (vacancies.json)
    SymbolManifest, // core::SymbolIndex::fromJson (symbols/manifest.json)
    Settings,       // core::parseSettings (settings.json)
    Pronunciations, // speech::parsePronunciations (pronunciations.json)
    SummaryWords,   // core::readSummaryWords (assets/summary/*.json)
    ImageImport,    // core::importPhotoFromBytes (a person's own photo)
    Bundle,         // exporting::readBundle (.rightjob)
    BundleFiles,    // exporting::readBundle of a whole, correctly listed zip of fuzzed files
    ZipArchive,     // exporting::ZipReader (what reads a board .obz or a bundle)
    Wav,            // speech::decodeWav (recordings/*.wav)
};

// A loader and the name of its harness, corpus and regression folders.
struct LoaderName {
    Loader loader;
    const char* name; // "profile": fuzz/corpus/profile/, fuzz/regressions/profile/
};

// Every loader, in the order above.
const std::vector<LoaderName>& allLoaders();

// Runs the loader over bytes the way the program does, then uses what it
// loaded the way the program would (saves it and reads it back, matches
// jobs with it, makes a summary with it). Returns true when the bytes
// loaded, false when the loader refused them with its documented error
// (core::DataError, core::ImageError, exporting::BundleError or
// exporting::ZipError, each with a message). Anything else escapes: another
// exception is a bug, and so is a loaded value that does not read back the
// same after saving (std::logic_error).
bool runLoader(Loader loader, const std::string& bytes);

} // namespace rightjob::fuzz
