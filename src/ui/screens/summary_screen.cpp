// [SECTION] Making the summary
// [SECTION] What each block says
// [SECTION] Reading aloud
// [SECTION] The screen
// [SECTION] The page
// [SECTION] Pages, reading and saving controls

#include "ui/screens/summary_screen.h"

#include "core/base/clock.h"
#include "core/base/data_error.h"
#include "ui/app.h"
#include "ui/widgets/message_box.h"
#include "ui/widgets/spoken_text.h"
#include "ui/widgets/tile.h"

#include <SDL.h>

#include <algorithm>
#include <cfloat>
#include <cassert>
#include <cstdio>

namespace rightjob::ui {

// [SECTION] Making the summary

void SummaryScreen::open(App& app)
{
    stopReading(app);
    m_scrollToTop = true;
    m_job.reset();
    m_document = {};
    m_pages.clear();
    m_problem.clear();
    m_page = 0;
    m_firstBlock = 0;
    m_screenPages.clear();
    if (!app.openProfile())
        return;
    try {
        // The workspace makes it from the profile as it is in memory, with
        // the same words, jobs and date the saved files will have, so the
        // screen and the files say the same; this screen picks the reader.
        const std::shared_ptr<const exporting::ExportJob> made = app.workspace().summaryJob();
        auto job = std::make_shared<exporting::ExportJob>(*made);
        job->reader = m_reader;
        m_document = exporting::readerDocument(*job, m_pageKind, m_reader);
        m_candidates.clear();
        m_onPage.clear();
        if (m_pageKind == exporting::ReaderPage::OnePage) {
            m_candidates = core::onePageCandidates(job->profile, job->layout, job->words, job->pageWords, m_reader);
            for (std::size_t p = 1; p < m_document.parts.size(); ++p)
                for (const auto& line : m_document.parts[p].lines)
                    m_onPage.push_back(line.source.cardKey);
        }
        const exporting::PictureSource pictures(&job->symbols, job->personFolder);
        m_pages = exporting::summaryPrintedPages(m_document, pictures);
        m_job = std::move(job);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "rightjob: the summary cannot be made: %s\n", error.what());
        m_problem = "This page cannot be made now.";
        m_pages.clear();
    }
}

// [SECTION] What each block says

const core::SummaryLine* SummaryScreen::blockLine(const exporting::PrintedBlock& block) const
{
    if (block.kind != exporting::PrintedBlockKind::Line || block.part >= m_document.parts.size())
        return nullptr;
    const core::SummaryPart& part = m_document.parts[block.part];
    if (block.group < 0)
        return block.line < part.lines.size() ? &part.lines[block.line] : nullptr;
    const auto group = static_cast<std::size_t>(block.group);
    if (group >= part.groups.size() || block.line >= part.groups[group].lines.size())
        return nullptr;
    return &part.groups[group].lines[block.line];
}

std::string SummaryScreen::blockText(const exporting::PrintedBlock& block) const
{
    if (block.part >= m_document.parts.size())
        return "";
    const core::SummaryPart& part = m_document.parts[block.part];
    switch (block.kind) {
    case exporting::PrintedBlockKind::Title:
    case exporting::PrintedBlockKind::PartHeading: return part.title;
    case exporting::PrintedBlockKind::GroupHeading:
        return block.group >= 0 && static_cast<std::size_t>(block.group) < part.groups.size()
                   ? part.groups[static_cast<std::size_t>(block.group)].heading
                   : "";
    case exporting::PrintedBlockKind::Line: {
        const core::SummaryLine* line = blockLine(block);
        return line ? line->text : "";
    }
    }
    return "";
}

const core::SummaryPicture* SummaryScreen::blockPicture(const exporting::PrintedBlock& block) const
{
    if (block.part >= m_document.parts.size())
        return nullptr;
    const core::SummaryPart& part = m_document.parts[block.part];
    switch (block.kind) {
    case exporting::PrintedBlockKind::Title: return nullptr;
    case exporting::PrintedBlockKind::PartHeading: return block.hasPicture ? &part.picture : nullptr;
    case exporting::PrintedBlockKind::GroupHeading:
        return block.hasPicture && block.group >= 0 && static_cast<std::size_t>(block.group) < part.groups.size()
                   ? &part.groups[static_cast<std::size_t>(block.group)].picture
                   : nullptr;
    case exporting::PrintedBlockKind::Line: {
        const core::SummaryLine* line = blockLine(block);
        return line ? &line->picture : nullptr;
    }
    }
    return nullptr;
}

