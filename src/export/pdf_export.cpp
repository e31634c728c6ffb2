// [SECTION] Page measures
// [SECTION] Pictures as cairo surfaces
// [SECTION] Text as pango layouts
// [SECTION] Blocks and pages
// [SECTION] Drawing
// [SECTION] Laying out the pages
// [SECTION] The document

#include "export/pdf_export.h"
#include "core/base/text.h"

#include "export/fonts.h"
#include "export/pdf_tagging.h"

#include "core/pictures/image_import.h"
#include "core/pictures/picture_decode.h"
#include "core/summary/reader_pages.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <stb/stb_image_resize.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace rightjob::exporting {

namespace {

// [SECTION] Page measures

// In points (1/72 inch), the same as the HTML page's sizes.
constexpr double kPageWidth = 595.276;  // A4
constexpr double kPageHeight = 841.89;
constexpr double kMarginSide = 51.0;    // 18 mm
constexpr double kMarginTop = 51.0;
constexpr double kMarginBottom = 70.0;  // room for the page number
constexpr double kPageNumberBaseline = kPageHeight - 34.0;
constexpr double kContentWidth = kPageWidth - 2 * kMarginSide;
constexpr double kContentBottom = kPageHeight - kMarginBottom;

constexpr double kLinePicture = 56.0;
constexpr double kLineGap = 16.0;   // between picture and words
constexpr double kLineAfter = 12.0; // between lines
constexpr double kNoteBefore = 4.0;
constexpr double kPartPicture = 40.0;
constexpr double kGroupPicture = 32.0;
constexpr double kHeadingGap = 14.0;
constexpr double kGroupBefore = 18.0;
constexpr double kPartAfter = 28.0;

constexpr double kBodySize = 16.0;
constexpr double kTitleSize = 28.0;
constexpr double kPartSize = 22.0;
constexpr double kGroupSize = 18.0;
constexpr double kPageNumberSize = 14.0;

// The measures of one document: the summary's above, or the short pages'
// (core/summary/reader_pages.h), which flow from part to part on a page, with
// smaller pictures and, for the one-page profile, text made smaller to fit.
struct PageStyle {
    double bodySize = kBodySize;
    double titleSize = kTitleSize;
    double partSize = kPartSize;
    double groupSize = kGroupSize;
    double linePicture = kLinePicture;
    double lineAfter = kLineAfter;
    double partPicture = kPartPicture;
    double groupPicture = kGroupPicture;
    double headingGap = kHeadingGap;
    double groupBefore = kGroupBefore;
    double partAfter = kPartAfter;
    double coverPicture = kLinePicture; // the cover's first line: the person's photo
    bool partsOnNewPages = true;
    bool numberSinglePage = true; // "Page 1 of 1" on a document of one page
};

PageStyle styleFor(const core::SummaryDocument& document)
{
    PageStyle style;
    if (document.kind == core::DocumentKind::Summary)
        return style;
    const double scale = std::clamp(document.textScale, core::kPageTextScales.back(), 1.0);
    style.bodySize = kBodySize * scale;
    style.titleSize = 24.0 * scale;
    style.partSize = 19.0 * scale;
    style.groupSize = 17.0 * scale;
    style.linePicture = 36.0 * scale;
    style.lineAfter = 6.0 * scale;
    style.partPicture = 30.0 * scale;
    style.groupPicture = 26.0 * scale;
    style.headingGap = 8.0 * scale;
    style.groupBefore = 8.0 * scale;
    style.partAfter = 14.0 * scale;
    style.coverPicture = 96.0;
    style.partsOnNewPages = false;
    style.numberSinglePage = false;
    return style;
}

struct Colour {
    double red, green, blue;
};
constexpr Colour kText{0x11 / 255.0, 0x11 / 255.0, 0x11 / 255.0};
constexpr Colour kHeading{0x0b / 255.0, 0x2a / 255.0, 0x4a / 255.0};

// [SECTION] Pictures as cairo surfaces

struct SurfaceDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
using SurfacePointer = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

void freeMimeBytes(void* bytes)
{
    delete static_cast<std::string*>(bytes);
}

// A picture is made smaller while it stays at least this many pixels a
// side: over 2 a point of the biggest box it is drawn in (165 pixels an
// inch), sharp on paper without making the file and the time to make it
// grow for nothing.
constexpr int kFewestPicturePixels = 128;

// The pixels made smaller with stb_image_resize (the same scaler photos are
// imported with, in linear light), the shorter side kFewestPicturePixels.
std::vector<unsigned char> shrunk(const std::vector<unsigned char>& rgb, int& width, int& height)
{
    const double scale = static_cast<double>(kFewestPicturePixels) / std::min(width, height);
    const int smallerWidth = std::max(1, static_cast<int>(width * scale + 0.5));
    const int smallerHeight = std::max(1, static_cast<int>(height * scale + 0.5));
    std::vector<unsigned char> smaller(static_cast<std::size_t>(smallerWidth) * static_cast<std::size_t>(smallerHeight) * 3);
    if (!stbir_resize_uint8_srgb(rgb.data(), width, height, 0, smaller.data(), smallerWidth, smallerHeight, 0, 3,
                                 STBIR_ALPHA_CHANNEL_NONE, 0))
        return rgb;
    width = smallerWidth;
    height = smallerHeight;
    return smaller;
}

// A picture decoded into a surface, laid on white: the page is white, and a
// picture with no transparent parts is less for the PDF to hold (no soft
// mask). A picture much bigger than it is drawn is made smaller. A JPEG
// photo keeps its own bytes as well, so cairo puts it into the PDF as it is.
SurfacePointer surfaceFromPicture(const PictureFile& picture)
{
    std::optional<core::DecodedPicture> decoded =
        core::decodePicture(picture.bytes, 4, core::kPhotoMaxSourceSide, core::kPhotoMaxSourcePixels);
    if (!decoded)
        return nullptr;
    int width = decoded->width;
    int height = decoded->height;
    const unsigned char* pixels = decoded->pixels.data();
    std::vector<unsigned char> rgb(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    for (std::size_t i = 0, count = static_cast<std::size_t>(width) * static_cast<std::size_t>(height); i < count; ++i) {
        const unsigned alpha = pixels[i * 4 + 3];
        for (std::size_t c = 0; c < 3; ++c)
            rgb[i * 3 + c] = static_cast<unsigned char>((pixels[i * 4 + c] * alpha + 255 * (255 - alpha) + 127) / 255);
    }
    decoded.reset();

    const bool isJpeg = picture.contentType == "image/jpeg";
    if (!isJpeg && std::min(width, height) >= 2 * kFewestPicturePixels)
        rgb = shrunk(rgb, width, height);

    SurfacePointer surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        return nullptr;
    cairo_surface_flush(surface.get());
    unsigned char* data = cairo_image_surface_get_data(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    for (int y = 0; y < height; ++y) {
        auto* row = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        const unsigned char* source = rgb.data() + static_cast<std::ptrdiff_t>(y) * width * 3;
        for (int x = 0; x < width; ++x)
            row[x] = (static_cast<std::uint32_t>(source[x * 3]) << 16) | (static_cast<std::uint32_t>(source[x * 3 + 1]) << 8)
                     | source[x * 3 + 2];
    }
    cairo_surface_mark_dirty(surface.get());
    if (isJpeg) {
        auto* bytes = new std::string(picture.bytes);
        cairo_surface_set_mime_data(surface.get(), CAIRO_MIME_TYPE_JPEG, reinterpret_cast<const unsigned char*>(bytes->data()),
                                    bytes->size(), freeMimeBytes, bytes);
    }
    return surface;
}

// The surfaces of one PDF, one for each picture, so each picture is in the
// file once however often it is shown.
class SurfaceCache {
public:
    explicit SurfaceCache(const PictureSource& pictures) : m_pictures(pictures) {}

    cairo_surface_t* get(const core::SummaryPicture& picture)
    {
        const PictureFile* file = m_pictures.load(picture, core::SymbolSize::Large);
        if (!file)
            return nullptr;
        const std::string key = m_pictures.keyOf(picture, core::SymbolSize::Large);
        auto found = m_surfaces.find(key);
        if (found == m_surfaces.end())
            found = m_surfaces.emplace(key, surfaceFromPicture(*file)).first;
        return found->second.get();
    }

private:
    const PictureSource& m_pictures;
    std::map<std::string, SurfacePointer> m_surfaces;
};

// [SECTION] Text as pango layouts

struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPointer = std::unique_ptr<PangoLayout, LayoutDeleter>;

enum class Weight { Regular, Bold };

class TextMaker {
public:
    TextMaker(cairo_t* cairo, bool rightToLeft)
        : m_fontMap(pango_cairo_font_map_new()), m_context(pango_font_map_create_context(m_fontMap)),
          m_rightToLeft(rightToLeft)
    {
        pango_cairo_update_context(cairo, m_context);
        // Every line in the document's direction, whatever letter it starts with.
        pango_context_set_base_dir(m_context, rightToLeft ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
        // Points as cairo's units, and outlines placed exactly, not
        // snapped to a screen's pixels.
        pango_cairo_context_set_resolution(m_context, 72.0);
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(m_context, options);
        cairo_font_options_destroy(options);
    }
    ~TextMaker()
    {
        g_object_unref(m_context);
        g_object_unref(m_fontMap);
    }
    TextMaker(const TextMaker&) = delete;
    TextMaker& operator=(const TextMaker&) = delete;

    LayoutPointer make(const std::string& text, double size, Weight weight, double width) const
    {
        LayoutPointer layout(pango_layout_new(m_context));
        PangoFontDescription* font = pango_font_description_new();
        pango_font_description_set_family(font, kSummaryFontFamily);
        pango_font_description_set_weight(font, weight == Weight::Bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_size(font, static_cast<int>(size * PANGO_SCALE));
        pango_layout_set_font_description(layout.get(), font);
        pango_font_description_free(font);
        pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD);
        pango_layout_set_auto_dir(layout.get(), FALSE);
        pango_layout_set_alignment(layout.get(), m_rightToLeft ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
        pango_layout_set_spacing(layout.get(), static_cast<int>(size * 0.15 * PANGO_SCALE));
        PangoAttrList* attributes = pango_attr_list_new();
        pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(FALSE)); // EASY_READ.md rule 16
        pango_layout_set_attributes(layout.get(), attributes);
        pango_attr_list_unref(attributes);
        pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
        return layout;
    }

private:
    PangoFontMap* m_fontMap;
    PangoContext* m_context;
    bool m_rightToLeft;
};

double heightOf(PangoLayout* layout)
{
    int width = 0, height = 0;
    pango_layout_get_size(layout, &width, &height);
    return static_cast<double>(height) / PANGO_SCALE;
}

// [SECTION] Blocks and pages

enum class BlockKind { Title, PartHeading, GroupHeading, Line };

// One thing placed on a page: a heading or a line with its notes.
struct Block {
    BlockKind kind = BlockKind::Line;
    std::size_t part = 0;
    int group = -1;        // in the part's groups; -1 for the part's title and own lines
    std::size_t line = 0;  // a line's place in the part's lines or its group's
    const core::SummaryPicture* picture = nullptr; // drawn from the surface cache; nullptr for none
    double pictureSize = 0;
    LayoutPointer text;
    std::vector<LayoutPointer> notes;
    double textHeight = 0; // the words, notes included
    double before = 0;     // space above
    double height = 0;     // from its top to the top of the next block
    std::string link;      // the part a contents line links to
    bool repeated = false; // a title or heading again at the top of a later page
    bool onCover = false;  // a heading of the cover: its groups are level 2, as in the HTML
    const Block* groupHeading = nullptr; // a line's group heading, said again when the group runs on
};

struct PlacedBlock {
    const Block* block = nullptr;
    double top = 0;
};

struct Page {
    std::vector<PlacedBlock> blocks;
};

class Paginator {
public:
    explicit Paginator(std::vector<Page>& pages) : m_pages(pages) { newPage(); }

    void newPage()
    {
        m_pages.emplace_back();
        m_y = kMarginTop;
    }

    bool pageIsEmpty() const { return m_pages.back().blocks.empty(); }

    // Leaves space below what is on the page (none at the top of a page).
    void space(double amount)
    {
        if (!pageIsEmpty())
            m_y += amount;
    }
    double room() const { return kContentBottom - m_y; }

    // Places a block, on a new page when it does not fit (keepWith more
    // must fit with it, so a heading is never last on a page). A part that
    // runs on to a new page has its title again at the top, and a group
    // its heading.
    void place(const Block& block, double keepWith, const Block* partTitle)
    {
        double top = pageIsEmpty() ? 0 : block.before;
        if (!pageIsEmpty() && m_y + top + block.height + keepWith > kContentBottom) {
            newPage();
            top = 0;
            if (partTitle && block.kind != BlockKind::PartHeading) {
                m_pages.back().blocks.push_back({partTitle, m_y});
                m_y += partTitle->height;
                if (block.kind == BlockKind::Line && block.groupHeading) {
                    m_y += block.groupHeading->before;
                    m_pages.back().blocks.push_back({block.groupHeading, m_y});
                    m_y += block.groupHeading->height;
                }
            }
        }
        m_y += top;
        m_pages.back().blocks.push_back({&block, m_y});
        m_y += block.height;
    }

private:
    std::vector<Page>& m_pages;
    double m_y = kMarginTop;
};

// [SECTION] Drawing

void setColour(cairo_t* cairo, const Colour& colour)
{
    cairo_set_source_rgb(cairo, colour.red, colour.green, colour.blue);
}

void drawPicture(cairo_t* cairo, cairo_surface_t* surface, double x, double y, double box)
{
    if (!surface)
        return;
    const double width = cairo_image_surface_get_width(surface);
    const double height = cairo_image_surface_get_height(surface);
    if (width <= 0 || height <= 0)
        return;
    const double scale = std::min(box / width, box / height);
    cairo_save(cairo);
    cairo_translate(cairo, x + (box - width * scale) / 2, y + (box - height * scale) / 2);
    cairo_scale(cairo, scale, scale);
    cairo_set_source_surface(cairo, surface, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cairo), CAIRO_FILTER_GOOD);
    // A filled rectangle, not cairo_paint: cairo 1.16 breaks its marked
    // content (a tag error at the end of the page) when an image is painted
    // inside nested structure tags.
    cairo_rectangle(cairo, 0, 0, width, height);
    cairo_fill(cairo);
    cairo_restore(cairo);
}

void drawText(cairo_t* cairo, PangoLayout* layout, double x, double y, const Colour& colour, const char* tag)
{
    if (tag)
        cairo_tag_begin(cairo, tag, "");
    setColour(cairo, colour);
    cairo_move_to(cairo, x, y);
    pango_cairo_show_layout(cairo, layout);
    if (tag)
        cairo_tag_end(cairo, tag);
}

// The structure as the pages are drawn: cairo's tags, and what the pass of
// pdf_tagging.h adds afterwards (artifacts, alternative texts, link texts).
class Structure {
public:
    explicit Structure(cairo_t* cairo) : m_cairo(cairo) {}

    void begin(const char* tag) { cairo_tag_begin(m_cairo, tag, ""); }
    void end(const char* tag) { cairo_tag_end(m_cairo, tag); }

    // Something that is not part of what the document says: a footer, a
    // rule, a heading said again, a picture beside words that say the same.
    template <typename Draw>
    void artifact(const Draw& draw)
    {
        begin(kArtifactStandIn);
        draw();
        end(kArtifactStandIn);
    }

    // A picture with what it shows, as the HTML page's alt text says it.
    template <typename Draw>
    void figure(const std::string& altText, const Draw& draw)
    {
        begin("Figure");
        draw();
        end("Figure");
        m_what.figureAltTexts.push_back(altText);
    }

    void linkBegin(const std::string& destination, const std::string& text)
    {
        cairo_tag_begin(m_cairo, CAIRO_TAG_LINK, ("dest='" + destination + "'").c_str());
        m_what.linkTexts.push_back(text);
    }
    void linkEnd() { cairo_tag_end(m_cairo, CAIRO_TAG_LINK); }

    PdfAccessibility& what() { return m_what; }

private:
    cairo_t* m_cairo;
    PdfAccessibility m_what;
};

std::string textOf(PangoLayout* layout)
{
    const char* text = pango_layout_get_text(layout);
    return text ? text : "";
}

// One block. A title or heading said again at the top of a page is an
// artifact, as are the rules under titles and the pictures beside headings
// (the HTML page gives them empty alt text: the heading says the same). A
// line is a list item: its picture the label, its words the body.
void drawBlock(cairo_t* cairo, Structure& structure, const Block& block, double top, SurfaceCache& surfaces)
{
    const double left = kMarginSide;
    cairo_surface_t* picture = block.picture ? surfaces.get(*block.picture) : nullptr;
    switch (block.kind) {
    case BlockKind::Title:
    case BlockKind::PartHeading:
    case BlockKind::GroupHeading: {
        const bool isTitle = block.kind == BlockKind::Title;
        const bool isPart = block.kind == BlockKind::PartHeading;
        const double row = isTitle ? block.textHeight : std::max(block.pictureSize, block.textHeight);
        const double textLeft = picture ? left + block.pictureSize + kHeadingGap : left;
        const double textTop = isTitle ? top : top + (row - block.textHeight) / 2;
        if (picture)
            structure.artifact([&] { drawPicture(cairo, picture, left, top + (row - block.pictureSize) / 2, block.pictureSize); });
        // The same levels as the HTML page: h1 the title, h2 the parts and
        // the cover's own groups ("People who helped"), h3 other groups.
        const char* tag = isTitle ? "H1" : isPart || block.onCover ? "H2" : "H3";
        if (block.repeated) {
            structure.artifact([&] { drawText(cairo, block.text.get(), textLeft, textTop, kHeading, nullptr); });
        } else {
            if (!block.link.empty())
                cairo_tag_begin(cairo, CAIRO_TAG_DEST, ("name='" + block.link + "'").c_str());
            drawText(cairo, block.text.get(), textLeft, textTop, kHeading, tag);
            if (!block.link.empty())
                cairo_tag_end(cairo, CAIRO_TAG_DEST);
        }
        if (isTitle || isPart)
            structure.artifact([&] {
                setColour(cairo, kHeading);
                cairo_rectangle(cairo, left, top + row + 8, kContentWidth, isTitle ? 3 : 2);
                cairo_fill(cairo);
            });
        break;
    }
    case BlockKind::Line: {
        structure.begin("LI");
        if (picture) {
            const auto draw = [&] { drawPicture(cairo, picture, left, top, block.pictureSize); };
            if (block.picture->altText.empty()) {
                structure.artifact(draw);
            } else {
                structure.begin("Lbl");
                structure.figure(block.picture->altText, draw);
                structure.end("Lbl");
            }
        }
        const double textLeft = left + block.pictureSize + kLineGap;
        double y = top + std::max(0.0, (block.pictureSize - block.textHeight) / 2);
        structure.begin("LBody");
        structure.begin("P");
        if (!block.link.empty())
            structure.linkBegin(block.link, textOf(block.text.get()));
        drawText(cairo, block.text.get(), textLeft, y, block.link.empty() ? kText : kHeading, nullptr);
        if (!block.link.empty())
            structure.linkEnd();
        structure.end("P");
        y += heightOf(block.text.get());
        for (const auto& note : block.notes) {
            y += kNoteBefore;
            drawText(cairo, note.get(), textLeft, y, kText, "P");
            y += heightOf(note.get());
        }
        structure.end("LBody");
        structure.end("LI");
        break;
    }
    }
}

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

std::string partLink(std::size_t part)
{
    return "part-" + std::to_string(part);
}

// [SECTION] Laying out the pages

// Every block of a summary and the pages they fall on.
struct LaidOutSummary {
    std::vector<std::unique_ptr<Block>> blocks;
    std::vector<Page> pages;
};

// Which heading pictures will be drawn: a heading with none has its words
// start at the left, so the answer changes where lines wrap.
using PictureIsDrawn = std::function<bool(const core::SummaryPicture&)>;

// Measures every block with text and breaks the summary into pages: the one
// decision both the PDF and the screen's printed pages follow.
LaidOutSummary layOutSummary(const core::SummaryDocument& document, const TextMaker& text,
                             const PictureIsDrawn& pictureIsDrawn)
{
    LaidOutSummary laidOut;
    std::vector<std::unique_ptr<Block>>& blocks = laidOut.blocks;
    const PageStyle style = styleFor(document);

    auto lineBlock = [&](const core::SummaryLine& line, std::size_t part, int group, std::size_t lineIndex,
                         const std::string& link) {
        auto block = std::make_unique<Block>();
        block->kind = BlockKind::Line;
        block->part = part;
        block->group = group;
        block->line = lineIndex;
        block->picture = &line.picture;
        const bool isPersonPhoto = part == 0 && lineIndex == 0 && group < 0;
        block->pictureSize = isPersonPhoto ? style.coverPicture : style.linePicture;
        const double lineTextWidth = kContentWidth - block->pictureSize - kLineGap;
        block->text = text.make(line.text, style.bodySize, Weight::Bold, lineTextWidth);
        block->textHeight = heightOf(block->text.get());
        for (const auto& note : line.notes) {
            block->notes.push_back(text.make(note.text, style.bodySize, Weight::Regular, lineTextWidth));
            block->textHeight += kNoteBefore + heightOf(block->notes.back().get());
        }
        block->before = 0;
        block->height = std::max(block->pictureSize, block->textHeight) + style.lineAfter;
        block->link = link;
        return block;
    };
    auto headingBlock = [&](BlockKind kind, const std::string& words, const core::SummaryPicture& picture,
                            std::size_t part, int group) {
        auto block = std::make_unique<Block>();
        block->kind = kind;
        block->part = part;
        block->group = group;
        block->onCover = document.parts[part].kind == core::PartKind::Cover;
        const bool isTitle = kind == BlockKind::Title;
        const double size = isTitle ? style.titleSize : kind == BlockKind::PartHeading ? style.partSize : style.groupSize;
        block->pictureSize = isTitle ? 0 : kind == BlockKind::PartHeading ? style.partPicture : style.groupPicture;
        block->picture = !isTitle && pictureIsDrawn(picture) ? &picture : nullptr;
        const double width = kContentWidth - (block->picture ? block->pictureSize + kHeadingGap : 0);
        block->text = text.make(words, size, Weight::Bold, width);
        block->textHeight = heightOf(block->text.get());
        const double row = std::max(block->picture ? block->pictureSize : 0.0, block->textHeight);
        block->before = kind == BlockKind::GroupHeading ? style.groupBefore : 0;
        block->height = row + (kind == BlockKind::GroupHeading ? style.headingGap : 8 + 3 + style.headingGap + 4);
        return block;
    };

    Paginator paginator(laidOut.pages);
    for (std::size_t index = 0; index < document.parts.size(); ++index) {
        const core::SummaryPart& part = document.parts[index];
        const bool cover = part.kind == core::PartKind::Cover;
        std::vector<Block*> partBlocks;
        auto keep = [&](std::unique_ptr<Block> block) {
            partBlocks.push_back(block.get());
            blocks.push_back(std::move(block));
            return partBlocks.back();
        };
        const BlockKind titleKind = cover ? BlockKind::Title : BlockKind::PartHeading;
        Block* title = keep(headingBlock(titleKind, part.title, part.picture, index, -1));
        title->link = partLink(index);
        auto repeatedTitle = headingBlock(titleKind, part.title, part.picture, index, -1);
        repeatedTitle->repeated = true;
        const bool contentsLinks = part.kind == core::PartKind::Contents
                                   && index + 1 + part.lines.size() == document.parts.size();
        for (std::size_t i = 0; i < part.lines.size(); ++i)
            keep(lineBlock(part.lines[i], index, -1, i, contentsLinks ? partLink(index + 1 + i) : ""));
        for (std::size_t g = 0; g < part.groups.size(); ++g) {
            const core::SummaryGroup& group = part.groups[g];
            const int groupIndex = static_cast<int>(g);
            keep(headingBlock(BlockKind::GroupHeading, group.heading, group.picture, index, groupIndex));
            auto repeatedHeading = headingBlock(BlockKind::GroupHeading, group.heading, group.picture, index, groupIndex);
            repeatedHeading->repeated = true;
            for (std::size_t i = 0; i < group.lines.size(); ++i)
                keep(lineBlock(group.lines[i], index, groupIndex, i, ""))->groupHeading = repeatedHeading.get();
            blocks.push_back(std::move(repeatedHeading));
        }

        // A part starts a new page, but the contents may share the cover's.
        double partHeight = 0;
        for (const Block* block : partBlocks)
            partHeight += block->before + block->height;
        const bool fitsAfterCover = part.kind == core::PartKind::Contents && partHeight + style.partAfter <= paginator.room();
        if (index > 0 && !fitsAfterCover && style.partsOnNewPages)
            paginator.newPage();
        const Block* repeated = repeatedTitle.get();
        blocks.push_back(std::move(repeatedTitle));
        for (std::size_t i = 0; i < partBlocks.size(); ++i) {
            const Block& block = *partBlocks[i];
            const bool isHeading = block.kind != BlockKind::Line;
            const double keepWith = isHeading && i + 1 < partBlocks.size()
                                        ? partBlocks[i + 1]->before + partBlocks[i + 1]->height
                                        : 0;
            paginator.place(block, keepWith, block.kind == BlockKind::Title ? nullptr : repeated);
        }
        paginator.space(style.partAfter);
    }
    return laidOut;
}

cairo_status_t discardBytes(void*, const unsigned char*, unsigned int)
{
    return CAIRO_STATUS_SUCCESS;
}

PrintedBlockKind printedKind(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Title: return PrintedBlockKind::Title;
    case BlockKind::PartHeading: return PrintedBlockKind::PartHeading;
    case BlockKind::GroupHeading: return PrintedBlockKind::GroupHeading;
    case BlockKind::Line: return PrintedBlockKind::Line;
    }
    return PrintedBlockKind::Line;
}

} // namespace

// [SECTION] The document

std::string summaryPdf(const core::SummaryDocument& document, const PictureSource& pictures)
{
    std::string bytes;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendToString, &bytes, kPageWidth, kPageHeight);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        throw PdfError("The PDF could not be started.");
    }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.documentTitle.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Right Job");
    if (!document.madeOn.empty()) {
        const std::string date = document.madeOn + "T00:00:00";
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
    }
    cairo_t* cairo = cairo_create(surface);
    PdfAccessibility what;

    {
        TextMaker text(cairo, isRightToLeftLanguage(document.language));
        SurfaceCache surfaces(pictures);
        const LaidOutSummary laidOut = layOutSummary(document, text, [&](const core::SummaryPicture& picture) {
            return surfaces.get(picture) != nullptr;
        });
        const std::vector<Page>& pages = laidOut.pages;

        // The structure: a Document (which makes cairo call the PDF tagged)
        // holding a Sect for each part, holding its headings and a list (L)
        // for each run of lines, as the HTML page has <ul>.
        Structure structure(cairo);
        structure.begin("Document");
        std::size_t openPart = document.parts.size();
        bool listOpen = false;
        int listGroup = -1;
        auto closeList = [&] {
            if (listOpen)
                structure.end("L");
            listOpen = false;
        };
        auto closeSection = [&] {
            closeList();
            if (openPart != document.parts.size())
                structure.end("Sect");
            openPart = document.parts.size();
        };
        // The bookmarks, added when every page is there (cairo 1.16 fails
        // on a bookmark added while the page it points to is being drawn).
        struct Bookmark {
            bool isGroup;
            std::string title;
            std::string position;
        };
        std::vector<Bookmark> outline;
        for (std::size_t page = 0; page < pages.size(); ++page) {
            for (const PlacedBlock& placed : pages[page].blocks) {
                const Block& block = *placed.block;
                if (!block.repeated) {
                    if (block.part != openPart) {
                        closeSection();
                        structure.begin("Sect");
                        openPart = block.part;
                    }
                    if (block.kind != BlockKind::Line) {
                        closeList();
                    } else if (!listOpen || listGroup != block.group) {
                        closeList();
                        structure.begin("L");
                        listOpen = true;
                        listGroup = block.group;
                    }
                    // A bookmark for every part, and under it one for each of its groups.
                    const std::string position = "page=" + std::to_string(page + 1) + " pos=[0 "
                                                 + std::to_string(static_cast<int>(std::max(0.0, placed.top - 12))) + "]";
                    if (block.kind != BlockKind::Line)
                        outline.push_back({block.kind == BlockKind::GroupHeading, textOf(block.text.get()), position});
                }
                drawBlock(cairo, structure, block, placed.top, surfaces);
            }
            if (pages.size() > 1 || styleFor(document).numberSinglePage) {
                const std::string number = printedPageNumber(document, page, pages.size());
                LayoutPointer footer = text.make(number, kPageNumberSize, Weight::Regular, kContentWidth);
                pango_layout_set_alignment(footer.get(), PANGO_ALIGN_CENTER);
                structure.artifact([&] {
                    drawText(cairo, footer.get(), kMarginSide, kPageNumberBaseline - heightOf(footer.get()) / 2, kText, nullptr);
                });
            }
            if (page + 1 == pages.size()) {
                closeSection();
                structure.end("Document");
            }
            cairo_show_page(cairo);
        }
        int partOutline = CAIRO_PDF_OUTLINE_ROOT;
        for (const Bookmark& bookmark : outline) {
            const int id = cairo_pdf_surface_add_outline(surface, bookmark.isGroup ? partOutline : CAIRO_PDF_OUTLINE_ROOT,
                                                         bookmark.title.c_str(), bookmark.position.c_str(),
                                                         static_cast<cairo_pdf_outline_flags_t>(0));
            if (!bookmark.isGroup)
                partOutline = id;
        }
        what = std::move(structure.what());
    }

    const cairo_status_t status = cairo_status(cairo);
    cairo_destroy(cairo);
    cairo_surface_finish(surface);
    const cairo_status_t finished = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS)
        throw PdfError(std::string("The PDF could not be made: ") + cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : finished) + ".");
    what.language = document.language;
    what.title = document.documentTitle;
    return accessiblePdf(bytes, what);
}

