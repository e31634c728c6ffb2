// The font of every summary, Andika, made for new readers (fonts-sil-andika),
// and the direction its lines are written in.
#pragma once

#include <string>

namespace rightjob::exporting {

// The family name pango and the HTML page ask for.
inline constexpr const char* kSummaryFontFamily = "Andika";

// The files of Andika's regular and bold faces.
struct FontFiles {
    std::string regular;
    std::string bold;

    bool found() const { return !regular.empty() && !bold.empty(); }
};

// Whether a language (a language tag: "ar", "he-IL") is written right to
// left. A summary's lines take their direction from its language, not from
// their first letter, so "ليلى says I like cooking." reads as English.
bool isRightToLeftLanguage(const std::string& language);

// The font file at path cut down to the glyphs the characters of text need
// (HarfBuzz's subsetter keeps the layout tables for them, so the words look
// the same), as TrueType bytes. Empty when the file cannot be read or cut.
std::string subsetFont(const std::string& path, const std::string& text);

// Asks fontconfig for Andika's regular and bold files, then tries
// /usr/share/fonts/truetype/andika/. Empty paths when it is not installed.
FontFiles findSummaryFonts();

} // namespace rightjob::exporting
