// Saving the summary from the summary screen: as a web page, to print, as
// sound, as text, as a talking board or as a backup. Each is made on a
// worker thread, so the screen never waits (speech for the sound file is
// slow), and lands in a folder a person can find: Documents, then Right Job.
#pragma once

#include "export/export_job.h"
#include "speech/synthesizer.h"

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>

namespace rightjob::ui {

// One way to save the summary, as the screen offers it.
struct SummarySaveChoice {
    exporting::ExportFormat format;
    const char* id;       // the button's id: "save:html"
    const char* label;    // "Web page"
    const char* spoken;   // "Save as a web page"
    const char* symbol;
    const char* fileEnd;  // " summary.html", after the person's name
};

// The ways to save a page, in the order the screen shows them: six for the
// full summary; a web page and one to print for the short pages.
const std::vector<SummarySaveChoice>& summarySaveChoices(exporting::ReaderPage page = exporting::ReaderPage::Summary);

// Where saved summaries go: <Documents>/Right Job when the user has a
// Documents folder (core::userDocumentsFolder), else an "exports" folder in
// the person's own folder.
struct SaveFolder {
    std::string path;
    bool inDocuments = false;
};
SaveFolder summarySaveFolder(const std::string& personFolder);

// A file name made from a person's name: the name with anything a file name
// cannot hold (/, \, control characters, a leading dot) left out.
std::string fileNameFromName(const std::string& name);

// What the last save did.
enum class SaveProgress { Nothing, Working, Saved, Failed };

// Saves one export at a time on a worker thread.
class SummarySaver {
public:
    SummarySaver() = default;
    // Waits for a save still being made: the worker writes a file.
    ~SummarySaver();
    SummarySaver(const SummarySaver&) = delete;
    SummarySaver& operator=(const SummarySaver&) = delete;

    // Starts making job's export in the choice's format and writing it into
    // folder; wake is called on the worker when it is done (to wake the
    // screen). Does nothing and returns false while a save is being made.
    bool start(std::shared_ptr<const exporting::ExportJob> job, const SummarySaveChoice& choice, SaveFolder folder,
               speech::VoiceSettings voice, std::function<void()> wake);

    // Takes in a save that has finished; call it each frame.
    void poll();

    SaveProgress progress() const { return m_progress; }
    // The words to show: "Making your page. Please wait.", "Saved. Look
    // in Documents, then Right Job." or what went wrong, in plain words.
    const std::string& message() const { return m_message; }
    // The file saved, or the reason it was not, for the second line.
    const std::string& detail() const { return m_detail; }
    // The path of the file last saved; empty when none was.
    const std::string& savedPath() const { return m_savedPath; }

private:
    struct Outcome {
        bool ok = false;
        std::string path;
        std::string problem;
    };

    std::future<Outcome> m_worker;
    SaveFolder m_folder;
    SaveProgress m_progress = SaveProgress::Nothing;
    std::string m_message;
    std::string m_detail;
    std::string m_savedPath;
};

} // namespace rightjob::ui
