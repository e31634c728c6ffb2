// One export, from a profile file to the bytes of a file in one format:
// everything it needs is loaded once (loadExportJob), then renderExport
// makes the bytes. The benchmark times renderExport alone.
#pragma once

#include "core/base/clock.h"
#include "core/jobs/job_catalogue.h"
#include "core/profile/layout.h"
#include "core/profile/profile.h"
#include "core/summary/reader_pages.h"
#include "core/summary/summary.h"
#include "core/pictures/symbol_index.h"
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
    Json,   // json: the profile to share, with only what the reader may see
    Board,  // obz: "All about me" as an Open Board Format board
    Bundle, // bundle: the person's whole folder, to back up or move (.rightjob)
    OnePagePdf,  // onepage-pdf: the one-page profile, one A4 page
    OnePageHtml, // onepage-html: the one-page profile, one screen
    IntroPdf,    // intro-pdf: the introduction for employers, at most 2 A4 pages
    IntroHtml,   // intro-html
    QuickPdf,    // quick-pdf: "If you only have a little time", one A4 page
    QuickHtml,   // quick-html
};

// Which page a format holds.
enum class ReaderPage { Summary, OnePage, Introduction, QuickGuide };
ReaderPage pageOfFormat(ExportFormat format);
// The PDF of a page: pdf, onepage-pdf, intro-pdf or quick-pdf.
ExportFormat pdfFormatOf(ReaderPage page);

// Who a format is made for when nobody says: the introduction is for an
// employer; everything else for the support team.
core::Reader defaultReader(ExportFormat format);

// "txt", "html", "pdf", "wav", "mp3", "json", "obz", "bundle", "onepage-pdf",
// "onepage-html", "intro-pdf", "intro-html", "quick-pdf" or "quick-html".
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
    core::PageWords pageWords; // the short pages' words, for the layout's language
    core::SymbolIndex symbols;
    std::optional<core::JobCatalogue> catalogue; // with weights: "Good jobs for me"
    std::optional<core::MatchWeights> weights;
    FontFiles fonts;
    std::string madeOn; // "YYYY-MM-DD"
    // Who the export is for; nothing: defaultReader(format).
    std::optional<core::Reader> reader;

    // The options makeSummary is called with, for reader.
    core::SummaryOptions summaryOptions(core::Reader reader = core::Reader::Team) const;
    // The reader an export in format is made for.
    core::Reader readerFor(ExportFormat format) const { return reader ? *reader : defaultReader(format); }
};

// Most lines looked at under each heading of the one-page profile: more
// never fit on one page, and a profile of thousands of cards stays quick.
inline constexpr std::size_t kOnePageMostPerHeading = 24;

// A page for reader, as it will be printed: the full summary, or a short
// page fitted by fittedToPages (the one-page profile and the quick guide on
// one page, the introduction on at most two). items, when given, are what
// goes on the one-page profile instead of the person's saved choice (the
// screen's preview). Throws ExportError (and PdfError) in plain words.
core::SummaryDocument readerDocument(const ExportJob& job, ReaderPage page, core::Reader reader,
                                     const std::vector<std::string>* items = nullptr);

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
// core::profileForReader(profile, reader), with nothing the reader may not
// see. It is for sharing; the backup that keeps everything is the bundle.
std::string sharedProfileJson(const core::Profile& profile, core::Reader reader = core::Reader::Team);

// Today's date as "YYYY-MM-DD" in UTC, from clock.
std::string todayText(const core::Clock& clock);

} // namespace rightjob::exporting
