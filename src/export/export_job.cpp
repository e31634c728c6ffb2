#include "export/export_job.h"

#include "core/asset_paths.h"
#include "core/clock.h"
#include "core/file_system.h"
#include "core/open_profile.h"
#include "core/profile_json.h"
#include "export/board_export.h"
#include "export/bundle.h"
#include "export/html_export.h"
#include "export/pdf_export.h"
#include "export/text_export.h"

namespace rightjob::exporting {

const char* exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Text: return "txt";
    case ExportFormat::Html: return "html";
    case ExportFormat::Pdf: return "pdf";
    case ExportFormat::Wav: return "wav";
    case ExportFormat::Mp3: return "mp3";
    case ExportFormat::Json: return "json";
    case ExportFormat::Board: return "obz";
    case ExportFormat::Bundle: return "bundle";
    }
    return "txt";
}

std::optional<ExportFormat> exportFormatFromName(const std::string& name)
{
    for (ExportFormat format : {ExportFormat::Text, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Wav, ExportFormat::Mp3,
                                ExportFormat::Json, ExportFormat::Board, ExportFormat::Bundle})
        if (name == exportFormatName(format))
            return format;
    return std::nullopt;
}

core::SummaryOptions ExportJob::summaryOptions() const
{
    core::SummaryOptions options;
    options.madeOn = madeOn;
    options.words = words;
    if (catalogue && weights) {
        options.catalogue = &*catalogue;
        options.weights = &*weights;
    }
    return options;
}

ExportJob loadExportJob(const std::string& profilePath, const std::string& madeOn)
{
    return loadExportJob(profilePath, core::readProfile(core::JsonFile::load(profilePath)), madeOn);
}

ExportJob loadExportJob(const std::string& profilePath, core::Profile profile, const std::string& madeOn)
{
    const core::LayoutLibrary layouts = core::LayoutLibrary::loadFolder(core::assetPath("layouts"));
    const core::Layout* layout = layouts.find(profile.layoutId);
    if (!layout)
        throw ExportError(profilePath + " uses the layout \"" + profile.layoutId + "\", which this program does not have.");
    core::SymbolIndex symbols = core::SymbolIndex::load(core::assetPath("symbols/manifest.json"));
    const core::JobCatalogue catalogue = core::loadJobCatalogue(core::assetPath("assets/jobs/catalogue.json"));
    std::optional<core::MatchWeights> weights;
    if (core::catalogueLayoutProblems(catalogue, *layout).empty())
        weights = core::loadMatchWeights(core::assetPath("assets/jobs/weights.json"));
    return exportJobFor(profilePath, std::move(profile), *layout, std::move(symbols), &catalogue,
                        weights ? &*weights : nullptr, madeOn);
}

ExportJob exportJobFor(const std::string& profilePath, core::Profile profile, core::Layout layout,
                       core::SymbolIndex symbols, const core::JobCatalogue* catalogue,
                       const core::MatchWeights* weights, const std::string& madeOn)
{
    ExportJob job;
    job.profilePath = profilePath;
    job.personFolder = core::parentFolder(profilePath);
    if (job.personFolder.empty())
        job.personFolder = ".";
    job.profile = std::move(profile);
    job.layout = std::move(layout);
    job.words = core::SummaryWords::shipped(job.layout.language);
    job.symbols = std::move(symbols);
    if (catalogue && weights && core::catalogueLayoutProblems(*catalogue, job.layout).empty()) {
        job.catalogue = *catalogue;
        job.weights = *weights;
    }
    job.fonts = findSummaryFonts();
    job.madeOn = madeOn;
    try {
        core::summaryDateWords(madeOn, job.words); // a bad date is found now, not at the first export
    } catch (const core::DataError& error) {
        throw ExportError(error.message());
    }
    return job;
}

std::string renderExport(const ExportJob& job, ExportFormat format, const TextToSamples* speak)
{
    switch (format) {
    case ExportFormat::Json: return sharedProfileJson(job.profile);
    case ExportFormat::Bundle: return makeBundle(job.personFolder);
    case ExportFormat::Board: {
        const PictureSource pictures(&job.symbols, job.personFolder);
        return boardObz(job.profile, job.layout, job.words, pictures);
    }
    default: break;
    }

    core::SummaryDocument document;
    try {
        document = core::makeSummary(job.profile, job.layout, job.summaryOptions());
    } catch (const core::DataError& error) {
        throw ExportError(error.message());
    }
    const PictureSource pictures(&job.symbols, job.personFolder);
    switch (format) {
    case ExportFormat::Text: return summaryText(document);
    case ExportFormat::Html: return summaryHtml(document, pictures, job.fonts);
    case ExportFormat::Pdf: return summaryPdf(document, pictures);
    case ExportFormat::Wav: {
        if (speak)
            return summaryWav(document, *speak);
        return summaryWav(document, espeakTextToSamples());
    }
    case ExportFormat::Mp3: {
        if (speak)
            return summaryMp3Zip(document, *speak);
        return summaryMp3Zip(document, espeakTextToSamples());
    }
    default: break;
    }
    throw ExportError("That format is not known.");
}

std::string sharedProfileJson(const core::Profile& profile)
{
    return core::writeProfile(core::sharedProfile(profile));
}

std::string todayText(const core::Clock& clock)
{
    return core::formatUtc(clock.nowSeconds()).substr(0, 10);
}

} // namespace rightjob::exporting
