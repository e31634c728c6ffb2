#include "app/terminal_text.h"

#include <cstdint>
#include <cstdio>
#include <iostream>

namespace rightjob::app {

namespace {

// How many bytes a UTF-8 sequence starting with lead has; 0 when lead cannot start one.
std::size_t sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead >> 5) == 0x6 && lead >= 0xC2)
        return 2;
    if ((lead >> 4) == 0xE)
        return 3;
    if ((lead >> 3) == 0x1E && lead <= 0xF4)
        return 4;
    return 0;
}

// The code point of a whole sequence; -1 when it is not well-formed UTF-8.
long codePoint(const std::string& sequence)
{
    const auto lead = static_cast<unsigned char>(sequence[0]);
    const std::size_t length = sequence.size();
    if (length == 1)
        return lead;
    std::uint32_t code = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(sequence[k]);
        if ((next & 0xC0) != 0x80)
            return -1;
        code = (code << 6) | (next & 0x3F);
    }
    static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return -1;
    return static_cast<long>(code);
}

// Whether a terminal could act on this character rather than show it.
bool isActive(long code)
{
    if (code == '\n' || code == '\t')
        return false;
    return code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x200E && code <= 0x200F)
           || (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

std::string escapedCode(long code)
{
    char text[12];
    std::snprintf(text, sizeof text, "\\u%04lx", code);
    return text;
}

std::string escapedBytes(const std::string& bytes)
{
    std::string out;
    for (unsigned char byte : bytes) {
        char text[8];
        std::snprintf(text, sizeof text, "\\x%02x", byte);
        out += text;
    }
    return out;
}

// The shown form of one whole or broken sequence.
std::string shownSequence(const std::string& sequence)
{
    const long code = codePoint(sequence);
    if (code < 0)
        return escapedBytes(sequence);
    return isActive(code) ? escapedCode(code) : sequence;
}

} // namespace

std::string safeForTerminal(const std::string& text)
{
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = sequenceLength(static_cast<unsigned char>(text[i]));
        if (length == 0 || i + length > text.size()) {
            out += escapedBytes(text.substr(i, 1));
            ++i;
            continue;
        }
        const std::string sequence = text.substr(i, length);
        if (codePoint(sequence) < 0) {
            out += escapedBytes(text.substr(i, 1));
            ++i;
            continue;
        }
        out += shownSequence(sequence);
        i += length;
    }
    return out;
}

TerminalSafeBuffer::~TerminalSafeBuffer()
{
    flushPending(true);
}

void TerminalSafeBuffer::flushPending(bool atEnd)
{
    while (!m_pending.empty()) {
        const std::size_t length = sequenceLength(static_cast<unsigned char>(m_pending[0]));
        if (length == 0) {
            const std::string shown = escapedBytes(m_pending.substr(0, 1));
            m_target->sputn(shown.data(), static_cast<std::streamsize>(shown.size()));
            m_pending.erase(0, 1);
            continue;
        }
        if (m_pending.size() < length) {
            // A continuation byte that cannot belong: the sequence is broken now.
            bool broken = false;
            for (std::size_t k = 1; k < m_pending.size(); ++k)
                broken = broken || (static_cast<unsigned char>(m_pending[k]) & 0xC0) != 0x80;
            if (!broken && !atEnd)
                return; // wait for the rest
            const std::string shown = escapedBytes(m_pending.substr(0, 1));
            m_target->sputn(shown.data(), static_cast<std::streamsize>(shown.size()));
            m_pending.erase(0, 1);
            continue;
        }
        const std::string sequence = m_pending.substr(0, length);
        if (codePoint(sequence) < 0) {
            const std::string shown = escapedBytes(m_pending.substr(0, 1));
            m_target->sputn(shown.data(), static_cast<std::streamsize>(shown.size()));
            m_pending.erase(0, 1);
            continue;
        }
        const std::string shown = shownSequence(sequence);
        m_target->sputn(shown.data(), static_cast<std::streamsize>(shown.size()));
        m_pending.erase(0, length);
    }
}

void TerminalSafeBuffer::put(char c)
{
    m_pending += c;
    flushPending(false);
}

TerminalSafeBuffer::int_type TerminalSafeBuffer::overflow(int_type c)
{
    if (traits_type::eq_int_type(c, traits_type::eof()))
        return traits_type::not_eof(c);
    put(traits_type::to_char_type(c));
    return c;
}

std::streamsize TerminalSafeBuffer::xsputn(const char* text, std::streamsize count)
{
    for (std::streamsize i = 0; i < count; ++i)
        put(text[i]);
    return count;
}

int TerminalSafeBuffer::sync()
{
    return m_target->pubsync();
}

SafeTerminalOutput::SafeTerminalOutput()
    : m_out(std::cout.rdbuf()), m_err(std::cerr.rdbuf()), m_safeOut(m_out), m_safeErr(m_err)
{
    std::cout.rdbuf(&m_safeOut);
    std::cerr.rdbuf(&m_safeErr);
}

SafeTerminalOutput::~SafeTerminalOutput()
{
    std::cout.flush();
    std::cerr.flush();
    std::cout.rdbuf(m_out);
    std::cerr.rdbuf(m_err);
}

} // namespace rightjob::app
