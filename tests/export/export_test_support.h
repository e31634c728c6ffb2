// What the export tests share: the profiles they export (the demo and three
// made here), a fake voice, a person's folder on disk, and the tools that
// read exports back (pdftotext, pdffonts, pdfinfo from poppler-utils).
#pragma once

#include "core/jobs/job_catalogue.h"
#include "core/profile/layout.h"
#include "core/profile/profile.h"
#include "core/summary/summary.h"
#include "core/pictures/symbol_index.h"
#include "export/audio_export.h"

#include <string>
#include <vector>

namespace rightjob::testing {

// The shipped data every export test uses, loaded once.
struct ExportData {
    core::Layout layout;
    core::SummaryWords words;
    core::SymbolIndex symbols;
    core::JobCatalogue catalogue;
    core::MatchWeights weights;
    core::Profile demo;
};
const ExportData& exportData();

// Summary options with the shipped words and jobs, made on 2026-11-05.
core::SummaryOptions exportSummaryOptions();

// A profile to export, with a name for messages.
struct NamedProfile {
    std::string name;
    core::Profile profile;
};

// One answer, at a time in October 2026.
core::Answer answerBy(core::AnswerValue value, const std::string& by);

// Almost nothing: a name and one answer.
core::Profile nearlyEmptyProfile();
// Many cards marked "not for sharing", with notes and own cards whose words
// appear nowhere else, next to a few shared ones.
core::Profile privateProfile();
// Long names, emoji and right-to-left (Arabic) text in names, own cards and notes.
core::Profile unusualProfile();
// The demo and the three above.
std::vector<NamedProfile> exportTestProfiles();

// Texts that must never leave the machine: the sentences the cards marked
// "not for sharing" would make (found by summarising the profile with the
// marks taken off), their notes, and the labels of their own cards.
std::vector<std::string> privateTexts(const core::Profile& profile, core::Reader reader = core::Reader::Team);

// A fake voice: each text lasts 100 ms a word at 10,000 samples a second
// (at least 1 sample), and every text it was asked to say is kept.
class FakeVoice {
public:
    exporting::TextToSamples function();
    const std::vector<std::string>& texts() const { return *m_texts; }
    static constexpr int kSampleRate = 10000;
    static constexpr int kSamplesPerWord = 1000;

private:
    std::shared_ptr<std::vector<std::string>> m_texts = std::make_shared<std::vector<std::string>>();
};

// Writes a person's folder: profile.json, photos/me.png (a real picture,
// used as the person's photo), recordings/likes.music.wav and
// pronunciations.json.
void writePersonFolder(const std::string& folder, core::Profile profile);

// A small real PNG picture.
std::string smallPng(int width = 8, int height = 6);

// Runs a shell command and returns what it printed on stdout; status gets
// its exit status.
std::string runCommand(const std::string& command, int* status = nullptr);

// Whether a program is on the PATH.
bool hasProgram(const std::string& name);

// Runs of spaces, tabs and line breaks made one space, trimmed.
std::string normalisedWhitespace(const std::string& text);

// The text of an HTML page a reader sees: no <head>, no tags, entities decoded.
std::string htmlVisibleText(const std::string& html);

} // namespace rightjob::testing
