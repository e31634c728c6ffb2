// `rightjob bench [--short] [--json] [--out FILE]`: the speed figures, each
// with its target, as a median and 95th percentile over repeated runs, and
// where the same machine gives a natural baseline, that too and the ratio
// (shared machines drift, ratios drift less). --out writes the JSON to FILE
// and still prints the table, so one run serves people and machines.
//
// `rightjob bench --only PART [--runs N]` runs one part with no threads or
// I/O (match_person, match_vacancy, their _cached forms through a filled
// MatchCache, symbol_search, summary_text) N times and nothing else, for
// scripts/callgrind.sh to count its instructions; or one
// frame figure (frame_section, frame_symbols) over N frames, to profile it;
// or the caseload figures (caseload: the people screen and one vacancy with
// 1,000 people on disk, merging two 10,000-card histories), N runs each.
//
// [SECTION] Figures and how they are printed
// [SECTION] Generated data
// [SECTION] The window: start, frames, idle
// [SECTION] Speech, search, matching, storage, summary
// [SECTION] The caseload: 1,000 people on disk, and merging
// [SECTION] The command

#include "app/command_support.h"
#include "app/commands.h"
#include "core/base/asset_paths.h"
#include "core/storage/caseload_index.h"
#include "core/jobs/job_matching.h"
#include "core/profile/profile_json.h"
#include "core/profile/profile_merge.h"
#include "core/summary/summary.h"
#include "core/pictures/symbol_index.h"
#include "core/jobs/vacancy.h"
#include "export/export_job.h"
#include "speech/synthesizer.h"
#include "ui/app.h"

#include <nlohmann/json.hpp>

#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace rightjob::app {

namespace {

// [SECTION] Figures and how they are printed

struct Figure {
    Figure(std::string id, std::string what, std::string unit, double target)
        : id(std::move(id)), what(std::move(what)), unit(std::move(unit)), target(target)
    {
    }

    std::string id;
    std::string what;
    std::string unit; // "ms", "% of a core", "MB"
    double target = 0; // the figure should be below this
    std::vector<double> samples;
    std::vector<double> baselineSamples; // empty when there is no baseline
    std::string baselineWhat;
    std::vector<double> partSamples; // a part of each sample, shown beside it; may be empty
    std::string partWhat;
    std::string note;

    static double percentile(std::vector<double> values, double share)
    {
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        const std::size_t index = std::min(values.size() - 1, static_cast<std::size_t>(share * (values.size() - 1) + 0.5));
        return values[index];
    }
    double median() const { return percentile(samples, 0.5); }
    double p95() const { return percentile(samples, 0.95); }
    bool meetsTarget() const { return p95() < target; }
};

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this thread in ms: frames are drawn on one thread, so this
// leaves out whatever else the machine is doing.
double threadCpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

double processCpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double peakMemoryMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// Times a function over runs, in ms of wall time each.
std::vector<double> timeRuns(int runs, const std::function<void()>& work)
{
    std::vector<double> samples;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        work();
        samples.push_back(millisecondsSince(start));
    }
    return samples;
}

void printFigures(const std::vector<Figure>& figures)
{
    std::printf("%-58s %10s %10s %10s  %s\n", "figure", "median", "p95", "target", "");
    for (const auto& figure : figures) {
        std::printf("%-58s %10.3f %10.3f %10.3f  %s %s\n", figure.what.c_str(), figure.median(), figure.p95(),
                    figure.target, figure.unit.c_str(), figure.meetsTarget() ? "meets target" : "MISSES TARGET");
        if (!figure.baselineSamples.empty()) {
            const double baseline = Figure::percentile(figure.baselineSamples, 0.5);
            std::printf("    baseline, %s: median %.3f %s; ratio %.4f\n", figure.baselineWhat.c_str(), baseline,
                        figure.unit.c_str(), baseline > 0 ? figure.median() / baseline : 0.0);
        }
        if (!figure.partSamples.empty())
            std::printf("    of which %s: median %.3f, p95 %.3f %s\n", figure.partWhat.c_str(),
                        Figure::percentile(figure.partSamples, 0.5), Figure::percentile(figure.partSamples, 0.95),
                        figure.unit.c_str());
        if (!figure.note.empty())
            std::printf("    %s\n", figure.note.c_str());
    }
}

