#include "export_test_support.h"

#include "test_support.h"

#include "core/base/asset_paths.h"
#include "core/base/easy_read.h"
#include "core/base/json_file.h"
#include "core/profile/profile_json.h"
#include "speech/pronunciations.h"
#include "speech/wav.h"

#include <stb/stb_image_write.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <set>
#include <stdexcept>

namespace rightjob::testing {

using namespace rightjob::core;

const ExportData& exportData()
{
    static const ExportData data = [] {
        ExportData loaded;
        loaded.layout = shippedLayout("vocational_profile");
        loaded.words = SummaryWords::shipped("en-GB");
        loaded.symbols = SymbolIndex::load(assetPath("symbols/manifest.json"));
        loaded.catalogue = loadJobCatalogue(assetPath("assets/jobs/catalogue.json"));
        loaded.weights = loadMatchWeights(assetPath("assets/jobs/weights.json"));
        loaded.demo = readProfile(JsonFile::load(assetPath("assets/demo/profile.json")));
        return loaded;
    }();
    return data;
}

SummaryOptions exportSummaryOptions()
{
    SummaryOptions options;
    options.madeOn = "2026-11-05";
    options.words = exportData().words;
    options.catalogue = &exportData().catalogue;
    options.weights = &exportData().weights;
    return options;
}

Answer answerBy(AnswerValue value, const std::string& by)
{
    static int second = 0;
    Answer answer;
    answer.value = value;
    answer.by = by;
    ++second;
    char at[32];
    std::snprintf(at, sizeof at, "2026-10-05T10:%02d:%02dZ", second / 60 % 60, second % 60);
    answer.at = at;
    return answer;
}

namespace {

Profile baseProfile(const std::string& id, const std::string& name)
{
    Profile profile;
    profile.id = id;
    profile.layoutId = "vocational_profile";
    profile.person.name = name;
    profile.sessions.push_back({"s1", "2026-10-05T10:00:00Z", "Home", {"person"}});
    return profile;
}

void note(Profile& profile, const std::string& key, const std::string& text, const std::string& by)
{
    profile.cards[key].notes.push_back({text, by, "2026-10-05T11:00:00Z", "s1"});
}

void ownCard(Profile& profile, const std::string& section, const std::string& id, const std::string& label,
             const std::string& symbol, const std::string& by = kPersonGiver)
{
    OwnCard own;
    own.section = section;
    own.id = id;
    own.label = label;
    own.symbol = symbol;
    own.addedBy = by;
    own.addedAt = "2026-10-05T10:30:00Z";
    own.session = "s1";
    profile.ownCards.push_back(own);
}

} // namespace

Profile nearlyEmptyProfile()
{
    Profile profile = baseProfile("ali", "Ali");
    profile.cards["likes/music"].answers.push_back(answerBy(AnswerValue::Positive, kPersonGiver));
    return profile;
}

Profile privateProfile()
{
    Profile profile = baseProfile("casey-private", "Casey Private");
    profile.contributors = {{"nan", ContributorKind::Supporter, "Rose", "Nan"},
                            {"coach", ContributorKind::Supporter, "Dev", "Job coach"}};
    profile.sessions.front().present = {"person", "nan", "coach"};
    auto say = [&](const std::string& key, AnswerValue value, const std::string& by = kPersonGiver) {
        profile.cards[key].answers.push_back(answerBy(value, by));
    };
    auto hide = [&](const std::string& key) { profile.cards[key].sharing = core::Sharing::Nobody; };

    // Shared: enough for every part to be there.
    say("likes/music", AnswerValue::Positive);
    say("likes/cars", AnswerValue::Negative);
    say("good_at/counting", AnswerValue::Positive);
    say("places/quiet_places", AnswerValue::Positive);
    say("communication/need_time", AnswerValue::Positive, "coach");
    note(profile, "likes/music", "Casey plays the drums at college.", "coach");

    // Not for sharing: answers, notes, own cards, and the cards jobs match on.
    for (const char* key : {"likes/animals", "good_at/looking_after_animals", "likes/dancing", "feelings/cry",
                            "feelings/shout", "feelings/worried_in_crowds", "places/noisy_places", "about_me/chatty",
                            "people/social_worker", "dreams/partner", "practical/help_with_benefits", "tasters/farm"}) {
        say(key, AnswerValue::Positive);
        hide(key);
    }
    say("likes/dancing", AnswerValue::Negative, "nan");
    say("about_me/chatty", AnswerValue::Middle, "coach");
    note(profile, "feelings/cry", "Quibblewick happens after long days with Marigold.", "nan");
    note(profile, "people/social_worker", "Zanzibarine visits on Tuesdays.", kPersonGiver);
    note(profile, "dreams/partner", "Tortellini Moonbeam is a secret.", "coach");

    ownCard(profile, "likes", "own-1", "Velvet thunderclaps", "cloud-with-lightning");
    say("likes/own-1", AnswerValue::Positive);
    hide("likes/own-1");
    note(profile, "likes/own-1", "Porcupine lanterns glow.", kPersonGiver);
    ownCard(profile, "good_at", "own-1", "Juggling marmalade", "person-juggling", "nan");
    say("good_at/own-1", AnswerValue::Positive, "nan");
    hide("good_at/own-1");
    // A card marked "not for sharing" with nothing else on it.
    hide("likes/reading");
    return profile;
}

Profile unusualProfile()
{
    Profile profile = baseProfile("zoe-angstrom", "Zoë-Hélène 🌟 Ångström-Llewellyn Fitzgerald-Ó Súilleabháin");
    profile.person.preferredName = "Zoë 🌟";
    profile.contributors = {{"layla", ContributorKind::Supporter, "ليلى حسن", "Teacher"},
                            {"mum", ContributorKind::Supporter, "Siobhán", "Mum"},
                            {"long", ContributorKind::Observer, "Maria Dolores Fernanda Consuelo Teresa de la Cruz",
                             "Café manager"}};
    auto say = [&](const std::string& key, AnswerValue value, const std::string& by = kPersonGiver) {
        profile.cards[key].answers.push_back(answerBy(value, by));
    };
    say("likes/music", AnswerValue::Positive);
    say("likes/music", AnswerValue::Positive, "layla");
    say("likes/cooking", AnswerValue::Positive, "layla");
    say("likes/animals", AnswerValue::Positive, "mum");
    say("good_at/polishing", AnswerValue::Positive, "long");
    say("communication/one_thing_at_a_time", AnswerValue::Positive, "long");
    say("places/busy_places", AnswerValue::Negative);
    say("feelings/music_helps", AnswerValue::Positive);
    ownCard(profile, "likes", "own-1", "Trains 🚂", "locomotive");
    say("likes/own-1", AnswerValue::Positive);
    ownCard(profile, "likes", "own-2", "Nasheed songs نشيد", "musical-note");
    say("likes/own-2", AnswerValue::Middle);
    note(profile, "likes/music", "تحب الموسيقى كثيرا.", "layla");
    note(profile, "likes/animals", "She loves 🐶 dogs and 🐈 cats.", "mum");
    return profile;
}

std::vector<NamedProfile> exportTestProfiles()
{
    return {{"the demo", exportData().demo},
            {"a nearly empty profile", nearlyEmptyProfile()},
            {"a profile with many cards not for sharing", privateProfile()},
            {"a profile with long names, emoji and Arabic", unusualProfile()}};
}

std::vector<std::string> privateTexts(const Profile& profile, core::Reader reader)
{
    std::set<std::string> hiddenKeys;
    Profile open = profile;
    for (auto& [key, record] : open.cards)
        if (!core::readerMaySee(reader, record.sharing)) {
            hiddenKeys.insert(key);
            record.sharing = core::Sharing::Everyone;
        }
    std::vector<std::string> texts;
    const SummaryDocument document = makeSummary(open, exportData().layout, exportSummaryOptions());
    auto addLine = [&](const SummaryLine& line) {
        if (hiddenKeys.count(line.source.cardKey))
            texts.push_back(line.text);
        for (const auto& summaryNote : line.notes)
            if (hiddenKeys.count(summaryNote.source.cardKey))
                texts.push_back(summaryNote.text);
    };
    for (const auto& part : document.parts) {
        for (const auto& line : part.lines)
            addLine(line);
        for (const auto& group : part.groups)
            for (const auto& line : group.lines)
                addLine(line);
    }
    for (const auto& key : hiddenKeys)
        for (const auto& cardNote : profile.cards.at(key).notes)
            texts.push_back(cardNote.text);
    for (const auto& own : profile.ownCards)
        if (hiddenKeys.count(cardKey(own.section, own.id)))
            texts.push_back(own.label);
    std::sort(texts.begin(), texts.end());
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    return texts;
}

exporting::TextToSamples FakeVoice::function()
{
    auto texts = m_texts;
    return [texts](const std::string& text) {
        texts->push_back(text);
        speech::Recording recording;
        recording.sampleRate = kSampleRate;
        const int words = std::max(1, countWords(text));
        recording.samples.assign(static_cast<std::size_t>(words * kSamplesPerWord), 1000);
        return recording;
    };
}

std::string smallPng(int width, int height)
{
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width * height * 3));
    for (std::size_t i = 0; i < pixels.size(); ++i)
        pixels[i] = static_cast<unsigned char>(i * 37);
    std::string bytes;
    stbi_write_png_to_func(
        [](void* context, void* data, int size) { static_cast<std::string*>(context)->append(static_cast<char*>(data), size); },
        &bytes, width, height, 3, pixels.data(), width * 3);
    return bytes;
}

