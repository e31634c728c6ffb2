// The pictures of an export: symbols from symbols/ and photos from the
// person's folder, read once each, checked to be real PNG or JPEG pictures,
// with their size in pixels; and base64 for embedding them.
#pragma once

#include "core/summary/summary.h"
#include "core/pictures/symbol_index.h"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace rightjob::exporting {

// A picture file ready to embed.
struct PictureFile {
    std::string bytes;
    std::string contentType; // "image/png" or "image/jpeg"
    std::string extension;   // "png" or "jpg"
    int width = 0;
    int height = 0;
};

// The size and kind of PNG or JPEG bytes, read from their header; nothing
// for anything else or for a picture over 10,000 pixels a side.
std::optional<PictureFile> describePicture(std::string bytes);

// Whether bytes decode as a whole PNG or JPEG picture (not just a header).
bool decodesAsPicture(const std::string& bytes);

// Finds and reads the pictures a summary or board names.
class PictureSource {
public:
    // symbols may be nullptr (no symbol pictures); personFolder holds the
    // person's photos (empty: no photos).
    PictureSource(const core::SymbolIndex* symbols, std::string personFolder);

    // A symbol's PNG, or nothing when it is unknown or cannot be read.
    const PictureFile* symbol(const std::string& id, core::SymbolSize size) const;

    // A photo in the person's folder, or nothing when the path leaves the
    // folder, the file cannot be read, is over 20 MB or is not a picture.
    const PictureFile* photo(const std::string& relativePath) const;

    // The picture of a summary line: its photo, else its symbol; nothing for none.
    const PictureFile* load(const core::SummaryPicture& picture, core::SymbolSize size) const;

    // A short, stable name for the picture load() gives, for ids and dedup.
    std::string keyOf(const core::SummaryPicture& picture, core::SymbolSize size) const;

    // The symbol library pictures come from, or nullptr.
    const core::SymbolIndex* symbols() const { return m_symbols; }

private:
    const PictureFile* cached(const std::string& key, const std::string& path) const;

    const core::SymbolIndex* m_symbols;
    std::string m_personFolder;
    mutable std::map<std::string, std::unique_ptr<PictureFile>> m_cache; // nullptr: cannot be read
};

// Standard base64 (RFC 4648) with padding.
std::string base64Encode(const std::string& bytes);

} // namespace rightjob::exporting
