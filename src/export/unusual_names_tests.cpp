// Names as people write them — emoji, Arabic, Hebrew, 1,000 characters —
// come out whole in the text export (or as the shown name where the whole
// one would make too long a sentence), and the easy-read checker copes.
#include "core/base/easy_read.h"
#include "core/summary/summary.h"
#include "export/text_export.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace rightjob;

namespace {

// The text with every run of spaces and line breaks made one space: the
// export wraps long lines.
std::string unwrapped(const std::string& text)
{
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n';
        if (!space)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    return out;
}

} // namespace

TEST_CASE("The text export names a person whatever their name is written in", "[export][large]")
{
    std::string thousand;
    while (thousand.size() < 1000)
        thousand += "Abcdefghij ";
    thousand.resize(1000);
    const std::vector<std::string> names = {
        "Zoë 🌈 Kaur 👩🏽‍🦱",
        "\u0644\u064A\u0644\u0649 \u062D\u0633\u0646",
        "\u05E0\u05D5\u05E2\u05D4 \u05DB\u05D4\u05DF",
        thousand,
        std::string(1000, 'w'), // one word of 1,000 letters
    };
    const core::Layout layout = testing::shippedLayout("vocational_profile");
    const core::EasyReadChecker checker = core::EasyReadChecker::shipped();
    for (const std::string& name : names) {
        INFO("name: " << name);
        core::Profile profile = testing::smallProfile();
        profile.layoutId = layout.id;
        profile.person.name = name;
        profile.cards["likes/cooking"].answers.push_back({core::AnswerValue::Positive, "person",
                                                          "2026-10-05T10:00:00Z", ""});
        core::SummaryOptions options;
        options.madeOn = "2026-10-05";
        options.words = core::SummaryWords::shipped(layout.language);
        const std::string text = unwrapped(exporting::summaryText(core::makeSummary(profile, layout, options)));
        // The whole name, or the shown name when the whole one would make
        // the sentence longer than easy read allows.
        const bool whole = text.find("This is about " + name + ".") != std::string::npos;
        const bool shown = text.find("This is about " + profile.person.shownName() + ".") != std::string::npos;
        CHECK((whole || shown));
        CHECK(text.find("I like cooking.") != std::string::npos);
        checker.checkText(text);
    }
}
