#include "export/fonts.h"

#include <fontconfig/fontconfig.h>
#include <glib.h>
#include <hb-subset.h>
#include <hb.h>

#include <string>
#include <sys/stat.h>

namespace rightjob::exporting {

namespace {

bool isFile(const std::string& path)
{
    struct stat info {};
    return !path.empty() && ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

// The file fontconfig gives for Andika at a weight, only when it really is Andika.
std::string fontconfigFile(int weight)
{
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(kSummaryFontFamily));
    FcPatternAddInteger(pattern, FC_WEIGHT, weight);
    FcPatternAddInteger(pattern, FC_SLANT, FC_SLANT_ROMAN);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    std::string path;
    if (match) {
        FcChar8* family = nullptr;
        FcChar8* file = nullptr;
        int matchedWeight = 0;
        if (FcPatternGetString(match, FC_FAMILY, 0, &family) == FcResultMatch
            && std::string(reinterpret_cast<const char*>(family)) == kSummaryFontFamily
            && FcPatternGetInteger(match, FC_WEIGHT, 0, &matchedWeight) == FcResultMatch && matchedWeight == weight
            && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch)
            path = reinterpret_cast<const char*>(file);
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    return isFile(path) ? path : "";
}

} // namespace

bool isRightToLeftLanguage(const std::string& language)
{
    const std::string primary = language.substr(0, language.find('-'));
    for (const char* rightToLeft : {"ar", "arc", "dv", "fa", "ha", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi"})
        if (primary == rightToLeft)
            return true;
    return false;
}

std::string subsetFont(const std::string& path, const std::string& text)
{
    if (!isFile(path))
        return "";
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob)
        return "";
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    std::string bytes;
    if (hb_subset_input_t* input = hb_subset_input_create_or_fail()) {
        hb_set_t* characters = hb_subset_input_unicode_set(input);
        hb_set_add(characters, ' ');
        for (const char* at = text.c_str(); *at;) {
            const gunichar character = g_utf8_get_char_validated(at, -1);
            if (character == static_cast<gunichar>(-1) || character == static_cast<gunichar>(-2))
                break; // summaries are valid UTF-8; stop at anything else
            hb_set_add(characters, character);
            at = g_utf8_next_char(at);
        }
        if (hb_face_t* subset = hb_subset_or_fail(face, input)) {
            hb_blob_t* result = hb_face_reference_blob(subset);
            unsigned int length = 0;
            const char* data = hb_blob_get_data(result, &length);
            if (data && length > 0)
                bytes.assign(data, length);
            hb_blob_destroy(result);
            hb_face_destroy(subset);
        }
        hb_subset_input_destroy(input);
    }
    hb_face_destroy(face);
    return bytes;
}

FontFiles findSummaryFonts()
{
    FontFiles files{fontconfigFile(FC_WEIGHT_REGULAR), fontconfigFile(FC_WEIGHT_BOLD)};
    const std::string folder = "/usr/share/fonts/truetype/andika/";
    if (files.regular.empty() && isFile(folder + "Andika-Regular.ttf"))
        files.regular = folder + "Andika-Regular.ttf";
    if (files.bold.empty() && isFile(folder + "Andika-Bold.ttf"))
        files.bold = folder + "Andika-Bold.ttf";
    return files;
}

} // namespace rightjob::exporting