std::vector<SummaryScreen::Piece> SummaryScreen::piecesOf(std::size_t page) const
{
    std::vector<Piece> pieces;
    if (page >= m_pages.size())
        return pieces;
    const auto add = [&](std::size_t block, const std::string& text) {
        if (!text.empty())
            pieces.push_back({block, text, "summary:" + std::to_string(page) + ":" + std::to_string(pieces.size())});
    };
    const auto& blocks = m_pages[page].blocks;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        add(i, blockText(blocks[i]));
        if (const core::SummaryLine* line = blockLine(blocks[i]))
            for (const auto& note : line->notes)
                add(i, note.text);
    }
    return pieces;
}

// [SECTION] Reading aloud

void SummaryScreen::readFrom(std::size_t block, bool onlyThatBlock)
{
    // From that block to the end of the page on screen, or that block alone.
    const std::vector<Piece> pieces = piecesOf(m_page);
    const std::size_t endBlock = onlyThatBlock ? block + 1 : currentScreenPage().endBlock;
    std::size_t first = pieces.size();
    std::size_t end = pieces.size();
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].block == block && first == pieces.size())
            first = i;
        if (pieces[i].block >= endBlock && end == pieces.size())
            end = i;
    }
    if (first >= end)
        return;
    m_reading = true;
    m_readPage = m_page;
    m_readFirstBlock = m_firstBlock;
    m_next = first;
    m_end = end;
    // Said at the start of the next frame, after the words of the button
    // that started it, so they do not cut the reading off.
    m_utterance = 0;
}

void SummaryScreen::stopReading(App& app)
{
    if (m_reading && m_utterance != 0 && app.speaker().state().utterance == m_utterance)
        app.speaker().stop();
    m_reading = false;
    m_utterance = 0;
}

void SummaryScreen::keepReading(App& app, UiContext& ui)
{
    if (!m_reading)
        return;
    speech::Speaker& speaker = app.speaker();
    if (m_utterance != 0) {
        const speech::SpeakingState state = speaker.state();
        if (state.utterance == m_utterance)
            return; // still being heard; the speaker wakes the screen for each word
        if (state.lastFinished != m_utterance) {
            // Something else was said over it: the person moved on.
            m_reading = false;
            m_utterance = 0;
            return;
        }
        ++m_next;
    }
    const std::vector<Piece> pieces = piecesOf(m_readPage);
    if (m_readPage != m_page || m_readFirstBlock != m_firstBlock || m_next >= m_end || m_next >= pieces.size()) {
        m_reading = false;
        m_utterance = 0;
        return;
    }
    speech::Utterance utterance;
    utterance.text = pieces[m_next].text;
    utterance.tag = pieces[m_next].tag;
    m_utterance = speaker.say(std::move(utterance));
    // A frame soon to see it end (a silent speaker ends at once); a
    // speaker with sound wakes the screen itself at each word.
    ui.window.requestAnimationFrames(2);
}

void SummaryScreen::showScreenPage(App& app, std::size_t index)
{
    if (index >= m_screenPages.size() || (m_screenPages[index].printedPage == m_page
                                          && m_screenPages[index].firstBlock == m_firstBlock))
        return;
    stopReading(app);
    m_page = m_screenPages[index].printedPage;
    m_firstBlock = m_screenPages[index].firstBlock;
    ImGui::SetScrollY(0);
}

std::size_t SummaryScreen::screenPageIndex() const
{
    return screenPageHolding(m_screenPages, m_page, m_firstBlock);
}

// [SECTION] The screen