nlohmann::ordered_json figuresJson(const std::vector<Figure>& figures, bool shortMode)
{
    nlohmann::ordered_json root;
    root["program"] = std::string("rightjob ") + RIGHTJOB_VERSION;
    root["mode"] = shortMode ? "short" : "full";
    root["cores"] = static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
    root["figures"] = nlohmann::ordered_json::array();
    for (const auto& figure : figures) {
        nlohmann::ordered_json item;
        item["id"] = figure.id;
        item["what"] = figure.what;
        item["unit"] = figure.unit;
        item["target"] = figure.target;
        item["median"] = figure.median();
        item["p95"] = figure.p95();
        item["runs"] = figure.samples.size();
        item["meets_target"] = figure.meetsTarget();
        if (!figure.baselineSamples.empty()) {
            const double baseline = Figure::percentile(figure.baselineSamples, 0.5);
            item["baseline"] = {{"what", figure.baselineWhat}, {"median", baseline},
                                {"ratio", baseline > 0 ? figure.median() / baseline : 0.0}};
        }
        if (!figure.partSamples.empty())
            item["part"] = {{"what", figure.partWhat}, {"median", Figure::percentile(figure.partSamples, 0.5)},
                            {"p95", Figure::percentile(figure.partSamples, 0.95)}};
        if (!figure.note.empty())
            item["note"] = figure.note;
        root["figures"].push_back(item);
    }
    return root;
}

// [SECTION] Generated data

struct BenchData {
    std::string folder; // a data folder made for the run, removed at the end
    core::LayoutLibrary layouts{{}};
    const core::Layout* layout = nullptr;
    core::Profile demo;
    std::unique_ptr<core::SymbolIndex> symbols;

    ~BenchData()
    {
        std::error_code error;
        if (!folder.empty())
            std::filesystem::remove_all(folder, error);
    }
};

// The demo person with extra cards of their own in "likes", each with a
// different symbol, so a section has `count` cards or more.
core::Profile profileWithCards(const BenchData& data, int count, const std::string& id)
{
    core::Profile profile = data.demo;
    profile.id = id;
    profile.isDemo = false;
    const auto& symbols = data.symbols->symbols();
    for (int i = 0; i < count; ++i) {
        core::OwnCard card;
        card.section = "likes";
        card.id = "own-" + std::to_string(i + 100);
        card.label = "Card " + std::to_string(i + 1);
        card.symbol = symbols[static_cast<std::size_t>(i) % symbols.size()].id;
        card.addedBy = "person";
        card.addedAt = "2026-10-05T10:00:00Z";
        profile.ownCards.push_back(card);
    }
    return profile;
}

std::string installProfile(const BenchData& data, const core::Profile& profile)
{
    core::ProfileFile file(data.folder + "/people/" + profile.id + "/profile.json");
    core::realFileSystem().makeFolders(file.folder());
    file.save(profile);
    return file.path();
}

// [SECTION] The window: start, frames, idle

std::string rendererName(ui::Window& window)
{
    SDL_RendererInfo info{};
    SDL_GetRendererInfo(window.sdlRenderer(), &info);
    return info.name ? info.name : "unknown";
}

// Which renderer drew the pixels, and under which video driver: a frame
// figure means little without it.
std::string drawnBy(ui::Window& window)
{
    const std::string renderer = rendererName(window);
    std::string text = "pixels drawn by SDL's " + renderer + " renderer under the " + SDL_GetCurrentVideoDriver()
                       + " video driver";
    if (renderer == "software")
        text += " (on the CPU, one thread, no GPU)";
    return text;
}

// What the window handed SDL for the last frame (ui/platform/draw_data_renderer.h).
std::string drawnAs(const ui::Window& window)
{
    const ui::DrawCounts& counts = window.drawCounts();
    return "the last frame as " + std::to_string(counts.filledRectangles) + " fills, " + std::to_string(counts.copies)
           + " copies (letters, pictures), " + std::to_string(counts.convexShapes) + " convex shapes and "
           + std::to_string(counts.triangles) + " triangles";
}

void drawFrame(ui::Window& window, ui::App& app)
{
    window.processEvents(ui::WaitPolicy::noWait());
    window.beginFrame();
    app.drawFrame();
    window.endFrame();
}

