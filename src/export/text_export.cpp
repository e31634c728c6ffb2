#include "export/text_export.h"

namespace rightjob::exporting {

namespace {

// How many characters (not bytes) UTF-8 text has.
std::size_t characterCount(const std::string& text)
{
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++count;
    return count;
}

void heading(std::string& out, const std::string& text, char underline)
{
    out += text + "\n" + std::string(characterCount(text), underline) + "\n\n";
}

void lines(std::string& out, const std::vector<core::SummaryLine>& lines)
{
    for (const core::SummaryLine& line : lines) {
        out += line.text + "\n";
        for (const core::SummaryNote& note : line.notes)
            out += "    " + note.text + "\n";
    }
    if (!lines.empty())
        out += "\n";
}

} // namespace

std::string summaryText(const core::SummaryDocument& document)
{
    std::string out;
    for (const core::SummaryPart& part : document.parts) {
        heading(out, part.title, '=');
        lines(out, part.lines);
        for (const core::SummaryGroup& group : part.groups) {
            heading(out, group.heading, '-');
            lines(out, group.lines);
        }
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

} // namespace rightjob::exporting