void SummaryScreen::draw(App& app, UiContext& ui)
{
    m_saver.poll();
    if (m_saver.progress() == SaveProgress::Working)
        ui.window.requestFrameAfter(std::chrono::milliseconds(150)); // the worker's wake-up may come first
    // Who it is for and which page come first, above the page; with the
    // page below the controls (a narrow window or large text), they come
    // just after the controls, so reading and turning pages stay in view.
    const float fullWidth = ImGui::GetContentRegionAvail().x - ui.em(0.2f);
    const bool stacked = fullWidth < ui.em(12.0f) + ui.em(0.75f) + ui.em(26.0f);
    const auto drawChoices = [&] {
        drawReaderAndPage(app, ui, fullWidth);
        if (m_pageKind == exporting::ReaderPage::OnePage)
            drawOnePageChoice(app, ui, fullWidth);
    };
    // The printer picker takes the place of everything, choices too.
    if (m_print.isOpen() && !m_pages.empty()) {
        m_print.draw(ui);
        if (!m_print.isOpen())
            m_scrollToTop = true;
        return;
    }
    if (!stacked || m_pages.empty())
        drawChoices();
    if (m_pages.empty()) {
        ImGui::PushFont(ui.window.boldFont());
        ImGui::TextWrapped("%s", m_problem.empty() ? "There is nothing in the summary yet." : m_problem.c_str());
        ImGui::PopFont();
        return;
    }
    keepReading(app, ui);
    if (m_scrollToTop) {
        ImGui::SetScrollY(0); // the screen before may have been scrolled down
        m_scrollToTop = false;
    }

    // The page is cut to fit the room below the top (and below the controls
    // when they are above it), so the page buttons and the whole page are
    // in sight together.
    const float gap = ui.em(0.75f);
    const ImVec2 start = ImGui::GetCursorPos();
    const float available = ImGui::GetContentRegionAvail().x - ui.em(0.2f);
    const float room = ImGui::GetContentRegionMax().y - start.y - ui.em(0.2f);
    const SummaryColumns columns = summaryColumns(available, ui.em(1.0f));
    if (columns.sideBySide) {
        fitPages(ui, columns.pageWidth, room);
        const float pageHeight = drawPage(app, ui, columns.pageWidth);
        // The controls stay in view while the screen scrolls, when they fit
        // (as they did last frame; the layout changes only with the size).
        const float scroll = ImGui::GetScrollY();
        const bool stays = m_columnHeight > 0 && start.y + m_columnHeight <= ImGui::GetWindowHeight();
        const float columnTop = start.y + (stays ? scroll : 0.0f);
        const float columnX = start.x + columns.pageWidth + gap;
        ImGui::SetCursorPos(ImVec2(columnX, columnTop));
        drawControls(app, ui, columns.columnWidth, true);
        drawSaving(app, ui, columns.columnWidth, 2);
        m_columnHeight = ImGui::GetCursorPosY() - columnTop;
        ImGui::SetCursorPos(ImVec2(start.x, start.y + std::max(pageHeight, columnTop - start.y + m_columnHeight)));
        ImGui::Dummy(ImVec2(0, 0));
    } else {
        // The choices sit between the controls and the page: the page is cut
        // to the room they leave (as tall as they were last frame).
        fitPages(ui, available, room - controlsHeight(ui, available, false) - gap * 0.5f - m_choicesHeight);
        drawControls(app, ui, available, false);
        ImGui::SetCursorPos(ImVec2(start.x, ImGui::GetCursorPosY() + gap * 0.5f));
        const float choicesTop = ImGui::GetCursorPosY();
        drawChoices();
        m_choicesHeight = ImGui::GetCursorPosY() - choicesTop;
        if (m_pages.empty())
            return; // the reader or page just chosen has nothing to show
        drawPage(app, ui, available);
        ImGui::SetCursorPos(ImVec2(start.x, ImGui::GetCursorPosY() + gap));
        drawSaving(app, ui, available, columnsFor(available, ui.em(7.0f), gap));
    }
}

// [SECTION] The page

namespace {

// The picture of a block, from the symbols or the person's folder.
Picture pictureFor(UiContext& ui, const core::SummaryPicture& picture, const std::string& personFolder)
{
    if (picture.kind == core::PictureKind::Photo && core::isSafeRelativePath(picture.photo))
        if (Picture photo = ui.pictures.file(personFolder + "/" + picture.photo))
            return photo;
    if (!picture.symbol.empty())
        return ui.pictures.symbol(picture.symbol);
    return {};
}

constexpr float kLineHeight = 1.25f; // lines of a block, as a share of the font size

} // namespace

