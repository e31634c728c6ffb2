// The summary screen's choices, before its page: who the page is for, which
// page, and on the one-page profile what goes on it. Each choice is a tile
// with a picture that says its words; the page below is made again for the
// choice, so the preview is what that reader will see.
//
// [SECTION] Who it is for, and which page
// [SECTION] What goes on the one-page profile

#include "ui/screens/summary_screen.h"

#include "core/profile/profile_document.h"
#include "ui/app.h"
#include "ui/widgets/tile.h"

#include <algorithm>

namespace rightjob::ui {

namespace {

// A page the person can choose, as its tile shows it.
struct PageChoice {
    exporting::ReaderPage page;
    const char* id;
    const char* label;
    const char* spoken;
    const char* symbol;
};

constexpr PageChoice kPageChoices[] = {
    {exporting::ReaderPage::Summary, "page:summary", "All about me", "All about me and work. The whole summary.",
     "bookmark-tabs"},
    {exporting::ReaderPage::OnePage, "page:one-page", "One page", "My one-page profile.", "page-facing-up"},
    {exporting::ReaderPage::Introduction, "page:introduction", "Introduction", "An introduction for an employer.",
     "briefcase"},
    {exporting::ReaderPage::QuickGuide, "page:quick-guide", "Quick guide", "If you only have a little time.",
     "stopwatch"},
};

// Tiles in a row of columns, each the same size; returns the index chosen.
template <typename Content>
std::optional<std::size_t> tileRow(UiContext& ui, const std::vector<Content>& contents, float width, float height)
{
    const float gap = ui.em(0.5f);
    const int columns = std::max(1, std::min(static_cast<int>(contents.size()), columnsFor(width, ui.em(7.5f), gap)));
    const float tileWidth = (width - (columns - 1) * gap) / columns;
    const float x = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    std::optional<std::size_t> chosen;
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const int row = static_cast<int>(i) / columns;
        const int col = static_cast<int>(i) % columns;
        ImGui::SetCursorPos(ImVec2(x + col * (tileWidth + gap), top + row * (height + gap)));
        if (tile(ui, contents[i], ImVec2(tileWidth, height), PictureSide::Left))
            chosen = i;
    }
    const int rows = static_cast<int>((contents.size() + columns - 1) / columns);
    ImGui::SetCursorPos(ImVec2(x, top + rows * (height + gap)));
    return chosen;
}

void heading(UiContext& ui, const char* words)
{
    ImGui::PushFont(ui.window.boldFont() ? ui.window.boldFont() : ImGui::GetFont());
    ImGui::TextUnformatted(words);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.em(0.1f)));
}

} // namespace

// [SECTION] Who it is for, and which page

void SummaryScreen::drawReaderAndPage(App& app, UiContext& ui, float width)
{
    heading(ui, "Who is it for?");
    std::vector<TileContent> readers;
    const core::Reader readerOrder[] = {core::Reader::Me, core::Reader::Team, core::Reader::Employer};
    for (core::Reader reader : readerOrder) {
        const core::ReaderWords words = core::readerWords(reader);
        TileContent content;
        content.id = std::string("reader:") + core::readerName(reader);
        content.label = words.label;
        content.spoken = words.spoken;
        content.symbol = words.symbol;
        content.role = TargetRole::Toggle;
        content.style = reader == m_reader ? TileStyle::Accent : TileStyle::Card;
        readers.push_back(std::move(content));
    }
    if (const auto chosen = tileRow(ui, readers, width, ui.em(2.5f)); chosen && readerOrder[*chosen] != m_reader) {
        m_reader = readerOrder[*chosen];
        m_choiceMessage.clear();
        open(app);
    }

    heading(ui, "Which page?");
    std::vector<TileContent> pages;
    for (const PageChoice& choice : kPageChoices) {
        TileContent content = buttonContent(choice.id, choice.label, choice.symbol);
        content.spoken = choice.spoken;
        content.role = TargetRole::Toggle;
        content.style = choice.page == m_pageKind ? TileStyle::Accent : TileStyle::Card;
        pages.push_back(std::move(content));
    }
    if (const auto chosen = tileRow(ui, pages, width, ui.em(2.5f)); chosen && kPageChoices[*chosen].page != m_pageKind) {
        m_pageKind = kPageChoices[*chosen].page;
        m_choosingItems = false;
        m_choiceMessage.clear();
        open(app);
    }
}

