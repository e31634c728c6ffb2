// One export, from a profile file to the bytes of a file in one format:
// everything it needs is loaded once (loadExportJob), then renderExport
// makes the bytes. The benchmark times renderExport alone.
#pragma once

#include "core/clock.h"
#include "core/job_catalogue.h"
#include "core/layout.h"
#include "core/profile.h"
#include "core/summary.h"
#include "core/symbol_index.h"
#include "export/audio_export.h"
#include "export/fonts.h"
#include "export/pictures.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace rightjob::exporting {

// The formats `rightjob export` makes.
enum class ExportFormat {
    Text,   // txt: the summary as plain text
    Html,   // html: the summary as one self-contained page
    Pdf,    // pdf: the summary to print
    Wav,    // wav: the summary read aloud
    Mp3,    // mp3: the summary read aloud as MP3 tracks in a zip, the whole and each part
    Json,   // json: the profile to share, without cards marked "not for sharing"
    Board,  // obz: "All about me" as an Open Board Format board
    Bundle, // bundle: the person's whole folder, to back up or move (.rightjob)
};

// "txt", "html", "pdf", "wav", "mp3", "json", "obz" or "bundle".
const char* exportFormatName(ExportFormat format);
// Reads the name back; nothing for anything else.
std::optional<ExportFormat> exportFormatFromName(const std::string& name);

// An export that cannot be made, in plain words.
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Everything an export reads, loaded once.
struct ExportJob {
    std::string profilePath;
    std::string personFolder; // the folder holding the profile, its photos and recordings
    core::Profile profile;
    core::Layout layout;
    core::SummaryWords words;
    core::SymbolIndex symbols;
    std::optional<core::JobCatalogue> catalogue; // with weights: "Good jobs for me"
    std::optional<core::MatchWeights> weights;
    FontFiles fonts;
    std::string madeOn; // "YYYY-MM-DD"

    // The options makeSummary is called with.
    core::SummaryOptions summaryOptions() const;
};

// Reads the profile at profilePath, its layout (by its id, from the shipped
// layouts), the summary words for the layout's language, the symbols, the
// job catalogue and weights (left out, with no error, when they do not fit
// the layout) and finds the Andika font files. madeOn is the date the
// summary says, "YYYY-MM-DD". Throws core::DataError for a file that cannot
// be read and ExportError for a layout that is not known or a bad date.
ExportJob loadExportJob(const std::string& profilePath, const std::string& madeOn);
// The same for a profile already read (one opened with its passphrase).
ExportJob loadExportJob(const std::string& profilePath, core::Profile profile, const std::string& madeOn);

// An export job from what a program already holds: a profile (which may
// have changes not yet on disk) kept at profilePath, its layout, the
// symbols and the job catalogue and weights (nullptr, or left out as
// loadExportJob leaves them out when they do not fit the layout). Loads the
// summary words and finds the fonts as loadExportJob does. Throws
// core::DataError when the words cannot be read and ExportError for a bad date.
ExportJob exportJobFor(const std::string& profilePath, core::Profile profile, core::Layout layout,
                       core::SymbolIndex symbols, const core::JobCatalogue* catalogue,
                       const core::MatchWeights* weights, const std::string& madeOn);

// The bytes of the export in format. speak is used for Wav and Mp3; without it the
// summary is read by espeak-ng with the default voice. Throws ExportError
// (and BundleError, PdfError, speech::SpeechError) in plain words.
std::string renderExport(const ExportJob& job, ExportFormat format, const TextToSamples* speak = nullptr);

// The JSON export: the profile file's text (docs/profile-format.md) of
// core::sharedProfile(profile), with no card marked "not for sharing". It
// is for sharing; the backup that keeps everything is the bundle.
std::string sharedProfileJson(const core::Profile& profile);

// Today's date as "YYYY-MM-DD" in UTC, from clock.
std::string todayText(const core::Clock& clock);

} // namespace rightjob::exporting