SummaryScreen::PageMeasures SummaryScreen::pageMeasures(UiContext& ui, float width) const
{
    PageMeasures measures;
    measures.pad = std::min(ui.em(1.2f), width * 0.05f);
    measures.inner = width - 2 * measures.pad;
    ImFont* body = ui.window.bodyFont() ? ui.window.bodyFont() : ImGui::GetFont();
    measures.footer = body->FontSize * 1.6f;
    // The top margin, the space above the number, the number and a margin below it.
    measures.frame = measures.pad + ui.em(0.5f) + measures.footer + measures.pad * 0.5f;
    return measures;
}

std::vector<SummaryScreen::Box> SummaryScreen::measureBlocks(UiContext& ui, std::size_t page, float inner) const
{
    ImFont* heading = ui.window.headingFont() ? ui.window.headingFont() : ImGui::GetFont();
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    ImFont* body = ui.window.bodyFont() ? ui.window.bodyFont() : ImGui::GetFont();
    const float pictureGap = ui.em(0.8f);
    const auto& blocks = m_pages[page].blocks;
    std::vector<Box> boxes(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const exporting::PrintedBlock& block = blocks[i];
        Box& box = boxes[i];
        switch (block.kind) {
        case exporting::PrintedBlockKind::Title: box.font = heading; break;
        case exporting::PrintedBlockKind::PartHeading:
            box.font = heading;
            box.pictureSide = block.hasPicture ? ui.em(2.4f) : 0;
            box.spaceBefore = ui.em(1.4f);
            break;
        case exporting::PrintedBlockKind::GroupHeading:
            box.font = bold;
            box.pictureSide = block.hasPicture ? ui.em(2.0f) : 0;
            box.spaceBefore = ui.em(0.9f);
            break;
        case exporting::PrintedBlockKind::Line:
            box.font = bold;
            box.pictureSide = ui.em(3.0f);
            break;
        }
        box.textLeft = box.pictureSide > 0 ? box.pictureSide + pictureGap : 0;
        const float textWidth = inner - box.textLeft;
        box.textHeight = spokenTextHeight(ui, box.font, box.font->FontSize, blockText(block), textWidth,
                                          box.font->FontSize * kLineHeight);
        if (const core::SummaryLine* line = blockLine(block))
            for (const auto& note : line->notes)
                box.textHeight += ui.em(0.15f) + spokenTextHeight(ui, body, body->FontSize, note.text, textWidth,
                                                                  body->FontSize * kLineHeight);
        box.row = std::max({box.pictureSide, box.textHeight, ui.minimumTarget()});
        const bool ruled = block.kind == exporting::PrintedBlockKind::Title
                           || block.kind == exporting::PrintedBlockKind::PartHeading;
        box.spaceAfter = ruled ? ui.em(0.9f) : ui.em(0.5f);
    }
    return boxes;
}

void SummaryScreen::fitPages(UiContext& ui, float width, float room)
{
    // Measured again only when the page's width, the room or the fonts change.
    const FitKey key{width, room, ui.em(1.0f), ui.window.bodyFont()};
    if (!m_screenPages.empty() && key == m_fitKey)
        return;
    m_fitKey = key;
    const PageMeasures measures = pageMeasures(ui, width);
    std::vector<std::vector<BlockHeight>> heights(m_pages.size());
    for (std::size_t page = 0; page < m_pages.size(); ++page)
        for (const Box& box : measureBlocks(ui, page, measures.inner))
            heights[page].push_back({box.spaceBefore, box.row + box.spaceAfter});
    m_screenPages = fitPagesToScreen(heights, measures.frame, room);
    // The reader stays on the same words.
    const ScreenPage& now = m_screenPages[screenPageHolding(m_screenPages, m_page, m_firstBlock)];
    m_page = now.printedPage;
    m_firstBlock = now.firstBlock;
}

const ScreenPage& SummaryScreen::currentScreenPage() const
{
    assert(!m_screenPages.empty() && "fitPages comes before the page is drawn");
    return m_screenPages[screenPageIndex()];
}

