// The pages made from the person's profile, page by page as they will
// print. First the person chooses who it is for (an employer, the support
// team, me), then which page (the full summary, the one-page profile, the
// introduction for an employer, the quick guide), each a picture that is
// spoken; the preview shows just what that reader will see. "Read to me"
// reads the page aloud with each word lit as it is heard; a tap on a line
// reads that line. On the one-page profile the person chooses what goes on
// it: a tap puts a line on the page or takes it off, and the choice is saved
// in the profile. The page can be saved as a web page, to print and, for
// the full summary, as sound, as text, as a talking board or as a backup.
#pragma once

#include "core/summary/summary.h"
#include "export/export_job.h"
#include "export/pdf_export.h"
#include "speech/speaker.h"
#include "ui/screens/print_panel.h"
#include "ui/screens/summary_exports.h"
#include "ui/screens/summary_layout.h"
#include "ui/ui_context.h"

#include <memory>
#include <string>
#include <vector>

namespace rightjob::ui {

class App;

// The "summary" screen.
class SummaryScreen {
public:
    // Makes the open person's page afresh (from the profile as it is now,
    // dated today, for the reader and page chosen) and shows its first page.
    void open(App& app);
    // Stops reading aloud (the screen is left).
    void stopReading(App& app);
    // Draws the screen below the top bar.
    void draw(App& app, UiContext& ui);

private:
    // One piece of text that is read aloud: a heading, a line or a note.
    struct Piece {
        std::size_t block = 0; // on the page
        std::string text;
        std::string tag; // "summary:<page>:<piece>"
    };
    std::vector<Piece> piecesOf(std::size_t page) const;
    std::string blockText(const exporting::PrintedBlock& block) const;
    const core::SummaryPicture* blockPicture(const exporting::PrintedBlock& block) const;
    const core::SummaryLine* blockLine(const exporting::PrintedBlock& block) const;

    void readFrom(std::size_t block, bool onlyThatBlock);
    void keepReading(App& app, UiContext& ui);
    void showScreenPage(App& app, std::size_t index);

    // [SECTION] Fitting pages to the window (the sums are in summary_layout.h)

    // A page's margins and number, at a width.
    struct PageMeasures {
        float pad = 0;    // the margin inside the page's edge
        float inner = 0;  // the width inside the margins
        float footer = 0; // the page number's line
        float frame = 0;  // the height besides the blocks
    };
    PageMeasures pageMeasures(UiContext& ui, float width) const;
    // One block of a printed page, measured at the text size.
    struct Box {
        float top = 0; // from the top of the page on screen
        float row = 0;
        float spaceBefore = 0;
        float spaceAfter = 0;
        float pictureSide = 0;
        float textHeight = 0;
        ImFont* font = nullptr;
        float textLeft = 0;
    };
    std::vector<Box> measureBlocks(UiContext& ui, std::size_t page, float inner) const;
    // Cuts the printed pages into screen pages no taller than room, when the width, room or fonts changed.
    void fitPages(UiContext& ui, float width, float room);
    const ScreenPage& currentScreenPage() const;
    std::size_t screenPageIndex() const;
    static float controlsHeight(UiContext& ui, float width, bool column);

    // [SECTION] Drawing

    // [SECTION] Choosing the reader and the page (summary_choices.cpp)
    void drawReaderAndPage(App& app, UiContext& ui, float width);
    void drawOnePageChoice(App& app, UiContext& ui, float width);
    // Puts a card on the one-page profile or takes it off; refuses, saying
    // so, when it would not fit on the page.
    void toggleOnePageItem(App& app, UiContext& ui, const std::string& cardKey);

    float drawPage(App& app, UiContext& ui, float width);
    // A block's place in its printed page, and on the page on screen (its target's number).
    struct BlockPlace {
        std::size_t index;
        std::size_t onScreen;
    };
    // Draws one block at min; true when it was tapped.
    bool drawBlock(UiContext& ui, ImDrawList* drawList, BlockPlace place, const Box& box, ImVec2 min, float inner,
                   const std::vector<Piece>& pieces, std::size_t& piece, const speech::SpeakingState& heard) const;
    void drawControls(App& app, UiContext& ui, float width, bool column);
    void drawSaving(App& app, UiContext& ui, float width, int columns);

    core::Reader m_reader = core::Reader::Me;
    exporting::ReaderPage m_pageKind = exporting::ReaderPage::Summary;
    bool m_choosingItems = false;       // the one-page profile's items are shown to choose from
    std::vector<core::OnePageItem> m_candidates; // what may go on the one-page profile, for m_reader
    std::vector<std::string> m_onPage;  // the card keys on the one-page profile now
    std::string m_choiceMessage;        // "The page is full. Take something off first."

    std::shared_ptr<const exporting::ExportJob> m_job;
    core::SummaryDocument m_document;
    std::vector<exporting::PrintedPage> m_pages;
    std::string m_problem; // why there is no summary to show
    std::size_t m_page = 0;       // the printed page on screen
    std::size_t m_firstBlock = 0; // its first block on screen (a printed page may take several screen pages)
    std::vector<ScreenPage> m_screenPages;
    struct FitKey {
        float width = 0;
        float room = 0;
        float em = 0;
        const ImFont* font = nullptr;
        bool operator==(const FitKey& other) const
        {
            return width == other.width && room == other.room && em == other.em && font == other.font;
        }
    };
    FitKey m_fitKey;

    // Reading aloud: the pieces of m_readPage from m_next up to m_end.
    bool m_reading = false;
    std::size_t m_readPage = 0;
    std::size_t m_readFirstBlock = 0;
    std::size_t m_next = 0;
    std::size_t m_end = 0;
    speech::UtteranceId m_utterance = 0; // the piece being said; 0 before the first

    float m_columnHeight = 0; // the controls beside the page, last frame
    float m_choicesHeight = 0; // the reader and page choices when stacked, as last drawn

    bool m_scrollToTop = false;

    SummarySaver m_saver;
    PrintPanel m_print; // the printer picker, drawn in place of the page while open
};

} // namespace rightjob::ui
