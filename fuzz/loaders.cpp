// [SECTION] The shipped data the loaded values are used with
// [SECTION] One function per loader
// [SECTION] Running a loader

#include "loaders.h"

#include "core/base/asset_paths.h"
#include "core/pictures/image_import.h"
#include "core/jobs/job_catalogue.h"
#include "core/jobs/job_matching.h"
#include "core/profile/layout.h"
#include "core/profile/profile_json.h"
#include "core/storage/settings.h"
#include "core/summary/summary.h"
#include "core/pictures/symbol_index.h"
#include "core/jobs/vacancy.h"
#include "export/bundle.h"
#include "export/text_export.h"
#include "export/zip_archive.h"
#include "speech/pronunciations.h"
#include "speech/wav.h"

#include <algorithm>
#include <stdexcept>

namespace rightjob::fuzz {

namespace {

// [SECTION] The shipped data the loaded values are used with

// Read once: a harness runs millions of times, and the shipped files are
// not what is being tested.
struct ShippedData {
    core::Layout layout = core::loadLayoutFile(core::assetPath("layouts/vocational_profile.json"));
    core::Profile demo = core::parseProfile(core::readWholeFile(core::assetPath("assets/demo/profile.json")),
                                            "assets/demo/profile.json");
    core::JobCatalogue catalogue = core::loadJobCatalogue(core::assetPath("assets/jobs/catalogue.json"));
    core::MatchWeights weights = core::loadMatchWeights(core::assetPath("assets/jobs/weights.json"));
    core::SummaryWords words = core::SummaryWords::shipped("en-GB");
};

const ShippedData& shipped()
{
    static const ShippedData data;
    return data;
}

// A fixed day, so the same input always makes the same summary.
constexpr const char* kMadeOn = "2026-03-14";

// Makes the text summary the way `rightjob export --format text` does.
std::string summaryTextOf(const core::Profile& profile, const core::Layout& layout, const core::SummaryWords& words,
                          const core::JobCatalogue* catalogue, const core::MatchWeights* weights)
{
    core::SummaryOptions options;
    options.madeOn = kMadeOn;
    options.words = words;
    options.catalogue = catalogue;
    options.weights = weights;
    return exporting::summaryText(core::makeSummary(profile, layout, options));
}

void requireSame(const std::string& first, const std::string& second, const char* what)
{
    if (first != second)
        throw std::logic_error(std::string(what) + " reads back differently after saving.");
}

// [SECTION] One function per loader

void loadProfile(const std::string& bytes)
{
    const core::Profile profile = core::parseProfile(bytes, "profile.json");
    const std::string saved = core::writeProfile(profile);
    requireSame(saved, core::writeProfile(core::parseProfile(saved, "profile.json")), "A profile");
    const ShippedData& data = shipped();
    core::profileLayoutWarnings(profile, data.layout);
    summaryTextOf(profile, data.layout, data.words, &data.catalogue, &data.weights);
}

void loadLayout(const std::string& bytes)
{
    const core::Layout layout = core::readLayout(core::JsonFile::parse(bytes, "layout.json"));
    const ShippedData& data = shipped();
    core::profileLayoutWarnings(data.demo, layout);
    summaryTextOf(data.demo, layout, data.words, nullptr, nullptr);
}

void loadJobCatalogue(const std::string& bytes)
{
    const core::JobCatalogue catalogue = core::readJobCatalogue(core::JsonFile::parse(bytes, "catalogue.json"));
    const ShippedData& data = shipped();
    core::matchPerson(data.demo, data.layout, catalogue, {}, data.weights);
}

void loadMatchWeights(const std::string& bytes)
{
    const core::MatchWeights weights = core::readMatchWeights(core::JsonFile::parse(bytes, "weights.json"));
    const ShippedData& data = shipped();
    core::matchPerson(data.demo, data.layout, data.catalogue, {}, weights);
}

void loadVacancies(const std::string& bytes)
{
    const std::vector<core::Vacancy> vacancies = core::parseVacancies(bytes, "vacancies.json");
    const std::string saved = core::writeVacancies(vacancies);
    requireSame(saved, core::writeVacancies(core::parseVacancies(saved, "vacancies.json")), "A vacancy list");
    const ShippedData& data = shipped();
    core::matchPerson(data.demo, data.layout, data.catalogue, vacancies, data.weights);
    for (const core::Vacancy& vacancy : vacancies)
        core::matchVacancy(vacancy, {data.demo}, data.layout, data.catalogue, data.weights);
    core::newVacancyId(vacancies, "Kitchen porter");
}

void loadSymbolManifest(const std::string& bytes)
{
    const core::SymbolIndex index =
        core::SymbolIndex::fromJson(core::JsonFile::parse(bytes, "manifest.json"), "/nonexistent/symbols");
    index.search("cook", 10);
    index.search("a b", core::SymbolIndex::kAllHits);
    for (const core::SymbolCategory& category : index.categories())
        index.symbolsInCategory(category.id);
    for (const core::SymbolEntry& symbol : index.symbols())
        index.filePath(symbol.id, core::SymbolSize::Large);
}

void loadSettings(const std::string& bytes)
{
    std::vector<std::string> notes;
    const core::Settings settings = core::parseSettings(bytes, "settings.json", notes);
    const std::string saved = core::writeSettings(settings);
    std::vector<std::string> notesAgain;
    requireSame(saved, core::writeSettings(core::parseSettings(saved, "settings.json", notesAgain)), "Settings");
    if (!notesAgain.empty())
        throw std::logic_error("Saved settings were moved into range again when read back.");
}

void loadPronunciations(const std::string& bytes)
{
    const speech::PronunciationList list = speech::parsePronunciations(bytes, "pronunciations.json");
    const std::string saved = speech::writePronunciations(list);
    requireSame(saved, speech::writePronunciations(speech::parsePronunciations(saved, "pronunciations.json")),
                "A pronunciations list");
    speech::applyPronunciations("Siobhan's dog and Niamh went to the café.", list);
}

void loadSummaryWords(const std::string& bytes)
{
    const core::SummaryWords words = core::readSummaryWords(core::JsonFile::parse(bytes, "en-GB.json"));
    const ShippedData& data = shipped();
    summaryTextOf(data.demo, data.layout, words, &data.catalogue, &data.weights);
    core::summaryDateWords(kMadeOn, words);
}

void loadImage(const std::string& bytes)
{
    const core::ImportedImage image = core::importPhotoFromBytes(bytes);
    // What was made must itself import: it is what the person's folder keeps.
    core::importPhotoFromBytes(image.bytes);
}

void loadBundle(const std::string& bytes)
{
    // Smaller than the program's limits, which are sized for real photos and
    // recordings, so that a zip bomb is refused inside the fuzzer's memory.
    exporting::BundleLimits limits;
    limits.zip.maxEntryBytes = 16ull * 1024 * 1024;
    limits.zip.maxTotalBytes = 64ull * 1024 * 1024;
    const exporting::CheckedBundle bundle = exporting::readBundle(bytes, limits);
    const std::string saved = core::writeProfile(bundle.profile);
    requireSame(saved, core::writeProfile(core::parseProfile(saved, "profile.json")), "A bundle's profile");
}

// The files of a bundle, written as text: each starts with a line
// "==> PATH <==" and runs to the next such line (the way `head` prints
// several files). The seeds are in this form.
std::vector<exporting::ZipEntry> bundleFilesFromText(const std::string& text)
{
    std::vector<exporting::ZipEntry> files;
    const std::string open = "==> ";
    const std::string close = " <==\n";
    std::size_t at = text.find(open);
    while (at != std::string::npos) {
        const std::size_t nameEnd = text.find(close, at + open.size());
        if (nameEnd == std::string::npos)
            break;
        const std::string path = text.substr(at + open.size(), nameEnd - at - open.size());
        const std::size_t start = nameEnd + close.size();
        const std::size_t next = text.find("\n" + open, start);
        const std::size_t end = next == std::string::npos ? text.size() : next;
        files.push_back({path, text.substr(start, end - start), exporting::ZipCompression::Store});
        at = next == std::string::npos ? next : next + 1;
    }
    return files;
}

void loadBundleFiles(const std::string& bytes)
{
    // Past the zip and the check sums, which random changes to a real
    // bundle almost never get through: the manifest here always matches the
    // files, so what is fuzzed is the paths and the files themselves.
    std::vector<exporting::ZipEntry> files = bundleFilesFromText(bytes);
    std::string person = "x";
    core::Json list = core::Json::array();
    for (const exporting::ZipEntry& file : files) {
        list.push_back({{"path", file.name}, {"bytes", file.bytes.size()}, {"sha256", exporting::sha256Hex(file.bytes)}});
        if (file.name == "profile.json") {
            const core::Json profile = core::Json::parse(file.bytes, nullptr, false);
            if (profile.is_object() && profile.contains("id") && profile["id"].is_string())
                person = profile["id"].get<std::string>();
        }
    }
    const core::Json manifest = {
        {"format", "rightjob-bundle"}, {"format_version", 1}, {"person", person}, {"files", list}};
    // A path that is not UTF-8 is written with U+FFFD in its place, so the
    // manifest then names a file the zip does not have: still a bundle to refuse.
    files.push_back({"manifest.json", manifest.dump(2, ' ', false, core::Json::error_handler_t::replace),
                     exporting::ZipCompression::Store});
    std::string zip;
    try {
        zip = exporting::writeZip(std::move(files));
    } catch (const exporting::ZipError&) {
        return; // two files with one name: not a zip anyone could make
    }
    loadBundle(zip);
}

void loadZip(const std::string& bytes)
{
    const exporting::ZipReader zip(bytes);
    constexpr std::uint64_t kMaxRead = 16ull * 1024 * 1024;
    for (std::size_t index = 0; index < zip.entries().size(); ++index) {
        const exporting::ZipEntryInfo& entry = zip.entries()[index];
        if (!entry.isFolder && entry.size <= kMaxRead)
            zip.read(index, kMaxRead);
    }
}

void loadWav(const std::string& bytes)
{
    const speech::Recording recording = speech::decodeWav(bytes, "clip.wav");
    if (speech::decodeWav(speech::encodeWav(recording), "clip.wav") != recording)
        throw std::logic_error("A recording reads back differently after saving.");
}

} // namespace

// [SECTION] Running a loader

const std::vector<LoaderName>& allLoaders()
{
    static const std::vector<LoaderName> loaders = {
        {Loader::Profile, "profile"},
        {Loader::Layout, "layout"},
        {Loader::JobCatalogue, "job_catalogue"},
        {Loader::MatchWeights, "match_weights"},
        {Loader::Vacancies, "vacancies"},
        {Loader::SymbolManifest, "symbol_manifest"},
        {Loader::Settings, "settings"},
        {Loader::Pronunciations, "pronunciations"},
        {Loader::SummaryWords, "summary_words"},
        {Loader::ImageImport, "image_import"},
        {Loader::Bundle, "bundle"},
        {Loader::BundleFiles, "bundle_files"},
        {Loader::ZipArchive, "zip_archive"},
        {Loader::Wav, "wav"},
    };
    return loaders;
}

bool runLoader(Loader loader, const std::string& bytes)
{
    try {
        switch (loader) {
        case Loader::Profile: loadProfile(bytes); break;
        case Loader::Layout: loadLayout(bytes); break;
        case Loader::JobCatalogue: loadJobCatalogue(bytes); break;
        case Loader::MatchWeights: loadMatchWeights(bytes); break;
        case Loader::Vacancies: loadVacancies(bytes); break;
        case Loader::SymbolManifest: loadSymbolManifest(bytes); break;
        case Loader::Settings: loadSettings(bytes); break;
        case Loader::Pronunciations: loadPronunciations(bytes); break;
        case Loader::SummaryWords: loadSummaryWords(bytes); break;
        case Loader::ImageImport: loadImage(bytes); break;
        case Loader::Bundle: loadBundle(bytes); break;
        case Loader::BundleFiles: loadBundleFiles(bytes); break;
        case Loader::ZipArchive: loadZip(bytes); break;
        case Loader::Wav: loadWav(bytes); break;
        }
        return true;
    } catch (const core::DataError& error) {
        // These three document their own error types; a DataError from them
        // would reach code that does not expect it.
        if (loader == Loader::ImageImport || loader == Loader::Bundle || loader == Loader::BundleFiles
            || loader == Loader::ZipArchive)
            throw;
        // A refusal must say what is wrong; an empty message is a bug too.
        if (error.message().empty())
            throw std::logic_error("A DataError without a message.");
        return false;
    } catch (const core::ImageError& error) {
        if (loader != Loader::ImageImport)
            throw;
        return false;
    } catch (const exporting::BundleError&) {
        if (loader != Loader::Bundle && loader != Loader::BundleFiles)
            throw;
        return false;
    } catch (const exporting::ZipError&) {
        if (loader != Loader::ZipArchive)
            throw;
        return false;
    }
}

} // namespace rightjob::fuzz
