#include "ui/screens/print_panel.h"

#include "ui/app.h"
#include "ui/widgets/message_box.h"
#include "ui/widgets/tile.h"

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <exception>

namespace rightjob::ui {

std::string sentToPrinterWords(const std::string& printerName, int copies)
{
    std::string words = "Sent to the printer " + printerName + ".";
    if (copies > 1)
        words += " " + std::to_string(copies) + " copies.";
    return words;
}

std::string noPrinterWords()
{
    return "There is no printer. Ask someone to set up a printer. "
           "Or save a file to print later.";
}

std::string notPrintedWords()
{
    return "Your summary is not printed. Check the printer is on. Then try again.";
}

namespace {

// Wakes the window from a worker thread when it is done.
std::function<void()> wakerFor(Window& window)
{
    Window* target = &window;
    return [target] {
        SDL_Event event{};
        event.type = SDL_USEREVENT;
        target->pushEvent(event);
    };
}

template <typename T>
bool ready(const std::future<T>& future)
{
    return future.valid() && future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

} // namespace

PrintPanel::~PrintPanel()
{
    if (m_finding.valid())
        m_finding.wait();
    if (m_sending.valid())
        m_sending.wait();
}

void PrintPanel::open(App& app, UiContext& ui, std::shared_ptr<const exporting::ExportJob> job,
                      exporting::ExportFormat format)
{
    if (m_finding.valid() || m_sending.valid())
        return; // still busy from the last time; the picker shows it
    m_job = std::move(job);
    m_format = format;
    m_printers = app.printers();
    m_found.clear();
    m_chosen = 0;
    m_copies = 1;
    m_detail.clear();
    m_step = Step::Finding;
    m_message = "Looking for printers. Please wait.";
    if (!m_printers) {
        m_step = Step::Choosing;
        m_message = noPrinterWords();
        ui.say(m_message, "print-message");
        return;
    }
    std::shared_ptr<exporting::Printers> printers = m_printers;
    std::function<void()> wake = wakerFor(ui.window);
    m_finding = std::async(std::launch::async, [printers, wake] {
        std::vector<exporting::Printer> found;
        try {
            found = printers->list();
        } catch (const std::exception&) {
            found.clear(); // no printing system is as good as no printer
        }
        wake();
        return found;
    });
}

void PrintPanel::poll(UiContext& ui)
{
    if (ready(m_finding)) {
        m_found = m_finding.get();
        m_step = Step::Choosing;
        m_message = m_found.empty() ? noPrinterWords() : "Choose a printer. Then press Print.";
        ui.say(m_message, "print-message");
    }
    if (ready(m_sending)) {
        const exporting::PrintOutcome outcome = m_sending.get();
        if (outcome.ok) {
            m_step = Step::Sent;
            m_message = sentToPrinterWords(m_found[m_chosen].shownName, m_copies);
            m_detail.clear();
        } else {
            m_step = Step::Failed;
            m_message = notPrintedWords();
            m_detail = outcome.problem;
        }
        ui.say(m_message, "print-message");
        ImGui::SetScrollY(0); // the message is at the top
    }
    if (m_finding.valid() || m_sending.valid())
        ui.window.requestFrameAfter(std::chrono::milliseconds(150)); // the worker's wake-up may come first
}

void PrintPanel::send(UiContext& ui)
{
    if (m_sending.valid() || m_chosen >= m_found.size() || !m_job || !m_printers)
        return;
    m_step = Step::Sending;
    m_message = "Sending your summary to the printer. Please wait.";
    m_detail.clear();
    ui.say(m_message, "print-message");
    std::shared_ptr<exporting::Printers> printers = m_printers;
    std::shared_ptr<const exporting::ExportJob> job = m_job;
    const std::string printer = m_found[m_chosen].name;
    const int copies = m_copies;
    const exporting::ExportFormat format = m_format;
    std::function<void()> wake = wakerFor(ui.window);
    m_sending = std::async(std::launch::async, [printers, job, printer, copies, format, wake] {
        exporting::PrintOutcome outcome;
        try {
            // The same PDF "Save as PDF" writes, for the same reader.
            const std::string pdf = exporting::renderExport(*job, format);
            const std::string title = job->profile.person.shownName() + " - summary";
            outcome = printers->print(printer, pdf, title, copies);
        } catch (const std::exception& error) {
            outcome.ok = false;
            outcome.problem = error.what();
        }
        wake();
        return outcome;
    });
}

void PrintPanel::draw(UiContext& ui)
{
    poll(ui);
    const float width = ImGui::GetContentRegionAvail().x - ui.em(0.2f);
    const float gap = ui.em(0.5f);

    ImGui::PushFont(ui.window.headingFont() ? ui.window.headingFont() : ImGui::GetFont());
    ImGui::TextWrapped("Print your summary");
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
    drawMessage(ui, width);

    const bool busy = m_step == Step::Finding || m_step == Step::Sending;
    if (!m_found.empty() && m_step != Step::Finding) {
        drawPrinters(ui, width);
        drawCopies(ui, width);
    }

    // Print, then Back, side by side.
    const float buttonWidth = std::min((width - gap) / 2, ui.em(14.0f));
    if (!m_found.empty() && m_step != Step::Finding) {
        TileContent print = buttonContent("print:send", "Print", "printer");
        print.spoken = "Print " + std::string(m_copies > 1 ? std::to_string(m_copies) + " copies" : "it") + " on "
                       + m_found[m_chosen].shownName;
        print.style = TileStyle::Accent;
        print.enabled = !busy;
        if (tile(ui, print, ImVec2(buttonWidth, ui.em(3.2f)), PictureSide::Left))
            send(ui);
        ImGui::SameLine(0, gap);
    }
    TileContent back = buttonContent("print:back", "Back to the summary", "left-arrow");
    if (tile(ui, back, ImVec2(buttonWidth, ui.em(3.2f)), PictureSide::Left) && !m_sending.valid()) {
        // A search for printers may still be going: it finishes on its own,
        // and the next open waits for nothing (the future is dropped here).
        if (m_finding.valid())
            m_finding.wait();
        m_finding = {};
        m_step = Step::Closed;
        ui.window.requestAnimationFrames(2); // the summary comes back on the next frame
    }
}

void PrintPanel::drawMessage(UiContext& ui, float width)
{
    if (m_message.empty())
        return;
    messageBox(ui, {"print-message", m_message, m_detail, m_step == Step::Failed}, width);
    ImGui::Dummy(ImVec2(0, ui.em(0.3f)));
}

void PrintPanel::drawPrinters(UiContext& ui, float width)
{
    ImGui::PushFont(ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont());
    ImGui::TextWrapped("Which printer?");
    ImGui::PopFont();
    const float gap = ui.em(0.5f);
    const TileGrid grid = tileGridFor(width, ImVec2(ui.em(10.0f), ui.em(6.0f)), gap, ui.minimumTarget());
    for (std::size_t i = 0; i < m_found.size(); ++i) {
        grid.moveTo(i);
        TileContent printer = buttonContent("printer:" + std::to_string(i), m_found[i].shownName, "printer");
        printer.detail = m_found[i].isDefault ? "Usual printer" : "";
        printer.role = TargetRole::Toggle;
        printer.style = i == m_chosen ? TileStyle::Accent : TileStyle::Card;
        printer.spoken = m_found[i].shownName + (m_found[i].isDefault ? ", the usual printer" : "")
                         + (i == m_chosen ? ", chosen" : "");
        printer.enabled = m_step != Step::Sending;
        if (tile(ui, printer, grid.tileSize, PictureSide::Top))
            m_chosen = i;
    }
    ImGui::Dummy(ImVec2(0, ui.em(0.6f)));
}

void PrintPanel::drawCopies(UiContext& ui, float width)
{
    ImGui::PushFont(ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont());
    ImGui::TextWrapped("How many copies?");
    ImGui::PopFont();
    const float gap = ui.em(0.5f);
    // Wide enough for "Fewer" beside its picture, never broken inside the word.
    const float side = std::min(ui.em(7.0f), (width - 2 * gap) / 3);
    const float height = ui.em(3.2f);
    const std::string count = std::to_string(m_copies) + (m_copies == 1 ? " copy" : " copies");

    TileContent fewer = buttonContent("copies:fewer", "Fewer", "minus");
    fewer.spoken = "Fewer copies";
    fewer.enabled = m_copies > 1 && m_step != Step::Sending;
    if (tile(ui, fewer, ImVec2(side, height), PictureSide::Left)) {
        m_copies = std::max(1, m_copies - 1);
        ui.say(std::to_string(m_copies) + (m_copies == 1 ? " copy" : " copies"), "copies");
    }
    ImGui::SameLine(0, gap);
    // The number, big, between the buttons; a tap says it.
    ImGui::PushFont(ui.window.headingFont() ? ui.window.headingFont() : ImGui::GetFont());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 textSize = ImGui::CalcTextSize(count.c_str());
    const float boxWidth = std::max(side, textSize.x + ui.em(1.0f));
    if (ImGui::InvisibleButton("copies", ImVec2(boxWidth, height)))
        ui.say(count, "copies");
    ScreenTarget target;
    target.id = "copies";
    target.label = count;
    target.spoken = count;
    target.role = TargetRole::Button;
    target.x = at.x;
    target.y = at.y;
    target.width = boxWidth;
    target.height = height;
    target.focused = ImGui::IsItemFocused();
    reportTarget(ui, std::move(target));
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + (boxWidth - textSize.x) / 2, at.y + (height - textSize.y) / 2),
                                        toImU32(ui.theme().text), count.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, gap);
    TileContent more = buttonContent("copies:more", "More", "plus");
    more.spoken = "More copies";
    more.enabled = m_copies < exporting::kMostCopies && m_step != Step::Sending;
    if (tile(ui, more, ImVec2(side, height), PictureSide::Left)) {
        m_copies = std::min(exporting::kMostCopies, m_copies + 1);
        ui.say(std::to_string(m_copies) + " copies", "copies");
    }
    ImGui::Dummy(ImVec2(0, ui.em(0.6f)));
}

} // namespace rightjob::ui
