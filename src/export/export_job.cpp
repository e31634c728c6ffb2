#include "export/export_job.h"

#include "core/base/asset_paths.h"
#include "core/base/clock.h"
#include "core/base/file_system.h"
#include "core/storage/open_profile.h"
#include "core/profile/profile_json.h"
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
    case ExportFormat::OnePagePdf: return "onepage-pdf";
    case ExportFormat::OnePageHtml: return "onepage-html";
    case ExportFormat::IntroPdf: return "intro-pdf";
    case ExportFormat::IntroHtml: return "intro-html";
    case ExportFormat::QuickPdf: return "quick-pdf";
    case ExportFormat::QuickHtml: return "quick-html";
    }
    return "txt";
}

std::optional<ExportFormat> exportFormatFromName(const std::string& name)
{
    for (ExportFormat format : {ExportFormat::Text, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Wav, ExportFormat::Mp3,
                                ExportFormat::Json, ExportFormat::Board, ExportFormat::Bundle, ExportFormat::OnePagePdf,
                                ExportFormat::OnePageHtml, ExportFormat::IntroPdf, ExportFormat::IntroHtml,
                                ExportFormat::QuickPdf, ExportFormat::QuickHtml})
        if (name == exportFormatName(format))
            return format;
    return std::nullopt;
}

ReaderPage pageOfFormat(ExportFormat format)
{
    switch (format) {
    case ExportFormat::OnePagePdf:
    case ExportFormat::OnePageHtml: return ReaderPage::OnePage;
    case ExportFormat::IntroPdf:
    case ExportFormat::IntroHtml: return ReaderPage::Introduction;
    case ExportFormat::QuickPdf:
    case ExportFormat::QuickHtml: return ReaderPage::QuickGuide;
    default: return ReaderPage::Summary;
    }
}

ExportFormat pdfFormatOf(ReaderPage page)
{
    switch (page) {
    case ReaderPage::OnePage: return ExportFormat::OnePagePdf;
    case ReaderPage::Introduction: return ExportFormat::IntroPdf;
    case ReaderPage::QuickGuide: return ExportFormat::QuickPdf;
    case ReaderPage::Summary: break;
    }
    return ExportFormat::Pdf;
}

core::Reader defaultReader(ExportFormat format)
{
    return pageOfFormat(format) == ReaderPage::Introduction ? core::Reader::Employer : core::Reader::Team;
}

core::SummaryOptions ExportJob::summaryOptions(core::Reader forReader) const
{
    core::SummaryOptions options;
    options.reader = forReader;
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
    job.pageWords = core::PageWords::shipped(job.layout.language);
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

core::SummaryDocument readerDocument(const ExportJob& job, ReaderPage page, core::Reader reader,
                                     const std::vector<std::string>* items)
{
    const core::SummaryOptions options = job.summaryOptions(reader);
    const PictureSource pictures(&job.symbols, job.personFolder);
    try {
        switch (page) {
        case ReaderPage::Summary: return core::makeSummary(job.profile, job.layout, options);
        case ReaderPage::OnePage: {
            const auto candidates = core::onePageCandidates(job.profile, job.layout, job.words, job.pageWords, reader);
            core::Profile chosen = job.profile;
            if (items) {
                chosen.onePage.chosen = true;
                chosen.onePage.items = *items;
            }
            std::vector<core::OnePageItem> onPage;
            std::array<std::size_t, 3> perHeading{};
            for (auto& item : core::onePageItems(chosen, candidates))
                if (perHeading[item.heading]++ < kOnePageMostPerHeading)
                    onPage.push_back(std::move(item));
            return fittedToPages(core::makeOnePageProfile(job.profile, job.layout, options, job.pageWords, onPage), 1,
                                 pictures);
        }
        case ReaderPage::Introduction:
            return fittedToPages(core::makeIntroduction(job.profile, job.layout, options, job.pageWords), 2, pictures);
        case ReaderPage::QuickGuide:
            return fittedToPages(core::makeQuickGuide(job.profile, job.layout, options, job.pageWords), 1, pictures);
        }
    } catch (const core::DataError& error) {
        throw ExportError(error.message());
    }
    throw ExportError("That page is not known.");
}

std::string renderExport(const ExportJob& job, ExportFormat format, const TextToSamples* speak)
{
    const core::Reader reader = job.readerFor(format);
    switch (format) {
    case ExportFormat::Json: return sharedProfileJson(job.profile, reader);
    case ExportFormat::Bundle: return makeBundle(job.personFolder);
    case ExportFormat::Board: {
        const PictureSource pictures(&job.symbols, job.personFolder);
        return boardObz(core::profileForReader(job.profile, reader), job.layout, job.words, pictures);
    }
    default: break;
    }

    const core::SummaryDocument document = readerDocument(job, pageOfFormat(format), reader);
    const PictureSource pictures(&job.symbols, job.personFolder);
    switch (format) {
    case ExportFormat::Text: return summaryText(document);
    case ExportFormat::Html:
    case ExportFormat::OnePageHtml:
    case ExportFormat::IntroHtml:
    case ExportFormat::QuickHtml: return summaryHtml(document, pictures, job.fonts);
    case ExportFormat::Pdf:
    case ExportFormat::OnePagePdf:
    case ExportFormat::IntroPdf:
    case ExportFormat::QuickPdf: return summaryPdf(document, pictures);
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

std::string sharedProfileJson(const core::Profile& profile, core::Reader reader)
{
    return core::writeProfile(core::profileForReader(profile, reader));
}

std::string todayText(const core::Clock& clock)
{
    return core::formatUtc(clock.nowSeconds()).substr(0, 10);
}

} // namespace rightjob::exporting