namespace {

// Lays documents out as summaryPdf does, without drawing them: on a PDF
// surface of its own, so the fonts, their metrics and the page breaks are
// the same. Remembers which pictures decode, for every document it measures.
class PageMeasurer {
public:
    explicit PageMeasurer(const PictureSource& pictures)
        : m_pictures(pictures),
          m_surface(cairo_pdf_surface_create_for_stream(discardBytes, nullptr, kPageWidth, kPageHeight)),
          m_cairo(cairo_create(m_surface))
    {
    }
    ~PageMeasurer()
    {
        m_text.reset();
        cairo_destroy(m_cairo);
        cairo_surface_destroy(m_surface);
    }
    PageMeasurer(const PageMeasurer&) = delete;
    PageMeasurer& operator=(const PageMeasurer&) = delete;

    LaidOutSummary layOut(const core::SummaryDocument& document)
    {
        const bool rightToLeft = isRightToLeftLanguage(document.language);
        if (!m_text || m_rightToLeft != rightToLeft) {
            m_text = std::make_unique<TextMaker>(m_cairo, rightToLeft);
            m_rightToLeft = rightToLeft;
        }
        return layOutSummary(document, *m_text, [&](const core::SummaryPicture& picture) {
            // The PDF leaves out a picture it cannot decode; so does this.
            const std::string key = m_pictures.keyOf(picture, core::SymbolSize::Large);
            auto found = m_decodes.find(key);
            if (found == m_decodes.end()) {
                const PictureFile* file = m_pictures.load(picture, core::SymbolSize::Large);
                found = m_decodes.emplace(key, file && decodesAsPicture(file->bytes)).first;
            }
            return found->second;
        });
    }

