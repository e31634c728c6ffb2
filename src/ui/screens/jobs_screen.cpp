#include "ui/screens/jobs_screen.h"

#include "ui/app.h"
#include "ui/widgets/tile.h"

namespace rightjob::ui {

namespace {

constexpr std::size_t kJobsShown = 10;

// Wrapped lines in one colour, each with room around it.
void lines(UiContext& ui, const std::vector<core::MatchNote>& notes, const std::string& start, Color colour)
{
    for (const auto& note : notes) {
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(colour));
        wrappedText(ui, start + note.text);
        ImGui::PopStyleColor();
    }
}

} // namespace

void JobsScreen::refresh(App& app)
{
    core::OpenProfile* open = app.openProfile();
    const core::JobCatalogue* catalogue = app.jobCatalogue();
    if (!open || !catalogue || !app.matchWeights())
        return;
    if (m_profileId != open->profile().id || m_revision != open->document().revision()) {
        // The cache holds the vacancies as vectors already; it speaks the
        // vocational profile layout's words, so others match directly.
        core::MatchCache* cache = app.matchCache();
        if (cache && cache->layout().id == open->layout().id)
            m_results = cache->matchPerson(open->profile(), kJobsShown);
        else
            m_results = core::matchPerson(open->profile(), open->layout(), *catalogue, app.vacancies(),
                                          *app.matchWeights(), kJobsShown);
        m_readiness = core::matchReadiness(open->profile(), open->layout(), *app.matchWeights());
        m_profileId = open->profile().id;
        m_revision = open->document().revision();
    }
}

std::string JobsScreen::title(const core::MatchWeights* weights, const core::Profile& profile) const
{
    const std::string name = profile.person.shownName();
    if (!weights || m_profileId != profile.id) // the list cannot be made
        return "Jobs for " + name;
    return core::matchListTitle(core::matchListKind(m_readiness, m_results), name, *weights);
}

void JobsScreen::draw(App& app, UiContext& ui)
{
    core::OpenProfile* open = app.openProfile();
    if (!open)
        return;
    const core::JobCatalogue* catalogue = app.jobCatalogue();
    if (!catalogue) {
        ImGui::TextWrapped("The list of jobs cannot be read. %s", app.jobCatalogueProblem().c_str());
        return;
    }
    refresh(app);
    const float width = std::min(ImGui::GetContentRegionAvail().x, ui.em(40.0f));

    // What the list is, in big words.
    ImGui::PushFont(ui.window.boldFont());
    wrappedText(ui, core::matchListHeading(m_readiness, m_results, *app.matchWeights()));
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, ui.em(0.5f)));

    if (!m_readiness.enough) {
        // As clear as a list of jobs: a card for each part to do next.
        std::string toOpen;
        for (const std::string& sectionId : m_readiness.sectionsToDo) {
            const core::SectionDefinition* section = open->layout().findSection(sectionId);
            if (!section)
                continue;
            TileContent next;
            next.id = "do-next:" + sectionId;
            next.label = section->title;
            next.detail = "Do this part next.";
            next.spoken = "Next, do this part: " + section->title + ".";
            next.symbol = section->symbol;
            next.role = TargetRole::Button;
            next.style = TileStyle::Accent;
            if (tile(ui, next, ImVec2(width, ui.em(4.2f)), PictureSide::Left))
                toOpen = sectionId;
            ImGui::Dummy(ImVec2(0, ui.em(0.4f)));
        }
        if (!toOpen.empty())
            app.openSection(toOpen);
        return;
    }
    if (m_results.empty()) {
        ImGui::TextWrapped("Answer some cards first. Then Right Job can find good jobs.");
        return;
    }
    for (const auto& result : m_results)
        drawResult(app, ui, result, width);
}

void JobsScreen::drawResult(App& app, UiContext& ui, const core::MatchResult& result, float width)
{
    core::ProfileDocument& document = app.openProfile()->document();
    const float gap = ui.em(0.5f);
    TileContent job;
    job.id = "job:" + result.id;
    job.label = result.title;
    job.detail = core::matchStandingWords(result);
    job.spoken = result.title + ". " + job.detail;
    for (const auto& note : result.warnings)
        job.spoken += " " + note.text;
    for (const auto& note : result.reasons)
        job.spoken += " " + note.text;
    if (result.carving)
        job.spoken += " " + result.carving->sentence;
    job.symbol = result.symbol;
    job.role = TargetRole::Card;
    // A carved job stands out as much as a good one: it is a real offer.
    job.style = result.carved ? TileStyle::Accent : TileStyle::Card;
    tile(ui, job, ImVec2(width, ui.em(4.2f)), PictureSide::Left);

    ImGui::Indent(ui.em(1.0f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ui.em(1.0f));
    for (const auto& note : result.warnings) {
        const bool disagree = note.kind == core::NoteKind::Disagree;
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ui.theme().danger));
        if (!disagree)
            ImGui::PushFont(ui.window.boldFont());
        wrappedText(ui, (disagree ? "" : "Warning: ") + note.text);
        if (!disagree)
            ImGui::PopFont();
        ImGui::PopStyleColor();
    }
    lines(ui, result.reasons, "", ui.theme().text);
    lines(ui, result.thinkAbout, "Think about this: ", ui.theme().text);
    if (result.carving) {
        if (!result.carved) {
            ImGui::PushFont(ui.window.boldFont());
            wrappedText(ui, app.matchWeights()->carvedIntroSentence);
            ImGui::PopFont();
        }
        for (const auto& sentence : result.carving->sentences)
            wrappedText(ui, sentence);
    }
    ImGui::PopTextWrapPos();

    const bool asked = !document.tasterFor(result.title).empty();
    TileContent tryIt;
    tryIt.id = "try:" + result.id;
    tryIt.label = asked ? "On your list to try" : "I would like to try this";
    tryIt.spoken = asked ? result.title + " is on your list to try." : "I would like to try " + result.title + ".";
    tryIt.symbol = asked ? "check-mark-button" : "raised-hand";
    tryIt.role = TargetRole::Button;
    tryIt.style = asked ? TileStyle::Accent : TileStyle::Card;
    if (tile(ui, tryIt, ImVec2(std::min(width - ui.em(1.0f), ui.em(16.0f)), ui.em(2.8f)), PictureSide::Left) && !asked)
        document.wantToTry(result.title, result.symbol);
    ImGui::Unindent(ui.em(1.0f));
    ImGui::Dummy(ImVec2(0, gap * 2));
}

} // namespace rightjob::ui
