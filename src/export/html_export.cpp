// [SECTION] Style
// [SECTION] Pieces of the page
// [SECTION] The page

#include "export/html_export.h"

#include "core/base/json_file.h"

#include <map>

namespace rightjob::exporting {

namespace {

// [SECTION] Style

// The same sizes as the PDF (pdf_export.cpp), so paper and screen match.
const char* kStyle = R"(
html { background: #ffffff; color: #111111; }
body { font-family: "Andika", "Andika New Basic", sans-serif; font-size: 16pt; line-height: 1.35;
  margin: 0 auto; max-width: 44em; padding: 24pt 32pt 48pt; text-align: start; hyphens: manual;
  overflow-wrap: break-word; }
h1, h2, h3 { color: #0b2a4a; line-height: 1.2; margin: 0; font-weight: 700; min-width: 0; }
h1 { font-size: 28pt; }
h2 { font-size: 22pt; }
h3 { font-size: 18pt; }
.part { margin: 0 0 28pt; }
.heading { display: flex; align-items: center; gap: 14pt; margin: 0 0 14pt; }
.part > .heading { border-bottom: 2pt solid #0b2a4a; padding-bottom: 8pt; }
.cover > .heading { border-bottom: 3pt solid #0b2a4a; }
.heading .pic { width: 40pt; height: 40pt; flex: none; }
.group > .heading { margin-top: 18pt; }
.group > .heading .pic { width: 32pt; height: 32pt; }
.lines { list-style: none; margin: 0; padding: 0; }
.line { display: flex; align-items: flex-start; gap: 16pt; margin: 0 0 12pt; break-inside: avoid; }
.line > .pic, .line > .no-picture { width: 56pt; height: 56pt; flex: none; }
.words { flex: 1; min-width: 0; min-height: 56pt; display: flex; flex-direction: column; justify-content: center; }
.statement { font-weight: 700; margin: 0; }
.note { font-weight: 400; margin: 4pt 0 0; }
.pictures { position: absolute; width: 0; height: 0; overflow: hidden; }
a { color: #0b2a4a; text-decoration: underline; }
.short h1 { font-size: 24pt; }
.short h2 { font-size: 19pt; }
.short h3 { font-size: 17pt; }
.short .part { margin: 0 0 14pt; }
.short .heading { gap: 8pt; margin: 0 0 8pt; }
.short .heading .pic { width: 30pt; height: 30pt; }
.short .line { gap: 12pt; margin: 0 0 6pt; }
.short .line > .pic, .short .line > .no-picture { width: 36pt; height: 36pt; }
.short .words { min-height: 36pt; }
.short .cover .line:first-child > .pic, .short .cover .line:first-child > .no-picture { width: 96pt; height: 96pt; }
.short .cover .line:first-child .words { min-height: 96pt; }
.one-page { max-width: 84em; }
@media screen and (min-width: 60em) {
  .one-page main { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); column-gap: 24pt; }
  .one-page .cover { grid-column: 1 / -1; }
}
@media (max-width: 30em) {
  body { padding: 12pt 10pt 24pt; }
  h1 { font-size: 24pt; }
  h2 { font-size: 20pt; }
  h3 { font-size: 17pt; }
  .heading { gap: 10pt; }
  .heading .pic { width: 32pt; height: 32pt; }
  .group > .heading .pic { width: 28pt; height: 28pt; }
  .line { gap: 10pt; }
  .line > .pic, .line > .no-picture { width: 44pt; height: 44pt; }
  .words { min-height: 44pt; }
}
@media print {
  @page { size: A4; margin: 18mm 18mm 20mm; }
  .short .part { break-before: auto; margin: 0 0 14pt; }
  body { max-width: none; padding: 0; }
  .part { margin: 0 0 24pt; }
  .heading { break-after: avoid; }
  .line { break-inside: avoid; }
  p { orphans: 2; widows: 2; }
}
)";

// [SECTION] Pieces of the page

// Each picture once: an <image> in a hidden <svg> at the top of the page,
// shown wherever it is used by an <svg> with <use>, so a symbol on twenty
// lines is in the file once.
class PageWriter {
public:
    explicit PageWriter(const PictureSource& pictures) : m_pictures(pictures) {}

    // A picture: role="img" with its alternative text, or hidden from
    // assistive technology when altText is empty (it only decorates).
    // False when there is no picture to show.
    bool picture(const core::SummaryPicture& picture, const std::string& altText)
    {
        const PictureFile* file = m_pictures.load(picture, core::SymbolSize::Small);
        if (!file)
            return false;
        const std::string key = m_pictures.keyOf(picture, core::SymbolSize::Small);
        auto found = m_ids.find(key);
        if (found == m_ids.end()) {
            const std::string id = "picture-" + std::to_string(m_ids.size() + 1);
            found = m_ids.emplace(key, id).first;
            m_defs += "<image id=\"" + id + "\" width=\"" + std::to_string(file->width) + "\" height=\""
                      + std::to_string(file->height) + "\" href=\"data:" + file->contentType + ";base64,"
                      + base64Encode(file->bytes) + "\"/>\n";
        }
        out += "<svg class=\"pic\" viewBox=\"0 0 " + std::to_string(file->width) + " " + std::to_string(file->height) + "\"";
        out += altText.empty() ? std::string(" aria-hidden=\"true\" focusable=\"false\"")
                               : " role=\"img\" aria-label=\"" + escapeHtml(altText) + "\"";
        out += "><use href=\"#" + found->second + "\"/></svg>";
        return true;
    }

    // The hidden <svg> holding every picture used.
    std::string pictureDefinitions() const
    {
        if (m_defs.empty())
            return "";
        return "<svg class=\"pictures\" aria-hidden=\"true\" focusable=\"false\"><defs>\n" + m_defs + "</defs></svg>\n";
    }

    std::string out;

private:
    const PictureSource& m_pictures;
    std::map<std::string, std::string> m_ids;
    std::string m_defs;
};

void appendHeading(PageWriter& page, const std::string& tag, const std::string& text, const core::SummaryPicture& picture,
                   const std::string& id = "")
{
    page.out += "<div class=\"heading\">";
    page.picture(picture, ""); // the heading beside it says what it shows
    page.out += "<" + tag + (id.empty() ? "" : " id=\"" + id + "\"") + ">" + escapeHtml(text) + "</" + tag + ">";
    page.out += "</div>\n";
}

void appendLines(PageWriter& page, const std::vector<core::SummaryLine>& lines, const std::vector<std::string>& links = {})
{
    if (lines.empty())
        return;
    std::string& out = page.out;
    out += "<ul class=\"lines\">\n";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const core::SummaryLine& line = lines[i];
        out += "<li class=\"line\">";
        if (!page.picture(line.picture, line.picture.altText))
            out += "<span class=\"no-picture\"></span>";
        out += "<div class=\"words\"><p class=\"statement\">";
        if (i < links.size() && !links[i].empty())
            out += "<a href=\"#" + links[i] + "\">" + escapeHtml(line.text) + "</a>";
        else
            out += escapeHtml(line.text);
        out += "</p>";
        for (const core::SummaryNote& note : line.notes)
            out += "<p class=\"note\">" + escapeHtml(note.text) + "</p>";
        out += "</div></li>\n";
    }
    out += "</ul>\n";
}

// Andika at a weight, cut down to the characters of text.
std::string fontFace(const std::string& path, int weight, const std::string& text)
{
    const std::string bytes = subsetFont(path, text);
    if (bytes.empty())
        return "";
    return "@font-face { font-family: \"Andika\"; font-style: normal; font-weight: " + std::to_string(weight)
           + "; src: url(data:font/ttf;base64," + base64Encode(bytes) + ") format(\"truetype\"); }\n";
}

std::string partAnchor(std::size_t index)
{
    return "part-" + std::to_string(index);
}

} // namespace

std::string escapeHtml(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// [SECTION] The page

std::string summaryHtml(const core::SummaryDocument& document, const PictureSource& pictures, const FontFiles& fonts)
{
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(document.language) + "\" dir=\""
           + (isRightToLeftLanguage(document.language) ? "rtl" : "ltr") + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + escapeHtml(document.documentTitle) + "</title>\n<style>\n";
    if (fonts.found()) {
        std::string shown;
        for (const std::string& text : core::summarySentences(document))
            shown += text + "\n";
        out += fontFace(fonts.regular, 400, shown);
        out += fontFace(fonts.bold, 700, shown);
    }
    out += kStyle;
    std::string bodyClass;
    if (document.kind != core::DocumentKind::Summary)
        bodyClass = document.kind == core::DocumentKind::OnePageProfile ? "short one-page" : "short";
    out += "</style>\n</head>\n<body" + (bodyClass.empty() ? std::string() : " class=\"" + bodyClass + "\"")
           + ">\n";

    PageWriter page(pictures);
    page.out.reserve(256 * 1024);
    for (std::size_t index = 0; index < document.parts.size(); ++index) {
        const core::SummaryPart& part = document.parts[index];
        const bool cover = part.kind == core::PartKind::Cover;
        std::string classes = "part";
        if (index == 0)
            classes += " first";
        if (cover)
            classes += " cover";
        if (part.kind == core::PartKind::Contents)
            classes += " contents";
        page.out += "<section class=\"" + classes + "\">\n";
        appendHeading(page, cover ? "h1" : "h2", part.title, part.picture, partAnchor(index));

        std::vector<std::string> links;
        if (part.kind == core::PartKind::Contents && index + 1 + part.lines.size() == document.parts.size())
            for (std::size_t i = 0; i < part.lines.size(); ++i)
                links.push_back(partAnchor(index + 1 + i));
        appendLines(page, part.lines, links);

        for (const core::SummaryGroup& group : part.groups) {
            page.out += "<div class=\"group\">\n";
            appendHeading(page, cover ? "h2" : "h3", group.heading, group.picture);
            appendLines(page, group.lines);
            page.out += "</div>\n";
        }
        page.out += "</section>\n";
    }
    out += page.pictureDefinitions();
    out += "<main>\n" + page.out + "</main>\n</body>\n</html>\n";
    return out;
}

} // namespace rightjob::exporting