    // Throws PdfError when cairo failed on the way.
    void check()
    {
        cairo_surface_finish(m_surface);
        const cairo_status_t status = cairo_surface_status(m_surface);
        if (status != CAIRO_STATUS_SUCCESS)
            throw PdfError(std::string("The pages could not be measured: ") + cairo_status_to_string(status) + ".");
    }

private:
    const PictureSource& m_pictures;
    cairo_surface_t* m_surface;
    cairo_t* m_cairo;
    std::unique_ptr<TextMaker> m_text;
    bool m_rightToLeft = false;
    std::map<std::string, bool> m_decodes;
};

// The document with only the kept lines of its parts after the first:
// kept[i] for the i-th line in reading order (a part's own lines, then its
// groups' lines); groups left with no line go.
core::SummaryDocument withKeptLines(const core::SummaryDocument& document, const std::vector<bool>& kept)
{
    core::SummaryDocument out = document;
    std::size_t item = 0;
    for (std::size_t p = 1; p < out.parts.size(); ++p) {
        core::SummaryPart& part = out.parts[p];
        std::vector<core::SummaryLine> lines;
        for (auto& line : part.lines)
            if (kept[item++])
                lines.push_back(std::move(line));
        part.lines = std::move(lines);
        for (auto& group : part.groups) {
            std::vector<core::SummaryLine> groupLines;
            for (auto& line : group.lines)
                if (kept[item++])
                    groupLines.push_back(std::move(line));
            group.lines = std::move(groupLines);
        }
        part.groups.erase(std::remove_if(part.groups.begin(), part.groups.end(),
                                         [](const core::SummaryGroup& group) { return group.lines.empty(); }),
                          part.groups.end());
    }
    // The one-page profile keeps its three headings; other pages lose a part left empty.
    if (out.kind != core::DocumentKind::OnePageProfile)
        out.parts.erase(std::remove_if(out.parts.begin() + 1, out.parts.end(),
                                       [](const core::SummaryPart& part) { return part.lines.empty() && part.groups.empty(); }),
                        out.parts.end());
    return out;
}

} // namespace