// [SECTION] What goes on the one-page profile

void SummaryScreen::drawOnePageChoice(App& app, UiContext& ui, float width)
{
    TileContent choose = buttonContent("choose-one-page", m_choosingItems ? "Done choosing" : "Choose what goes on it",
                                       m_choosingItems ? "check-mark-button" : "pencil");
    choose.spoken = m_choosingItems ? "I have chosen. Show me the page." : "Choose what goes on my one-page profile.";
    choose.style = m_choosingItems ? TileStyle::Accent : TileStyle::Card;
    if (tile(ui, choose, ImVec2(std::min(width, ui.em(16.0f)), ui.em(3.0f)), PictureSide::Left)) {
        m_choosingItems = !m_choosingItems;
        m_choiceMessage.clear();
    }
    ImGui::Dummy(ImVec2(0, ui.em(0.3f)));
    if (!m_choiceMessage.empty()) {
        TileContent message = buttonContent("one-page-message", m_choiceMessage, "warning");
        message.style = TileStyle::Danger;
        if (tile(ui, message, ImVec2(width, ui.em(3.0f)), PictureSide::Left))
            m_choiceMessage.clear();
        ImGui::Dummy(ImVec2(0, ui.em(0.3f)));
    }
    if (!m_choosingItems)
        return;
    if (m_candidates.empty()) {
        heading(ui, "There is nothing to choose yet.");
        return;
    }
    const core::PageWords& words = m_job->pageWords;
    std::optional<std::string> tapped;
    for (std::size_t headingIndex = 0; headingIndex < words.onePageHeadings.size(); ++headingIndex) {
        heading(ui, words.onePageHeadings[headingIndex].heading.c_str());
        std::vector<TileContent> items;
        std::vector<std::string> keys;
        for (const core::OnePageItem& item : m_candidates) {
            if (item.heading != headingIndex)
                continue;
            const bool onPage = std::find(m_onPage.begin(), m_onPage.end(), item.cardKey) != m_onPage.end();
            TileContent content;
            content.id = "one-page:" + item.cardKey;
            content.label = item.line.text;
            content.detail = onPage ? "On the page" : "Not on the page";
            content.spoken = item.line.text + (onPage ? " This is on the page." : " This is not on the page.");
            content.symbol = item.line.picture.symbol;
            if (item.line.picture.kind == core::PictureKind::Photo)
                content.photoPath = m_job->personFolder + "/" + item.line.picture.photo;
            content.role = TargetRole::Toggle;
            content.style = onPage ? TileStyle::Accent : TileStyle::Card;
            items.push_back(std::move(content));
            keys.push_back(item.cardKey);
        }
        if (const auto chosen = tileRow(ui, items, width, ui.em(3.6f)))
            tapped = keys[*chosen];
    }
    ImGui::Dummy(ImVec2(0, ui.em(0.5f)));
    if (tapped)
        toggleOnePageItem(app, ui, *tapped);
}

void SummaryScreen::toggleOnePageItem(App& app, UiContext& ui, const std::string& cardKey)
{
    core::OpenProfile* profile = app.openProfile();
    if (!profile || !m_job)
        return;
    // The saved choice, which may hold lines this reader does not see: they stay.
    const core::OnePageChoice& saved = profile->profile().onePage;
    std::vector<std::string> items = saved.chosen ? saved.items : m_onPage;
    const auto found = std::find(items.begin(), items.end(), cardKey);
    if (found == items.end()) {
        items.push_back(cardKey);
        // Only what fits whole goes on: the page is never cut short.
        const core::SummaryDocument tried = exporting::readerDocument(*m_job, exporting::ReaderPage::OnePage, m_reader, &items);
        std::size_t onTried = 0;
        for (std::size_t p = 1; p < tried.parts.size(); ++p)
            onTried += tried.parts[p].lines.size();
        if (onTried < m_onPage.size() + 1) {
            m_choiceMessage = "The page is full. Take something off first.";
            ui.say(m_choiceMessage, "one-page-message");
            return;
        }
    } else {
        items.erase(found);
    }
    m_choiceMessage.clear();
    profile->document().setOnePageItems(items);
    ui.playCue(SoundCue::AnswerPlaced);
    open(app);
}

} // namespace rightjob::ui
