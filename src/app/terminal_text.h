// What the command line prints goes through a filter, so a name or any text
// read from a file cannot drive the terminal: escape codes (which can set
// the title, move the cursor or hide text), other control characters, the
// C1 controls, text-direction overrides and bytes that are not UTF-8 are
// printed as visible escapes ("\u001b", "\xff") instead. Newlines and tabs
// pass. The escapes keep a JSON string valid JSON.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace rightjob::app {

// text with every character a terminal could act on written as an escape.
std::string safeForTerminal(const std::string& text);

// A stream buffer that passes what is written through safeForTerminal to
// another, a character sequence at a time (one split over two writes is
// put together first).
class TerminalSafeBuffer : public std::streambuf {
public:
    explicit TerminalSafeBuffer(std::streambuf* target) : m_target(target) {}
    ~TerminalSafeBuffer() override;

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* text, std::streamsize count) override;
    int sync() override;

private:
    void put(char c);
    void flushPending(bool atEnd);

    std::streambuf* m_target;
    std::string m_pending; // the start of a UTF-8 sequence
};

// While it lives, std::cout and std::cerr print through TerminalSafeBuffer.
class SafeTerminalOutput {
public:
    SafeTerminalOutput();
    ~SafeTerminalOutput();
    SafeTerminalOutput(const SafeTerminalOutput&) = delete;
    SafeTerminalOutput& operator=(const SafeTerminalOutput&) = delete;

private:
    std::streambuf* m_out;
    std::streambuf* m_err;
    TerminalSafeBuffer m_safeOut;
    TerminalSafeBuffer m_safeErr;
};

} // namespace rightjob::app