std::vector<PrintedPage> summaryPrintedPages(const core::SummaryDocument& document, const PictureSource& pictures)
{
    std::vector<PrintedPage> printed;
    PageMeasurer measurer(pictures);
    {
        const LaidOutSummary laidOut = measurer.layOut(document);
        for (const Page& page : laidOut.pages) {
            PrintedPage& out = printed.emplace_back();
            for (const PlacedBlock& placed : page.blocks) {
                PrintedBlock block;
                block.kind = printedKind(placed.block->kind);
                block.part = placed.block->part;
                block.group = placed.block->group;
                block.line = placed.block->line;
                block.repeated = placed.block->repeated;
                block.hasPicture = placed.block->picture != nullptr;
                block.top = placed.top;
                block.height = placed.block->height;
                out.blocks.push_back(block);
            }
        }
    }
    measurer.check();
    return printed;
}

core::SummaryDocument fittedToPages(const core::SummaryDocument& document, std::size_t maxPages,
                                    const PictureSource& pictures)
{
    PageMeasurer measurer(pictures);
    core::SummaryDocument sized = document;
    for (double scale : core::kPageTextScales) {
        sized.textScale = scale;
        if (measurer.layOut(sized).pages.size() <= maxPages) {
            measurer.check();
            return sized;
        }
    }
    std::vector<std::size_t> itemGroups;
    for (std::size_t p = 1; p < sized.parts.size(); ++p) {
        for (std::size_t i = 0; i < sized.parts[p].lines.size(); ++i)
            itemGroups.push_back(p);
        for (const auto& group : sized.parts[p].groups)
            for (std::size_t i = 0; i < group.lines.size(); ++i)
                itemGroups.push_back(p);
    }
    const std::vector<bool> kept = core::trimToFit(itemGroups, [&](const std::vector<bool>& keep) {
        return measurer.layOut(withKeptLines(sized, keep)).pages.size() <= maxPages;
    });
    measurer.check();
    return withKeptLines(sized, kept);
}

std::string printedPageNumber(const core::SummaryDocument& document, std::size_t page, std::size_t pages)
{
    return core::replaced(core::replaced(document.pageNumber, "{page}", std::to_string(page + 1)), "{pages}", std::to_string(pages));
}

} // namespace rightjob::exporting