float SummaryScreen::drawPage(App& app, UiContext& ui, float width)
{
    const Theme& theme = ui.theme();
    ImFont* body = ui.window.bodyFont() ? ui.window.bodyFont() : ImGui::GetFont();
    const PageMeasures measures = pageMeasures(ui, width);
    const ScreenPage& screenPage = currentScreenPage();
    std::vector<Box> boxes = measureBlocks(ui, m_page, measures.inner);

    // Where each block of this screen page goes, from the top of the page.
    float y = measures.pad;
    for (std::size_t i = screenPage.firstBlock; i < screenPage.endBlock; ++i) {
        if (i > screenPage.firstBlock)
            y += boxes[i].spaceBefore;
        boxes[i].top = y;
        y += boxes[i].row + boxes[i].spaceAfter;
    }
    const float height = y - measures.pad + measures.frame;

    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 startCursor = ImGui::GetCursorPos();
    drawList->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), toImU32(theme.card), ui.em(0.3f));
    drawList->AddRect(origin, ImVec2(origin.x + width, origin.y + height), toImU32(theme.cardBorder), ui.em(0.3f), 0,
                      std::max(2.0f, ui.em(0.08f)));

    const std::vector<Piece> pieces = piecesOf(m_page);
    const speech::SpeakingState heard = app.speaker().state();
    std::size_t piece = 0;
    std::optional<std::size_t> tapped;
    for (std::size_t i = screenPage.firstBlock; i < screenPage.endBlock; ++i) {
        const ImVec2 min(origin.x + measures.pad, origin.y + boxes[i].top);
        if (drawBlock(ui, drawList, {i, i - screenPage.firstBlock}, boxes[i], min, measures.inner, pieces, piece, heard))
            tapped = i;
    }

    // "Page 2 of 9" at the foot, as on paper.
    const std::string pageNumber =
        screenPageNumber(exporting::printedPageNumber(m_document, m_page, m_pages.size()), screenPage);
    const ImVec2 numberSize = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, pageNumber.c_str());
    drawList->AddText(body, body->FontSize,
                      ImVec2(origin.x + (width - numberSize.x) / 2,
                             origin.y + height - measures.pad * 0.5f - measures.footer * 0.8f),
                      toImU32(theme.text), pageNumber.c_str());

    ImGui::SetCursorPos(ImVec2(startCursor.x, startCursor.y + height));
    ImGui::Dummy(ImVec2(width, 0));

    if (tapped) {
        // While the page is being read, a tap carries on from that line;
        // otherwise it reads just that line.
        const bool wasReading = m_reading;
        stopReading(app);
        readFrom(*tapped, !wasReading);
        ui.window.requestAnimationFrames(1);
    }
    return height;
}

bool SummaryScreen::drawBlock(UiContext& ui, ImDrawList* drawList, BlockPlace place, const Box& box, ImVec2 min,
                              float inner, const std::vector<Piece>& pieces, std::size_t& piece,
                              const speech::SpeakingState& heard) const
{
    const exporting::PrintedBlock& block = m_pages[m_page].blocks[place.index];
    const std::size_t number = place.onScreen;
    const Theme& theme = ui.theme();
    ImFont* body = ui.window.bodyFont() ? ui.window.bodyFont() : ImGui::GetFont();
    const ImVec2 max(min.x + inner, min.y + box.row);
    const std::string text = blockText(block);

    // The whole block is one target: a tap reads it.
    ImGui::SetCursorScreenPos(min);
    ImGui::PushID(static_cast<int>(number));
    const bool tapped = ImGui::InvisibleButton("block", ImVec2(inner, box.row));
    const bool focused = ImGui::IsItemFocused();
    ImGui::PopID();
    ScreenTarget target;
    target.id = "page-line:" + std::to_string(number);
    target.label = text;
    target.spoken = text;
    target.role = TargetRole::Tile;
    target.x = min.x;
    target.y = min.y;
    target.width = inner;
    target.height = box.row;
    target.focused = focused;
    reportTarget(ui, std::move(target));
    if (focused && ImGui::GetIO().NavVisible)
        drawList->AddRect(ImVec2(min.x - ui.em(0.2f), min.y - ui.em(0.1f)),
                          ImVec2(max.x + ui.em(0.2f), max.y + ui.em(0.1f)), toImU32(theme.focus), ui.em(0.3f), 0,
                          ui.em(0.15f));

    if (const core::SummaryPicture* picture = blockPicture(block); picture && box.pictureSide > 0) {
        const ImVec2 pictureMin(min.x, min.y + (box.row - box.pictureSide) / 2);
        drawPictureInBox(ui, drawList, pictureFor(ui, *picture, m_job->personFolder), pictureMin,
                         ImVec2(pictureMin.x + box.pictureSide, pictureMin.y + box.pictureSide), theme.card);
    }

    // The words: the main text, then any notes, each lit word by word as it is heard.
    const float textWidth = inner - box.textLeft;
    float textY = min.y + std::max(0.0f, (box.row - box.textHeight) / 2);
    const auto litFor = [&](const std::string& words) -> std::optional<LitWord> {
        while (piece < pieces.size() && (pieces[piece].block < place.index || pieces[piece].text != words))
            ++piece;
        if (piece >= pieces.size() || pieces[piece].block != place.index)
            return std::nullopt;
        return litWordFor(heard, pieces[piece++].tag);
    };
    textY += drawSpokenText(ui, drawList, {box.font, box.font->FontSize, box.font->FontSize * kLineHeight, theme.text},
                            ImVec2(min.x + box.textLeft, textY), textWidth, text, litFor(text));
    if (const core::SummaryLine* line = blockLine(block))
        for (const auto& note : line->notes) {
            textY += ui.em(0.15f);
            textY += drawSpokenText(ui, drawList, {body, body->FontSize, body->FontSize * kLineHeight, theme.text},
                                    ImVec2(min.x + box.textLeft, textY), textWidth, note.text, litFor(note.text));
        }
    if (block.kind == exporting::PrintedBlockKind::Title || block.kind == exporting::PrintedBlockKind::PartHeading) {
        const float ruleTop = max.y + ui.em(0.3f);
        drawList->AddRectFilled(ImVec2(min.x, ruleTop), ImVec2(max.x, ruleTop + std::max(2.0f, ui.em(0.1f))),
                                toImU32(theme.text));
    }
    return tapped;
}