Figure measureStart(const BenchData& data, int runs)
{
    Figure figure{"start_to_first_frame", "Start to first frame drawn (headless, warm disk)", "ms", 300};
    char self[4096] = {};
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        figure.note = "not measured: the program's own path is unknown";
        return figure;
    }
    for (int run = 0; run < runs + 1; ++run) {
        const auto start = Clock::now();
        const pid_t child = ::fork();
        if (child == 0) {
            ::execl(self, self, "bench", "--first-frame-only", data.folder.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        int status = 0;
        ::waitpid(child, &status, 0);
        const double ms = millisecondsSince(start);
        if (run > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0) // the first run warms the disk
            figure.samples.push_back(ms);
    }
    return figure;
}

int firstFrameOnly(const std::string& dataFolder)
{
    bool ok = false;
    const core::LayoutLibrary layouts = loadLayoutsOrExplain(ok);
    if (!ok)
        return kInputProblem;
    ui::WindowOptions options;
    options.mode = ui::WindowMode::Headless;
    ui::Window window(options);
    ui::App app(window, layouts, ui::AppOptions{dataFolder, core::SaveMode::NeverSave, ui::SpeechOutput::Silent});
    drawFrame(window, app);
    return kSuccess;
}

Figure measureSectionFrames(const BenchData& data, int frames)
{
    Figure figure{"frame_section_100_cards", "CPU to build and draw a frame, section of 100 cards, 1280x800", "ms", 4};
    const core::Profile profile = profileWithCards(data, 100 - 25, "bench-frames");
    const std::string path = installProfile(data, profile);
    ui::WindowOptions options;
    options.mode = ui::WindowMode::Headless;
    ui::Window window(options);
    ui::App app(window, data.layouts, ui::AppOptions{data.folder, core::SaveMode::NeverSave, ui::SpeechOutput::Silent});
    app.openProfileFile(path);
    app.openSection("likes");
    app.showSectionGrid();
    for (int i = 0; i < 10; ++i) // pictures load and layout settles first
        drawFrame(window, app);
    std::vector<double> building;
    for (int i = 0; i < frames; ++i) {
        window.processEvents(ui::WaitPolicy::noWait());
        const double start = threadCpuMilliseconds();
        window.beginFrame();
        app.drawFrame();
        building.push_back(threadCpuMilliseconds() - start);
        window.endFrame();
        figure.samples.push_back(threadCpuMilliseconds() - start);
    }
    figure.partWhat = "building the frame with ImGui (no pixels)";
    figure.partSamples = building;
    figure.note = std::to_string(core::sectionCards(*data.layout, profile, "likes").size()) + " cards in the section; "
                  + drawnBy(window) + "; " + drawnAs(window);
    return figure;
}

Figure measureScrollingSymbols(const BenchData& data, int frames)
{
    Figure figure{"frame_600_symbols_scrolling", "The same, 600 symbols in a scrolling grid (once loaded)", "ms", 8};
    const core::Profile profile = profileWithCards(data, 600, "bench-symbols");
    const std::string path = installProfile(data, profile);
    ui::WindowOptions options;
    options.mode = ui::WindowMode::Headless;
    ui::Window window(options);
    ui::App app(window, data.layouts, ui::AppOptions{data.folder, core::SaveMode::NeverSave, ui::SpeechOutput::Silent});
    app.openProfileFile(path);
    app.openSection("likes");
    app.showSectionGrid();
    const auto wheel = [&](int notches) {
        window.injectPointerMove(640, 500);
        SDL_Event event{};
        event.type = SDL_MOUSEWHEEL;
        event.wheel.windowID = SDL_GetWindowID(window.sdlWindow());
        event.wheel.y = notches;
        event.wheel.preciseY = static_cast<float>(notches);
        window.pushEvent(event);
    };
    // A first pass loads the pictures; the second, scrolling back, is measured.
    for (int i = 0; i < frames; ++i) {
        wheel(-1);
        drawFrame(window, app);
    }
    std::vector<double> building;
    for (int i = 0; i < frames; ++i) {
        wheel(1);
        window.processEvents(ui::WaitPolicy::noWait());
        const double start = threadCpuMilliseconds();
        window.beginFrame();
        app.drawFrame();
        building.push_back(threadCpuMilliseconds() - start);
        window.endFrame();
        figure.samples.push_back(threadCpuMilliseconds() - start);
    }
    figure.partWhat = "building the frame with ImGui (no pixels)";
    figure.partSamples = building;
    figure.note = drawnBy(window) + "; " + drawnAs(window) + "; picture memory in use: " + std::to_string(app.pictures().bytesInUse() / (1024 * 1024))
                  + " MB of " + std::to_string(app.pictures().byteLimit() / (1024 * 1024)) + " MB";
    return figure;
}

Figure measureIdle(const BenchData& data, int seconds)
{
    Figure figure{"idle_cpu", "CPU used while idle", "% of a core", 1};
    ui::WindowOptions options;
    options.mode = ui::WindowMode::Headless;
    ui::Window window(options);
    ui::App app(window, data.layouts, ui::AppOptions{data.folder, core::SaveMode::NeverSave, ui::SpeechOutput::Silent});
    for (int i = 0; i < 5; ++i)
        drawFrame(window, app);
    const double limit = seconds * 1000.0;
    const auto measure = [&](const std::function<void(double leftMilliseconds)>& loopOnce) {
        const double cpuStart = processCpuMilliseconds();
        const auto start = Clock::now();
        while (millisecondsSince(start) < limit)
            loopOnce(limit - millisecondsSince(start));
        return 100.0 * (processCpuMilliseconds() - cpuStart) / millisecondsSince(start);
    };
    // The program's own loop, as `rightjob` runs it: it sleeps until an
    // event or a frame it owes; the time left only ends the measurement.
    const std::uint64_t framesBefore = window.framesDrawn();
    const std::uint64_t wakeUpsBefore = window.wakeUps();
    figure.samples.push_back(measure([&](double left) {
        const auto wait = std::chrono::milliseconds(static_cast<long long>(std::ceil(left)));
        window.runLoopOnce(ui::WaitPolicy::atMost(wait), [&] { app.drawFrame(); });
    }));
    const std::uint64_t frames = window.framesDrawn() - framesBefore;
    const std::uint64_t wakeUps = window.wakeUps() - wakeUpsBefore;
    // The baseline: a naive loop that redraws at 60 frames a second.
    figure.baselineWhat = "a loop that redraws every 16 ms";
    figure.baselineSamples.push_back(measure([&](double) {
        drawFrame(window, app);
        SDL_Delay(16);
    }));
    figure.note = std::string("over ") + std::to_string(seconds) + " s with the " + SDL_GetCurrentVideoDriver()
                  + " video driver: " + std::to_string(frames) + " frames drawn, " + std::to_string(wakeUps)
                  + " wake-ups";
    return figure;
}

// [SECTION] Speech, search, matching, storage, summary

Figure measureSpeech(int runs)
{
    Figure figure{"speech_first_sample", "Tap to first speech sample ready, five-word card", "ms", 30};
    const std::string words = "I like working with animals.";
    speech::Synthesizer synthesizer;
    speech::measureFirstSampleMilliseconds(synthesizer, words); // warm
    for (int run = 0; run < runs; ++run)
        figure.samples.push_back(speech::measureFirstSampleMilliseconds(synthesizer, words));
    // The baseline: the espeak-ng command saying the same words to nowhere.
    if (std::system("command -v espeak-ng >/dev/null 2>&1") == 0) {
        figure.baselineWhat = "the espeak-ng command, whole run";
        figure.baselineSamples = timeRuns(std::max(3, runs / 10), [&] {
            if (std::system(("espeak-ng -v en-gb --stdout \"" + words + "\" >/dev/null 2>&1").c_str()) != 0)
                figure.note = "the espeak-ng command failed";
        });
    }
    return figure;
}

Figure measureSearch(const BenchData& data, int runs)
{
    Figure figure{"symbol_search", "Symbol search over the whole manifest", "ms", 1};
    const std::vector<std::string> queries = {"dog", "cooking", "happy face", "bus", "shop", "cleaning", "music",
                                              "people", "a", "thumbs up"};
    std::size_t found = 0;
    for (int run = 0; run < runs; ++run)
        for (const auto& query : queries) {
            const auto start = Clock::now();
            found += data.symbols->search(query, 60).size();
            figure.samples.push_back(millisecondsSince(start));
        }
    figure.baselineWhat = "a linear scan of every symbol";
    for (int run = 0; run < std::max(1, runs / 20); ++run)
        for (const auto& query : queries) {
            const auto start = Clock::now();
            found += data.symbols->linearSearchBaseline(query, 60).size();
            figure.baselineSamples.push_back(millisecondsSince(start));
        }
    figure.note = std::to_string(data.symbols->size()) + " symbols; " + std::to_string(found) + " hits in all";
    return figure;
}

std::vector<core::Vacancy> makeVacancies(const core::JobCatalogue& catalogue, int count, std::mt19937& random)
{
    std::vector<core::Vacancy> vacancies;
    for (int i = 0; i < count; ++i) {
        const core::Job& job = catalogue.jobs[random() % catalogue.jobs.size()];
        core::Vacancy vacancy;
        vacancy.id = "vacancy-" + std::to_string(i);
        vacancy.title = job.title;
        vacancy.symbol = job.symbol;
        vacancy.hoursPerWeek = 16;
        vacancy.tasks = {"Task one", "Task two"};
        vacancy.uses = job.uses;
        for (const auto& quality : job.qualities)
            vacancy.qualities.push_back({quality.card, static_cast<core::QualityLevel>(random() % 4), ""});
        vacancies.push_back(vacancy);
    }
    return vacancies;
}

// The catalogue, 10,000 vacancies and 1,000 people (the demo person with
// about half the cards answered again at random), the same on every run.
struct MatchingData {
    core::JobCatalogue catalogue;
    core::MatchWeights weights;
    std::vector<core::Vacancy> vacancies;
    std::vector<core::Profile> people;
};

MatchingData makeMatchingData(const BenchData& data)
{
    MatchingData matching;
    matching.catalogue = core::loadJobCatalogue(core::assetPath("assets/jobs/catalogue.json"));
    matching.weights = core::loadMatchWeights(core::assetPath("assets/jobs/weights.json"));
    std::mt19937 random(20261123);
    matching.vacancies = makeVacancies(matching.catalogue, 10000, random);
    std::vector<std::string> keys;
    for (const auto& section : data.layout->sections)
        if (section.id == "likes" || section.id == "good_at" || section.id == "places")
            for (const auto& card : section.cards)
                keys.push_back(core::cardKey(section.id, card.id));
    for (int i = 0; i < 1000; ++i) {
        core::Profile person = data.demo;
        person.id = "person-" + std::to_string(i);
        for (const auto& key : keys)
            if (random() % 2)
                person.cards[key].answers.push_back(
                    {static_cast<core::AnswerValue>(random() % 3), "person", "2026-11-01T10:00:00Z", ""});
        matching.people.push_back(std::move(person));
    }
    return matching;
}

std::size_t matchOnePerson(const BenchData& data, const MatchingData& matching)
{
    return core::matchPerson(data.demo, *data.layout, matching.catalogue, matching.vacancies, matching.weights, 50).size();
}

std::size_t matchOneVacancy(const BenchData& data, const MatchingData& matching)
{
    return core::matchVacancy(matching.vacancies.front(), matching.people, *data.layout, matching.catalogue,
                              matching.weights, 50)
        .size();
}

// The people and vacancies moved into a MatchCache, as the program holds
// them (App::matchCache): each person's answer vector made once. The people
// and vacancies leave matching.
std::unique_ptr<core::MatchCache> fillMatchCache(const BenchData& data, MatchingData& matching)
{
    auto cache = std::make_unique<core::MatchCache>(*data.layout, matching.catalogue, matching.weights);
    cache->setVacancies(std::move(matching.vacancies));
    matching.vacancies.clear();
    for (auto& person : matching.people)
        cache->holdPerson(std::move(person), 1);
    matching.people.clear();
    return cache;
}

std::size_t matchOnePersonCached(const BenchData& data, core::MatchCache& cache)
{
    return cache.matchPerson(data.demo, 50).size();
}

std::size_t matchOneVacancyCached(core::MatchCache& cache)
{
    return cache.matchVacancy(cache.vacancies().front(), 50).size();
}

// Times a function over runs, in ms of this thread's CPU time each.
std::vector<double> cpuRuns(int runs, const std::function<void()>& work)
{
    std::vector<double> samples;
    for (int run = 0; run < runs; ++run) {
        const double start = threadCpuMilliseconds();
        work();
        samples.push_back(threadCpuMilliseconds() - start);
    }
    return samples;
}

// Both figures are wall time of matching alone, with the people, vacancies
// and catalogue already in memory (loading them from disk is not counted),
// held in a MatchCache as the program holds them; filling that cache once is
// in the note. The baseline is the same work through matchPerson and
// matchVacancy with no cache, which read every profile's card map each time.
std::vector<Figure> measureMatching(const BenchData& data, int runs)
{
    MatchingData matching = makeMatchingData(data);
    std::size_t sink = 0;
    Figure person{"match_person_10000_vacancies", "One person against 10,000 vacancies (best 50 explained)", "ms", 10};
    Figure vacancy{"match_vacancy_1000_people", "One vacancy against 1,000 people (best 50 explained)", "ms", 10};
    person.baselineWhat = vacancy.baselineWhat = "the same with no cache";
    matchOnePerson(data, matching); // warm
    person.baselineSamples = timeRuns(runs, [&] { sink += matchOnePerson(data, matching); });
    matchOneVacancy(data, matching);
    vacancy.baselineSamples = timeRuns(runs, [&] { sink += matchOneVacancy(data, matching); });

    const auto fillStart = Clock::now();
    const std::unique_ptr<core::MatchCache> cache = fillMatchCache(data, matching);
    const double fill = millisecondsSince(fillStart);
    person.partWhat = vacancy.partWhat = "CPU time of the thread";
    matchOnePersonCached(data, *cache); // warm
    person.samples = timeRuns(runs, [&] { sink += matchOnePersonCached(data, *cache); });
    person.partSamples = cpuRuns(runs, [&] { sink += matchOnePersonCached(data, *cache); });
    matchOneVacancyCached(*cache);
    vacancy.samples = timeRuns(runs, [&] { sink += matchOneVacancyCached(*cache); });
    vacancy.partSamples = cpuRuns(runs, [&] { sink += matchOneVacancyCached(*cache); });
    char fillText[32];
    std::snprintf(fillText, sizeof fillText, "%.1f ms", fill);
    person.note = "plus the " + std::to_string(matching.catalogue.jobs.size())
                  + " catalogue jobs; all in memory, loading not counted; " + std::to_string(sink) + " results in all";
    vacancy.note = std::string("all in memory, loading not counted; filling the cache once (1,000 answer vectors, ")
                   + "10,000 vacancies) took " + fillText;
    return {person, vacancy};
}

std::vector<Figure> measureStorage(const BenchData& data, int runs)
{
    Figure save{"save_after_change", "Save after one change, typical profile (with fsync)", "ms", 20};
    const std::string path = installProfile(data, data.demo);
    core::OpenProfile open(core::ProfileFile(path), data.layouts, core::SaveMode::NeverSave);
    core::ProfileFile file(path);
    const auto cards = core::sectionCards(*data.layout, open.profile(), "likes");
    for (int run = 0; run < runs; ++run) {
        open.document().answer("likes", cards[static_cast<std::size_t>(run) % cards.size()].id,
                               static_cast<core::AnswerValue>(run % 3));
        const auto start = Clock::now();
        file.save(open.profile());
        save.samples.push_back(millisecondsSince(start));
    }

    Figure load{"load_10000_cards", "Load a profile of 10,000 cards", "ms", 200};
    core::Profile big = data.demo;
    big.id = "bench-big";
    for (int i = 0; i < 10000; ++i) {
        core::CardRecord& record = big.cards["likes/card-" + std::to_string(i)];
        record.answers.push_back({core::AnswerValue::Positive, "person", "2026-10-05T10:00:00Z", ""});
    }
    const std::string bigPath = installProfile(data, big);
    load.samples = timeRuns(std::max(3, runs / 5), [&] {
        if (!core::ProfileFile(bigPath).load().profile)
            load.note = "the 10,000-card profile did not load";
    });
    load.note += std::to_string(std::filesystem::file_size(bigPath) / 1024) + " KB file";
    return {save, load};
}

std::vector<Figure> measureSummary(const BenchData& data, int runs)
{
    Figure html{"summary_html", "The demo summary as HTML (pictures and font embedded)", "ms", 300};
    Figure pdf{"summary_pdf", "The demo summary as PDF (A4, fonts embedded)", "ms", 300};
    try {
        const exporting::ExportJob job
            = exporting::loadExportJob(installProfile(data, data.demo), "2026-11-23");
        std::size_t bytes[2] = {0, 0};
        exporting::renderExport(job, exporting::ExportFormat::Pdf); // fontconfig starts once
        html.samples = timeRuns(runs, [&] { bytes[0] = exporting::renderExport(job, exporting::ExportFormat::Html).size(); });
        pdf.samples = timeRuns(runs, [&] { bytes[1] = exporting::renderExport(job, exporting::ExportFormat::Pdf).size(); });
        html.note = std::to_string(bytes[0] / 1024) + " KB";
        pdf.note = std::to_string(bytes[1] / 1024) + " KB";
    } catch (const std::exception& error) {
        html.note = pdf.note = std::string("not measured: ") + error.what();
    }
    return {html, pdf};
}

// [SECTION] The caseload: 1,000 people on disk, and merging

// 1,000 people written into their own data folder, as matching makes them
// (the demo person with half the cards answered again), each with a name of
// their own. Written plainly: the setup is not measured.
std::string makeCaseload(const BenchData& data, const MatchingData& matching)
{
    const std::string folder = data.folder + "/caseload";
    static const char* first[] = {"Alex", "Sam", "Jo", "Priya", "Tom", "Aisha", "Ben", "Chloe", "Dev", "Erin"};
    static const char* last[] = {"Morgan", "Lee", "Patel", "Smith", "Jones", "Khan", "Brown", "Wilson", "Evans", "Young"};
    for (std::size_t i = 0; i < matching.people.size(); ++i) {
        core::Profile person = matching.people[i];
        person.person.name = std::string(first[i % 10]) + " " + last[(i / 10) % 10] + " " + std::to_string(i);
        person.person.preferredName = "";
        const std::string personFolder = folder + "/people/" + person.id;
        std::filesystem::create_directories(personFolder);
        std::ofstream(personFolder + "/profile.json") << core::writeProfile(person);
    }
    return folder;
}

// The people screen's list: today every profile was read whole
// (PersonStore::list, the baseline); now the caseload index, as a program
// just started finds it on disk. And one vacancy against the 1,000 people
// from disk, loading included, into a new MatchCache each run: the baseline
// reads every profile whole, as App::matchVacancyAgainstEveryone did.
std::vector<Figure> measureCaseload(const BenchData& data, MatchingData& matching, int runs)
{
    const std::string folder = makeCaseload(data, matching);
    const core::PersonStore store(folder);
    std::size_t sink = 0;
    Figure list{"people_screen_1000", "People screen's list with 1,000 people (index on disk)", "ms", 150};
    list.baselineWhat = "every profile read whole, as before the index";
    list.baselineSamples = timeRuns(std::max(2, runs / 5), [&] { sink += store.list().size(); });
    {
        core::CaseloadIndex first(store, &data.layouts); // writes the index, as the first start does
        sink += first.list().size();
        core::CaseloadIndex warm(store, &data.layouts);
        sink += warm.peopleForMatching(nullptr).size();
    }
    list.samples = timeRuns(runs, [&] {
        core::CaseloadIndex index(store, &data.layouts);
        sink += core::findPeople(index.list(), "", core::CaseloadOrder::ByLastSession).size();
    });
    list.note = std::to_string(std::filesystem::file_size(folder + "/cache/people-index.json") / 1024)
                + " KB index; the list sorted by last session";

    Figure vacancy{"match_vacancy_1000_people_from_disk", "One vacancy against 1,000 people on disk, loading included",
                   "ms", 300};
    vacancy.baselineWhat = "every profile read whole, as before the index";
    const core::Vacancy& wanted = matching.vacancies.front();
    vacancy.baselineSamples = timeRuns(std::max(2, runs / 5), [&] {
        core::MatchCache cache(*data.layout, matching.catalogue, matching.weights);
        for (const auto& entry : store.list()) {
            core::LoadOutcome outcome = store.fileFor(entry.id).load();
            if (outcome.profile)
                cache.holdPerson(std::move(*outcome.profile), 1);
        }
        sink += cache.matchVacancy(wanted, 20).size();
    });
    vacancy.samples = timeRuns(runs, [&] {
        core::MatchCache cache(*data.layout, matching.catalogue, matching.weights);
        core::CaseloadIndex index(store, &data.layouts);
        for (auto& person : index.peopleForMatching(nullptr))
            cache.holdPerson(std::move(person.answers), person.version);
        sink += cache.matchVacancy(wanted, 20).size();
    });
    vacancy.note = std::to_string(std::filesystem::file_size(folder + "/cache/matching-index.json") / 1024)
                   + " KB matching index; " + std::to_string(sink) + " results in all";

    // Drawing the screen once the list is there: only the rows in view are drawn.
    Figure frame{"frame_people_1000", "CPU to build and draw a frame, people screen with 1,000 people", "ms", 8};
    {
        ui::WindowOptions options;
        options.mode = ui::WindowMode::Headless;
        ui::Window window(options);
        ui::App app(window, data.layouts, ui::AppOptions{folder, core::SaveMode::NeverSave, ui::SpeechOutput::Silent});
        app.showScreen(ui::ScreenName::People);
        for (int i = 0; i < 10; ++i) // pictures load and layout settles first
            drawFrame(window, app);
        for (int i = 0; i < runs * 5; ++i) {
            window.processEvents(ui::WaitPolicy::noWait());
            const double start = threadCpuMilliseconds();
            window.beginFrame();
            app.drawFrame();
            window.endFrame();
            frame.samples.push_back(threadCpuMilliseconds() - start);
        }
        frame.note = std::to_string(app.people().size()) + " people; " + drawnBy(window);
    }
    return {list, frame, vacancy};
}

// Two copies of a profile with 10,000 cards, each answered and noted on
// apart (a 10,000-card history on each side), merged.
Figure measureMerge(const BenchData& data, int runs)
{
    Figure merge{"merge_10000_cards", "Merge two copies of a profile with 10,000 cards each changed apart", "ms", 500};
    core::Profile base = data.demo;
    base.id = "bench-merge";
    for (int i = 0; i < 10000; ++i)
        base.cards["likes/card-" + std::to_string(i)].answers.push_back(
            {core::AnswerValue::Positive, "person", "2026-10-05T10:00:00Z", ""});
    core::Profile a = base;
    core::Profile b = base;
    for (int i = 0; i < 10000; ++i) {
        core::CardRecord& inA = a.cards["likes/card-" + std::to_string(i)];
        inA.answers.push_back({core::AnswerValue::Negative, "person", "2026-10-06T10:00:00Z", ""});
        inA.notes.push_back({"From home " + std::to_string(i), "person", "2026-10-06T10:00:00Z", ""});
        core::CardRecord& inB = b.cards["likes/card-" + std::to_string((i * 7) % 10000)];
        inB.answers.push_back({core::AnswerValue::Middle, "person", "2026-10-06T11:00:00Z", ""});
    }
    std::size_t cards = 0;
    merge.samples = timeRuns(runs, [&] { cards = core::mergeProfiles(a, b).cards.size(); });
    merge.note = std::to_string(cards) + " cards merged, 30,000 answers and 10,000 notes kept";
    return merge;
}

// [SECTION] One part alone, for callgrind

const std::vector<std::string>& partNames()
{
    static const std::vector<std::string> names = {"match_person", "match_vacancy", "match_person_cached",
                                                   "match_vacancy_cached", "symbol_search", "summary_text",
                                                   "frame_section", "frame_symbols", "caseload"};
    return names;
}

// Sets up what the part needs, then runs it `runs` times; the setup is
// outside the functions scripts/callgrind.sh counts.
int runPart(const BenchData& data, const std::string& part, int runs)
{
    std::size_t sink = 0;
    const auto start = Clock::now();
    if (part == "match_person" || part == "match_vacancy") {
        const MatchingData matching = makeMatchingData(data);
        for (int run = 0; run < runs; ++run)
            sink += part == "match_person" ? matchOnePerson(data, matching) : matchOneVacancy(data, matching);
    } else if (part == "match_person_cached" || part == "match_vacancy_cached") {
        MatchingData matching = makeMatchingData(data);
        const std::unique_ptr<core::MatchCache> cache = fillMatchCache(data, matching);
        for (int run = 0; run < runs; ++run)
            sink += part == "match_person_cached" ? matchOnePersonCached(data, *cache) : matchOneVacancyCached(*cache);
    } else if (part == "symbol_search") {
        const std::vector<std::string> queries = {"dog", "cooking", "happy face", "bus", "shop", "cleaning", "music",
                                                  "people", "a", "thumbs up"};
        for (int run = 0; run < runs; ++run)
            for (const auto& query : queries)
                sink += data.symbols->search(query, 60).size();
    } else if (part == "frame_section" || part == "frame_symbols") {
        // The frame figures alone (runs frames each), to profile them with perf.
        const Figure figure = part == "frame_section" ? measureSectionFrames(data, runs) : measureScrollingSymbols(data, runs);
        printFigures({figure});
        return kSuccess;
    } else if (part == "caseload") {
        // The caseload figures alone (people screen, matching from disk, merging), runs times each.
        MatchingData matching = makeMatchingData(data);
        std::vector<Figure> figures = measureCaseload(data, matching, runs);
        figures.push_back(measureMerge(data, runs));
        printFigures(figures);
        return kSuccess;
    } else if (part == "summary_text") {
        const exporting::ExportJob job = exporting::loadExportJob(installProfile(data, data.demo), "2026-11-23");
        const core::SummaryOptions options = job.summaryOptions();
        for (int run = 0; run < runs; ++run)
            sink += core::makeSummary(job.profile, job.layout, options).parts.size();
    } else {
        std::string known;
        for (const auto& name : partNames())
            known += (known.empty() ? "" : ", ") + name;
        return wrongCommandLine("bench: --only takes one of " + known + ".");
    }
    std::printf("%s: %d runs, %zu results, %.3f ms with the setup\n", part.c_str(), runs, sink, millisecondsSince(start));
    return kSuccess;
}

} // namespace

