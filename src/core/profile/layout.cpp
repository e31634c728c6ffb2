#include "core/profile/layout.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace rightjob::core {

const char* answerValueName(AnswerValue value)
{
    switch (value) {
    case AnswerValue::Positive: return "positive";
    case AnswerValue::Middle: return "middle";
    case AnswerValue::Negative: return "negative";
    }
    return "middle";
}

std::optional<AnswerValue> answerValueFromName(const std::string& name)
{
    if (name == "positive")
        return AnswerValue::Positive;
    if (name == "middle")
        return AnswerValue::Middle;
    if (name == "negative")
        return AnswerValue::Negative;
    return std::nullopt;
}

const CardDefinition* SectionDefinition::findCard(const std::string& cardId) const
{
    for (const auto& card : cards)
        if (card.id == cardId)
            return &card;
    return nullptr;
}

const SectionDefinition* Layout::findSection(const std::string& sectionId) const
{
    for (const auto& section : sections)
        if (section.id == sectionId)
            return &section;
    return nullptr;
}

const Scale& Layout::scaleFor(const SectionDefinition& section) const
{
    for (const auto& scale : scales)
        if (scale.id == section.scaleId)
            return scale;
    // readLayout guarantees every section's scale exists.
    return scales.front();
}

const CardDefinition* Layout::findCard(const std::string& sectionId, const std::string& cardId) const
{
    const SectionDefinition* section = findSection(sectionId);
    return section ? section->findCard(cardId) : nullptr;
}

std::size_t Layout::cardCount() const
{
    std::size_t count = 0;
    for (const auto& section : sections)
        count += section.cards.size();
    return count;
}

namespace {

constexpr int kLayoutFormatVersion = 1;

void requirePlaceholder(JsonObjectReader& reader, const std::string& key, const std::string& text,
                        const std::string& placeholder)
{
    if (text.find(placeholder) == std::string::npos)
        reader.failAt(key, "\"" + key + "\" should contain " + placeholder + ".");
}

Scale readScale(const JsonFile& file, const JsonPointer& pointer)
{
    JsonObjectReader reader(file, pointer, "The scale");
    Scale scale;
    scale.id = reader.requireId("id");
    const JsonPointer answersPointer = reader.requireArray("answers");
    const Json& answers = file.root().at(answersPointer);
    if (answers.size() != 3)
        reader.failAt("answers", "a scale needs exactly 3 answers (positive, middle, negative); this one has "
                                     + std::to_string(answers.size()) + ".");
    for (std::size_t i = 0; i < 3; ++i) {
        JsonObjectReader answerReader(file, answersPointer / i, "The answer");
        ScaleAnswer answer;
        const std::string expected = answerValueName(static_cast<AnswerValue>(i));
        const std::string value = answerReader.requireChoice("value", {"positive", "middle", "negative"});
        if (value != expected)
            answerReader.failAt("value", "answer " + std::to_string(i + 1) + " should be \"" + expected
                                             + "\": the order is positive, middle, negative.");
        answer.value = static_cast<AnswerValue>(i);
        answer.words = answerReader.requireString("words");
        answer.spoken = answerReader.optionalString("spoken");
        if (answer.spoken.empty())
            answer.spoken = answer.words;
        answer.symbol = answerReader.optionalString("symbol");
        answer.sentence = answerReader.requireString("sentence");
        requirePlaceholder(answerReader, "sentence", answer.sentence, "{phrase}");
        answerReader.finish();
        scale.answers[i] = answer;
    }
    reader.finish();
    return scale;
}

CardDefinition readCard(const JsonFile& file, const JsonPointer& pointer)
{
    JsonObjectReader reader(file, pointer, "The card");
    CardDefinition card;
    card.id = reader.requireId("id");
    card.label = reader.requireString("label");
    card.spoken = reader.optionalString("spoken");
    if (card.spoken.empty())
        card.spoken = card.label;
    card.phrase = reader.optionalString("phrase");
    if (card.phrase.empty())
        card.phrase = card.label;
    card.symbol = reader.optionalString("symbol");
    reader.finish();
    return card;
}

SectionDefinition readSection(const JsonFile& file, const JsonPointer& pointer, const std::set<std::string>& scaleIds)
{
    JsonObjectReader reader(file, pointer, "The section");
    SectionDefinition section;
    section.id = reader.requireId("id");
    section.title = reader.requireString("title");
    section.prompt = reader.requireString("prompt");
    section.spokenPrompt = reader.optionalString("spoken_prompt");
    if (section.spokenPrompt.empty())
        section.spokenPrompt = section.prompt;
    section.symbol = reader.optionalString("symbol");
    section.scaleId = reader.requireString("scale");
    if (scaleIds.count(section.scaleId) == 0)
        reader.failAt("scale", "the scale \"" + section.scaleId + "\" is not in this layout's \"scales\".");
    const JsonPointer cardsPointer = reader.requireArray("cards");
    const Json& cards = file.root().at(cardsPointer);
    std::set<std::string> cardIds;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        CardDefinition card = readCard(file, cardsPointer / i);
        if (!cardIds.insert(card.id).second)
            file.fail(cardsPointer / i / "id", "the card id \"" + card.id + "\" is used twice in this section.");
        section.cards.push_back(std::move(card));
    }
    reader.finish();
    return section;
}

} // namespace

