#include "ui/screens/summary_exports.h"

#include "core/base/file_system.h"
#include "core/storage/user_folders.h"

#include <chrono>
#include <exception>

namespace rightjob::ui {

const std::vector<SummarySaveChoice>& summarySaveChoices(exporting::ReaderPage page)
{
    using exporting::ExportFormat;
    static const std::vector<SummarySaveChoice> onePage = {
        {ExportFormat::OnePageHtml, "save:onepage-html", "Web page", "Save as a web page", "globe-with-meridians",
         " one-page profile.html"},
        {ExportFormat::OnePagePdf, "save:onepage-pdf", "File to print later", "Save as a file to print later", "page-facing-up", " one-page profile.pdf"},
    };
    static const std::vector<SummarySaveChoice> introduction = {
        {ExportFormat::IntroHtml, "save:intro-html", "Web page", "Save as a web page", "globe-with-meridians",
         " introduction.html"},
        {ExportFormat::IntroPdf, "save:intro-pdf", "File to print later", "Save as a file to print later", "page-facing-up", " introduction.pdf"},
    };
    static const std::vector<SummarySaveChoice> quickGuide = {
        {ExportFormat::QuickHtml, "save:quick-html", "Web page", "Save as a web page", "globe-with-meridians",
         " quick guide.html"},
        {ExportFormat::QuickPdf, "save:quick-pdf", "File to print later", "Save as a file to print later", "page-facing-up", " quick guide.pdf"},
    };
    switch (page) {
    case exporting::ReaderPage::OnePage: return onePage;
    case exporting::ReaderPage::Introduction: return introduction;
    case exporting::ReaderPage::QuickGuide: return quickGuide;
    case exporting::ReaderPage::Summary: break;
    }
    static const std::vector<SummarySaveChoice> choices = {
        {ExportFormat::Html, "save:html", "Web page", "Save as a web page", "globe-with-meridians", " summary.html"},
        {ExportFormat::Pdf, "save:pdf", "File to print later", "Save as a file to print later", "page-facing-up",
         " summary.pdf"},
        {ExportFormat::Wav, "save:wav", "Sound", "Save as sound", "speaker-high-volume", " summary.wav"},
        {ExportFormat::Mp3, "save:mp3", "Sound for a phone", "Save as sound for a phone", "mobile-phone",
         " sound for a phone.zip"},
        {ExportFormat::Text, "save:txt", "Text", "Save as text for an email", "memo", " summary.txt"},
        {ExportFormat::Board, "save:obz", "Talking board", "Save as a talking board", "speech-balloon",
         " talking board.obz"},
        // What the support team may see, for Right Job on another computer;
        // what is for nobody else stays here (a whole backup is `export --format backup`).
        {ExportFormat::Bundle, "save:bundle", "Copy for the team",
         "Save a copy for your support team to open in Right Job", "floppy-disk", " copy for the team.rightjob"},
    };
    return choices;
}

SaveFolder summarySaveFolder(const std::string& personFolder)
{
    const std::string documents = core::userDocumentsFolder();
    if (!documents.empty())
        return {documents + "/Right Job", true};
    return {personFolder + "/exports", false};
}

std::string fileNameFromName(const std::string& name)
{
    std::string out;
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '/' || c == '\\' || byte < 0x20 || byte == 0x7f)
            continue;
        if (out.empty() && (c == '.' || c == ' '))
            continue;
        out += c;
    }
    return out.empty() ? "Summary" : out;
}

SummarySaver::~SummarySaver()
{
    if (m_worker.valid())
        m_worker.wait();
}

bool SummarySaver::start(std::shared_ptr<const exporting::ExportJob> job, const SummarySaveChoice& choice,
                         SaveFolder folder, speech::VoiceSettings voice, std::function<void()> wake)
{
    if (m_progress == SaveProgress::Working)
        return false;
    m_folder = folder;
    m_progress = SaveProgress::Working;
    m_message = "Making your page. Please wait.";
    m_detail.clear();
    // An employer's copy is named so, apart from the team's and the person's.
    std::string fileEnd = choice.fileEnd;
    if (job->readerFor(choice.format) == core::Reader::Employer && choice.format != exporting::ExportFormat::Bundle) {
        const auto dot = fileEnd.rfind('.');
        fileEnd = fileEnd.substr(0, dot) + " for an employer" + fileEnd.substr(dot);
    }
    const std::string path = folder.path + "/" + fileNameFromName(job->profile.person.shownName()) + fileEnd;
    const exporting::ExportFormat format = choice.format;
    m_worker = std::async(std::launch::async, [job, format, path, voice, wake]() {
        Outcome outcome;
        outcome.path = path;
        try {
            std::string bytes;
            if (format == exporting::ExportFormat::Wav || format == exporting::ExportFormat::Mp3) {
                const exporting::TextToSamples speak = exporting::espeakTextToSamples(voice);
                bytes = exporting::renderExport(*job, format, &speak);
            } else {
                bytes = exporting::renderExport(*job, format);
            }
            core::FileSystem& files = core::realFileSystem();
            core::FileResult written = files.makeFolders(core::parentFolder(path));
            if (written.ok)
                written = core::writeFileAtomically(files, path, bytes);
            outcome.ok = written.ok;
            outcome.problem = written.problem;
        } catch (const std::exception& error) {
            outcome.problem = error.what();
        }
        if (wake)
            wake();
        return outcome;
    });
    return true;
}

void SummarySaver::poll()
{
    if (!m_worker.valid() || m_worker.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    const Outcome outcome = m_worker.get();
    if (outcome.ok) {
        m_progress = SaveProgress::Saved;
        m_message = m_folder.inDocuments ? "Saved. Look in Documents, then Right Job."
                                         : "Saved. Look in the folder written below.";
        m_detail = m_folder.inDocuments ? outcome.path.substr(m_folder.path.size() + 1) : outcome.path;
        m_savedPath = outcome.path;
    } else {
        m_progress = SaveProgress::Failed;
        m_message = "Your summary is not saved.";
        m_detail = outcome.problem;
    }
}

} // namespace rightjob::ui
