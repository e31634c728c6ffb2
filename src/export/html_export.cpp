// [SECTION] Style
// [SECTION] Pieces of the page
// [SECTION] The page

#include "export/html_export.h"

#include "core/base/json_file.h"

namespace rightjob::exporting {

namespace {

// [SECTION] Style

// The same sizes as the PDF (pdf_export.cpp), so paper and screen match.
const char* kStyle = R"(
html { background: #ffffff; color: #111111; }
body { font-family: "Andika", "Andika New Basic", sans-serif; font-size: 16pt; line-height: 1.35;
  margin: 0 auto; max-width: 44em; padding: 24pt 32pt 48pt; text-align: start; hyphens: manual;
  overflow-wrap: normal; }
h1, h2, h3 { color: #0b2a4a; line-height: 1.2; margin: 0; font-weight: 700; }
h1 { font-size: 28pt; }
h2 { font-size: 22pt; }
h3 { font-size: 18pt; }
.part { margin: 0 0 28pt; }
.heading { display: flex; align-items: center; gap: 14pt; margin: 0 0 14pt; }
.part > .heading { border-bottom: 2pt solid #0b2a4a; padding-bottom: 8pt; }
.cover > .heading { border-bottom: 3pt solid #0b2a4a; }
.heading img { width: 40pt; height: 40pt; flex: none; }
.group > .heading { margin-top: 18pt; }
.group > .heading img { width: 32pt; height: 32pt; }
.lines { list-style: none; margin: 0; padding: 0; }
.line { display: flex; align-items: flex-start; gap: 16pt; margin: 0 0 12pt; break-inside: avoid; }
.line > img, .line > .no-picture { width: 56pt; height: 56pt; flex: none; object-fit: contain; }
.words { flex: 1; min-height: 56pt; display: flex; flex-direction: column; justify-content: center; }
.statement { font-weight: 700; margin: 0; }
.note { font-weight: 400; margin: 4pt 0 0; }
a { color: #0b2a4a; text-decoration: underline; }
.short h1 { font-size: 24pt; }
.short h2 { font-size: 19pt; }
.short h3 { font-size: 17pt; }
.short .part { margin: 0 0 14pt; }
.short .heading { gap: 8pt; margin: 0 0 8pt; }
.short .heading img { width: 30pt; height: 30pt; }
.short .line { gap: 12pt; margin: 0 0 6pt; }
.short .line > img, .short .line > .no-picture { width: 36pt; height: 36pt; }
.short .words { min-height: 36pt; }
.short .cover .line:first-child > img, .short .cover .line:first-child > .no-picture { width: 96pt; height: 96pt; }
.short .cover .line:first-child .words { min-height: 96pt; }
.one-page { max-width: 84em; }
@media screen and (min-width: 60em) {
  .one-page main { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); column-gap: 24pt; }
  .one-page .cover { grid-column: 1 / -1; }
}
@media print {
  @page { size: A4; margin: 18mm 18mm 20mm; }
  .short .part { break-before: auto; margin: 0 0 14pt; }
  body { max-width: none; padding: 0; }
  .part { break-before: page; margin: 0; }
  .part.first, .part.contents { break-before: auto; }
  .heading { break-after: avoid; }
  .line { break-inside: avoid; }
}
)";

// [SECTION] Pieces of the page

void appendImage(std::string& out, const PictureFile& picture, const std::string& altText)
{
    out += "<img src=\"data:" + picture.contentType + ";base64," + base64Encode(picture.bytes) + "\" alt=\""
           + escapeHtml(altText) + "\" width=\"" + std::to_string(picture.width) + "\" height=\""
           + std::to_string(picture.height) + "\">";
}

void appendHeading(std::string& out, const std::string& tag, const std::string& text, const core::SummaryPicture& picture,
                   const PictureSource& pictures, const std::string& id = "")
{
    out += "<div class=\"heading\">";
    if (const PictureFile* file = pictures.load(picture, core::SymbolSize::Small))
        appendImage(out, *file, ""); // the heading beside it says what it shows
    out += "<" + tag + (id.empty() ? "" : " id=\"" + id + "\"") + ">" + escapeHtml(text) + "</" + tag + ">";
    out += "</div>\n";
}

void appendLines(std::string& out, const std::vector<core::SummaryLine>& lines, const PictureSource& pictures,
                 const std::vector<std::string>& links = {})
{
    if (lines.empty())
        return;
    out += "<ul class=\"lines\">\n";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const core::SummaryLine& line = lines[i];
        out += "<li class=\"line\">";
        if (const PictureFile* file = pictures.load(line.picture, core::SymbolSize::Small))
            appendImage(out, *file, line.picture.altText);
        else
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

std::string fontFace(const std::string& path, int weight)
{
    std::string bytes;
    try {
        bytes = core::readWholeFile(path);
    } catch (const core::DataError&) {
        return "";
    }
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
    out.reserve(4 * 1024 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(document.language) + "\" dir=\""
           + (isRightToLeftLanguage(document.language) ? "rtl" : "ltr") + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + escapeHtml(document.documentTitle) + "</title>\n<style>\n";
    if (fonts.found()) {
        out += fontFace(fonts.regular, 400);
        out += fontFace(fonts.bold, 700);
    }
    out += kStyle;
    std::string bodyClass;
    if (document.kind != core::DocumentKind::Summary)
        bodyClass = document.kind == core::DocumentKind::OnePageProfile ? "short one-page" : "short";
    out += "</style>\n</head>\n<body" + (bodyClass.empty() ? std::string() : " class=\"" + bodyClass + "\"")
           + ">\n<main>\n";

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
        out += "<section class=\"" + classes + "\">\n";
        appendHeading(out, cover ? "h1" : "h2", part.title, part.picture, pictures, partAnchor(index));

        std::vector<std::string> links;
        if (part.kind == core::PartKind::Contents && index + 1 + part.lines.size() == document.parts.size())
            for (std::size_t i = 0; i < part.lines.size(); ++i)
                links.push_back(partAnchor(index + 1 + i));
        appendLines(out, part.lines, pictures, links);

        for (const core::SummaryGroup& group : part.groups) {
            out += "<div class=\"group\">\n";
            appendHeading(out, cover ? "h2" : "h3", group.heading, group.picture, pictures);
            appendLines(out, group.lines, pictures);
            out += "</div>\n";
        }
        out += "</section>\n";
    }
    out += "</main>\n</body>\n</html>\n";
    return out;
}

} // namespace rightjob::exporting