Layout readLayout(const JsonFile& file)
{
    JsonObjectReader reader(file, JsonPointer(), "The layout");
    const std::string format = reader.requireString("format");
    if (format != "rightjob-layout")
        reader.failAt("format", "this is not a Right Job layout (\"format\" should be \"rightjob-layout\").");
    const auto version = reader.requireInteger("format_version");
    if (version != kLayoutFormatVersion)
        reader.failAt("format_version", "this layout is format version " + std::to_string(version)
                                            + "; this program reads version " + std::to_string(kLayoutFormatVersion) + ".");
    Layout layout;
    layout.fileName = file.fileName();
    layout.id = reader.requireId("id");
    layout.title = reader.requireString("title");
    layout.language = reader.requireString("language");
    if (reader.has("attribution")) {
        JsonObjectReader attribution(file, reader.requireObject("attribution"), "The attribution");
        layout.attribution.supporter = attribution.requireString("supporter");
        layout.attribution.observer = attribution.requireString("observer");
        for (const char* key : {"supporter", "observer"}) {
            const std::string& text = std::string(key) == "supporter" ? layout.attribution.supporter
                                                                       : layout.attribution.observer;
            requirePlaceholder(attribution, key, text, "{who}");
            requirePlaceholder(attribution, key, text, "{sentence}");
        }
        if (attribution.has("family_roles")) {
            const JsonPointer roles = attribution.requireArray("family_roles");
            const Json& list = file.root().at(roles);
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (!list[i].is_string() || list[i].get<std::string>().empty())
                    file.fail(roles / i, "each family role should be a word in quotes, like \"Mum\".");
                layout.attribution.familyRoles.push_back(list[i].get<std::string>());
            }
        }
        attribution.finish();
    }

    const JsonPointer scalesPointer = reader.requireArray("scales");
    const Json& scales = file.root().at(scalesPointer);
    if (scales.empty())
        reader.failAt("scales", "the layout needs at least one scale.");
    std::set<std::string> scaleIds;
    for (std::size_t i = 0; i < scales.size(); ++i) {
        Scale scale = readScale(file, scalesPointer / i);
        if (!scaleIds.insert(scale.id).second)
            file.fail(scalesPointer / i / "id", "the scale id \"" + scale.id + "\" is used twice.");
        layout.scales.push_back(std::move(scale));
    }

    const JsonPointer sectionsPointer = reader.requireArray("sections");
    const Json& sections = file.root().at(sectionsPointer);
    if (sections.empty())
        reader.failAt("sections", "the layout needs at least one section.");
    std::set<std::string> sectionIds;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        SectionDefinition section = readSection(file, sectionsPointer / i, scaleIds);
        if (!sectionIds.insert(section.id).second)
            file.fail(sectionsPointer / i / "id", "the section id \"" + section.id + "\" is used twice.");
        layout.sections.push_back(std::move(section));
    }
    reader.finish();
    return layout;
}

Layout loadLayoutFile(const std::string& path)
{
    return readLayout(JsonFile::load(path));
}

std::vector<Layout> loadLayoutFolder(const std::string& folder)
{
    namespace fs = std::filesystem;
    std::vector<std::string> paths;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (it->path().extension() == ".json")
            paths.push_back(it->path().string());
    if (error)
        throw DataError(folder, {}, "the layouts folder cannot be read (" + error.message() + ").");
    std::sort(paths.begin(), paths.end());
    std::vector<Layout> layouts;
    for (const auto& path : paths) {
        Layout layout = loadLayoutFile(path);
        for (const auto& other : layouts)
            if (other.id == layout.id)
                throw DataError(path, {}, "the layout id \"" + layout.id + "\" is also used by " + other.fileName + ".");
        layouts.push_back(std::move(layout));
    }
    std::sort(layouts.begin(), layouts.end(), [](const Layout& a, const Layout& b) { return a.id < b.id; });
    return layouts;
}

} // namespace rightjob::core