// [SECTION] The command

int runBench(const std::vector<std::string>& arguments)
{
    if (arguments.size() == 2 && arguments[0] == "--first-frame-only")
        return firstFrameOnly(arguments[1]);
    Options options;
    if (auto problem = parseOptions(arguments, {"out", "only", "runs"}, {"json", "short"}, options))
        return wrongCommandLine("bench: " + *problem);
    int partRuns = 1;
    if (options.has("runs")) {
        partRuns = std::atoi(options.value("runs").c_str());
        if (partRuns < 1 || !options.has("only"))
            return wrongCommandLine("bench: --runs takes a number of runs of 1 or more, with --only.");
    }
    const bool shortMode = options.hasFlag("short");
    setenv("SDL_VIDEODRIVER", "offscreen", 0);
    setenv("SDL_AUDIODRIVER", "dummy", 0);

    BenchData data;
    char pattern[] = "/tmp/rightjob-bench-XXXXXX";
    if (!::mkdtemp(pattern)) {
        printError("bench: cannot make a temporary folder.");
        return kInputProblem;
    }
    data.folder = pattern;
    bool ok = false;
    data.layouts = loadLayoutsOrExplain(ok);
    if (!ok)
        return kInputProblem;
    try {
        data.layout = data.layouts.find("vocational_profile");
        data.demo = core::readProfile(core::JsonFile::load(core::assetPath("assets/demo/profile.json")));
        data.symbols = std::make_unique<core::SymbolIndex>(
            core::SymbolIndex::load(core::assetPath("symbols/manifest.json")));
    } catch (const core::DataError& error) {
        printError(std::string("bench: ") + error.what());
        return kInputProblem;
    }
    installProfile(data, data.demo);
    if (options.has("only")) {
        try {
            return runPart(data, options.value("only"), partRuns);
        } catch (const std::exception& error) {
            printError(std::string("bench: ") + error.what());
            return kInputProblem;
        }
    }

    std::vector<Figure> figures;
    const auto add = [&](Figure figure) {
        std::cerr << "measured: " << figure.what << "\n";
        figures.push_back(std::move(figure));
    };
    add(measureStart(data, shortMode ? 3 : 10));
    add(measureSectionFrames(data, shortMode ? 40 : 300));
    add(measureScrollingSymbols(data, shortMode ? 60 : 400));
    add(measureIdle(data, shortMode ? 2 : 10));
    add(measureSpeech(shortMode ? 20 : 200));
    add(measureSearch(data, shortMode ? 20 : 200));
    for (auto& figure : measureMatching(data, shortMode ? 5 : 30))
        add(std::move(figure));
    {
        MatchingData matching = makeMatchingData(data);
        for (auto& figure : measureCaseload(data, matching, shortMode ? 3 : 10))
            add(std::move(figure));
    }
    add(measureMerge(data, shortMode ? 3 : 10));
    for (auto& figure : measureStorage(data, shortMode ? 10 : 50))
        add(std::move(figure));
    for (auto& figure : measureSummary(data, shortMode ? 5 : 30))
        add(std::move(figure));
    Figure memory{"peak_memory", "Peak memory during the above", "MB", 150};
    memory.samples.push_back(peakMemoryMegabytes());
    add(memory);

    // --out: the JSON to a file and the table for people, from the same run.
    const std::string json = figuresJson(figures, shortMode).dump(2) + "\n";
    if (options.has("out")) {
        const core::FileResult written = core::writeFileAtomically(core::realFileSystem(), options.value("out"), json);
        if (!written.ok) {
            printError("bench: " + written.problem);
            return kInputProblem;
        }
        printFigures(figures);
        std::printf("The figures are also in %s.\n", options.value("out").c_str());
    } else if (options.hasFlag("json")) {
        std::cout << json;
    } else {
        printFigures(figures);
    }
    return kSuccess;
}

} // namespace rightjob::app
