// Layouts: the sections, cards and answer words of a profile, read from data
// files in layouts/ so that a service can change them without code.
#pragma once

#include "core/base/json_file.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace rightjob::core {

// The three places on every section's answer scale. The words for each place
// ("I like it", "Good for me", "I am good at it") come from the layout.
enum class AnswerValue { Positive, Middle, Negative };

// "positive", "middle" or "negative", as written in files.
const char* answerValueName(AnswerValue value);
// Reads the name back; nothing for anything else.
std::optional<AnswerValue> answerValueFromName(const std::string& name);

// One place on a scale, with its words, picture and summary sentence.
struct ScaleAnswer {
    AnswerValue value = AnswerValue::Middle;
    std::string words;    // on screen: "I like it"
    std::string spoken;   // said aloud: "I like it"
    std::string symbol;   // symbol id
    std::string sentence; // for the summary: "I like {phrase}."
};

// A three-point answer scale shared by sections.
struct Scale {
    std::string id;
    std::array<ScaleAnswer, 3> answers; // positive, middle, negative
    const ScaleAnswer& answer(AnswerValue value) const { return answers[static_cast<int>(value)]; }
};

// A card the layout offers in a section.
struct CardDefinition {
    std::string id;
    std::string label;  // easy-read words on the card
    std::string spoken; // what is said aloud; the label when the file has none
    std::string phrase; // the words used inside summary sentences
    std::string symbol; // symbol id, may be empty
};

// A section of the profile ("Things I like") and its cards.
struct SectionDefinition {
    std::string id;
    std::string title;
    std::string prompt;       // "What do you like?"
    std::string spokenPrompt; // said when the section opens; the prompt when empty
    std::string symbol;
    std::string scaleId;
    std::vector<CardDefinition> cards;

    // The card with this id, or nullptr.
    const CardDefinition* findCard(const std::string& cardId) const;
};

// How a sentence is told when someone other than the person gave the answer.
struct Attribution {
    std::string supporter = "{who} says {sentence}";
    std::string observer = "{who} has seen this: {sentence}";
    // Roles said instead of the name ("Mum says …" rather than "Karen says …")
    // when nobody else has the same role; matched ignoring case.
    std::vector<std::string> familyRoles;
};

// A whole layout file.
struct Layout {
    std::string id;
    std::string title;
    std::string language;
    std::string fileName;
    Attribution attribution;
    std::vector<Scale> scales;
    std::vector<SectionDefinition> sections;

    // The section with this id, or nullptr.
    const SectionDefinition* findSection(const std::string& sectionId) const;
    // The scale the section uses (it always exists in a loaded layout).
    const Scale& scaleFor(const SectionDefinition& section) const;
    // The card "section/card", or nullptr.
    const CardDefinition* findCard(const std::string& sectionId, const std::string& cardId) const;
    // How many cards across all sections.
    std::size_t cardCount() const;
};

// Reads a layout from parsed JSON. Throws DataError with the file, line and
// what is wrong for every problem: wrong types, missing or unknown keys,
// repeated ids, a section naming a scale that does not exist.
Layout readLayout(const JsonFile& file);

// Reads a layout file. Throws DataError.
Layout loadLayoutFile(const std::string& path);

// Every layout in a folder (*.json), sorted by id. Throws DataError for the
// first bad file, and for two files with the same id.
std::vector<Layout> loadLayoutFolder(const std::string& folder);

} // namespace rightjob::core