void writePersonFolder(const std::string& folder, Profile profile)
{
    std::filesystem::create_directories(folder + "/photos");
    std::filesystem::create_directories(folder + "/recordings");
    profile.person.photo = "photos/me.png";
    writeTextFile(folder + "/profile.json", writeProfile(profile));
    writeTextFile(folder + "/photos/me.png", smallPng());
    speech::Recording clip;
    clip.samples = {0, 100, -100, 2000, -2000, 0};
    writeTextFile(folder + "/recordings/likes.music.wav", speech::encodeWav(clip));
    speech::PronunciationList list;
    list.set("Siobhan", "shi-vorn");
    writeTextFile(folder + "/pronunciations.json", speech::writePronunciations(list));
}

std::string runCommand(const std::string& command, int* status)
{
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run " + command);
    std::string output;
    std::array<char, 65536> buffer{};
    std::size_t got = 0;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        output.append(buffer.data(), got);
    const int result = ::pclose(pipe);
    if (status)
        *status = WIFEXITED(result) ? WEXITSTATUS(result) : -1;
    return output;
}

bool hasProgram(const std::string& name)
{
    int status = 0;
    runCommand("command -v " + name + " >/dev/null 2>&1", &status);
    return status == 0;
}

std::string normalisedWhitespace(const std::string& text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string htmlVisibleText(const std::string& html)
{
    std::string body = html;
    const auto headEnd = body.find("</head>");
    if (headEnd != std::string::npos)
        body = body.substr(headEnd + 7);
    std::string text;
    bool inTag = false;
    for (char c : body) {
        if (c == '<') {
            inTag = true;
            text += ' ';
        } else if (c == '>') {
            inTag = false;
        } else if (!inTag) {
            text += c;
        }
    }
    const std::vector<std::pair<std::string, std::string>> entities
        = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, character] : entities)
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + character.size()))
            text.replace(at, entity.size(), character);
    return text;
}

} // namespace rightjob::testing