// [SECTION] Pages, reading and saving controls

namespace {

// The page and reading buttons: four across when there is room for their
// words; else two rows of two.
int controlsAcross(UiContext& ui, float width, bool column)
{
    return column || width < ui.em(18.0f) ? 2 : 4;
}

// The words of the page and reading buttons.
constexpr const char* kControlWords[] = {"Previous page", "Next page", "Read to me", "Stop"};

// Whether, four across, each button has room for its picture beside its
// whole words; when not, the picture goes above and the words take two lines.
bool wordsFitBeside(UiContext& ui, float width)
{
    const float gap = ui.em(0.5f);
    const float tileWidth = (width - 3 * gap) / 4;
    ImFont* font = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();
    float widest = 0;
    for (const char* words : kControlWords)
        widest = std::max(widest, font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0, words).x);
    // The picture, the padding either side and the gap between them.
    return widest + ui.em(4.6f) <= tileWidth;
}

// Two rows of two, or four across with the picture above: tall enough for
// a picture above two lines of words. Four across with the picture beside
// the words (above the page): low, so the page below keeps the room.
float controlHeight(UiContext& ui, int across, bool beside)
{
    return ui.em(across == 4 && beside ? 2.8f : 4.4f);
}

} // namespace

float SummaryScreen::controlsHeight(UiContext& ui, float width, bool column)
{
    const int across = controlsAcross(ui, width, column);
    return static_cast<float>(4 / across) * (controlHeight(ui, across, wordsFitBeside(ui, width)) + ui.em(0.5f));
}

void SummaryScreen::drawControls(App& app, UiContext& ui, float width, bool column)
{
    const float gap = ui.em(0.5f);
    const float x = ImGui::GetCursorPosX();
    const float y = ImGui::GetCursorPosY();
    const int across = controlsAcross(ui, width, column);
    const bool beside = across == 4 && wordsFitBeside(ui, width);
    const float height = controlHeight(ui, across, beside);
    const float tileWidth = (width - (across - 1) * gap) / across;
    const std::size_t shown = screenPageIndex();

    TileContent previous = buttonContent("previous-page", kControlWords[0], "left-arrow");
    previous.spoken = "Go to the page before";
    previous.enabled = shown > 0;
    TileContent next = buttonContent("next-page", kControlWords[1], "right-arrow");
    next.spoken = "Go to the next page";
    next.enabled = shown + 1 < m_screenPages.size();
    TileContent read = buttonContent("read-to-me", kControlWords[2], "speaker-high-volume");
    read.spoken = "Read this page to me";
    read.style = TileStyle::Accent;
    TileContent stop = buttonContent("stop-reading", kControlWords[3], "stop-button");
    stop.spoken = "Stop reading";
    stop.enabled = m_reading;

    // In two rows: pages, then reading; in one row: previous, read, stop, next.
    const TileContent* order[4] = {&previous, &next, &read, &stop};
    if (across == 4) {
        order[1] = &read;
        order[2] = &stop;
        order[3] = &next;
    }
    for (int i = 0; i < 4; ++i) {
        const int row = i / across;
        const int col = i % across;
        ImGui::SetCursorPos(ImVec2(x + col * (tileWidth + gap), y + row * (height + gap)));
        if (!tile(ui, *order[i], ImVec2(tileWidth, height), beside ? PictureSide::Left : PictureSide::Top))
            continue;
        if (order[i] == &previous)
            showScreenPage(app, shown - 1);
        else if (order[i] == &next)
            showScreenPage(app, shown + 1);
        else if (order[i] == &read) {
            stopReading(app);
            readFrom(m_firstBlock, false);
            ui.window.requestAnimationFrames(1);
        } else {
            stopReading(app);
        }
    }
    ImGui::SetCursorPos(ImVec2(x, y + controlsHeight(ui, width, column)));
}

void SummaryScreen::drawSaving(App& app, UiContext& ui, float width, int columns)
{
    const float gap = ui.em(0.5f);
    const float x = ImGui::GetCursorPosX();
    ImFont* bold = ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont();

    // Printing comes first: it is what most people want from the summary.
    ImGui::SetCursorPosX(x);
    TileContent print = buttonContent("print", "Print", "printer");
    print.spoken = m_pageKind == exporting::ReaderPage::Summary ? "Print your summary" : "Print this page";
    print.style = TileStyle::Accent;
    print.enabled = m_job != nullptr;
    if (tile(ui, print, ImVec2(width, ui.em(3.0f)), PictureSide::Left) && m_job) {
        stopReading(app);
        m_print.open(app, ui, m_job, exporting::pdfFormatOf(m_pageKind));
    }
    ImGui::SetCursorPos(ImVec2(x, ImGui::GetCursorPosY() + gap * 0.5f));

    // What the last save did, in plain words.
    if (m_saver.progress() != SaveProgress::Nothing) {
        messageBox(ui, {"save-message", m_saver.message(), m_saver.detail(), m_saver.progress() == SaveProgress::Failed},
                   width);
        ImGui::SetCursorPos(ImVec2(x, ImGui::GetCursorPosY() + gap - ImGui::GetStyle().ItemSpacing.y));
    }

    // The heading stays in this column (a new line would start it at the window's left).
    ImGui::SetCursorPosX(x);
    ImGui::PushFont(bold);
    ImGui::PushTextWrapPos(x + width);
    ImGui::TextWrapped("%s", m_pageKind == exporting::ReaderPage::Summary ? "Save your summary" : "Save this page");
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(x, ImGui::GetCursorPosY() + gap * 0.3f));

    const float tileWidth = (width - (columns - 1) * gap) / columns;
    const float tileHeight = ui.em(4.4f);
    const float top = ImGui::GetCursorPosY();
    const auto& choices = summarySaveChoices(m_pageKind);
    const bool working = m_saver.progress() == SaveProgress::Working;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const SummarySaveChoice& choice = choices[i];
        const int row = static_cast<int>(i) / columns;
        const int col = static_cast<int>(i) % columns;
        ImGui::SetCursorPos(ImVec2(x + col * (tileWidth + gap), top + row * (tileHeight + gap)));
        TileContent content = buttonContent(choice.id, choice.label, choice.symbol);
        content.spoken = choice.spoken;
        content.enabled = !working && m_job != nullptr;
        if (tile(ui, content, ImVec2(tileWidth, tileHeight), PictureSide::Top) && m_job) {
            const core::Settings& settings = app.settings();
            Window* window = &ui.window;
            m_saver.start(m_job, choice, summarySaveFolder(m_job->personFolder),
                          {settings.voice, settings.speechWordsPerMinute, settings.speechPitch, settings.speechVolume},
                          [window] {
                              SDL_Event event{};
                              event.type = SDL_USEREVENT;
                              window->pushEvent(event);
                          });
        }
    }
    const int rows = static_cast<int>((choices.size() + columns - 1) / columns);
    ImGui::SetCursorPos(ImVec2(x, top + rows * (tileHeight + gap)));
}

} // namespace rightjob::ui
