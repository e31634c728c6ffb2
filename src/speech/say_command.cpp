#include "speech/say_command.h"

#include "core/base/data_error.h"
#include "core/base/file_system.h"
#include "speech/pronunciations.h"
#include "speech/synthesizer.h"
#include "speech/wav.h"

#include <cmath>
#include <iostream>
#include <optional>

namespace rightjob::speech {

namespace {

enum SayStatus { kSuccess = 0, kInputProblem = 1, kWrongCommandLine = 2 };

const char* kSayHelp = R"(Usage:
  rightjob say TEXT --out FILE.wav [--voice V] [--words] [--pronunciations FILE]
  rightjob say --list-voices

Speaks TEXT into FILE.wav (16-bit mono, 22,050 Hz).
  --out FILE.wav          where to write the sound
  --voice V               a voice: a language such as en-gb (the default),
                          a voice file such as gmw/en, with an optional
                          variant: en-gb+f3
  --words                 print each word with the time it starts, in ms
  --pronunciations FILE   say words as a person's pronunciations.json says
  --list-voices           list the installed voices and variants
)";

int wrongCommandLine(std::ostream& err, const std::string& message)
{
    err << "rightjob: " << message << "\n";
    err << "Try \"rightjob say --help\".\n";
    return kWrongCommandLine;
}

int listVoices(std::ostream& out, std::ostream& err)
{
    try {
        for (const VoiceInfo& voice : installedVoices())
            out << voice.language << "  " << voice.identifier << "  " << voice.name << "\n";
        out << "Variants (add after +, as in en-gb+f3):";
        for (const std::string& variant : voiceVariants())
            out << " " << variant;
        out << "\n";
        return kSuccess;
    } catch (const SpeechError& error) {
        err << "rightjob: " << error.what() << "\n";
        return kInputProblem;
    }
}

} // namespace

int runSayCommand(const std::vector<std::string>& arguments)
{
    return runSayCommand(arguments, std::cout, std::cerr);
}

int runSayCommand(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err)
{
    std::string text;
    std::optional<std::string> outPath;
    std::optional<std::string> voice;
    std::optional<std::string> pronunciationsFile;
    bool printWords = false;
    bool optionsEnded = false;

    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        const auto takeValue = [&](std::optional<std::string>& into) -> bool {
            if (i + 1 >= arguments.size())
                return false;
            into = arguments[++i];
            return true;
        };
        if (optionsEnded || argument.empty() || argument[0] != '-' || argument == "-") {
            text += (text.empty() ? "" : " ") + argument;
        } else if (argument == "--") {
            optionsEnded = true;
        } else if (argument == "--help" || argument == "-h") {
            out << kSayHelp;
            return kSuccess;
        } else if (argument == "--list-voices") {
            return listVoices(out, err);
        } else if (argument == "--words") {
            printWords = true;
        } else if (argument == "--out") {
            if (!takeValue(outPath))
                return wrongCommandLine(err, "--out needs the WAV file to write.");
        } else if (argument == "--voice") {
            if (!takeValue(voice))
                return wrongCommandLine(err, "--voice needs a voice, such as en-gb.");
        } else if (argument == "--pronunciations") {
            if (!takeValue(pronunciationsFile))
                return wrongCommandLine(err, "--pronunciations needs a pronunciations.json file.");
        } else {
            return wrongCommandLine(err, "say does not know the option " + argument + ".");
        }
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return wrongCommandLine(err, "say needs the words to speak, as in: rightjob say \"Hello\" --out hello.wav");
    if (!outPath || outPath->empty())
        return wrongCommandLine(err, "say needs --out FILE.wav, the file to write the speech to.");

    try {
        PronunciationList pronunciations;
        if (pronunciationsFile)
            pronunciations = readPronunciations(core::JsonFile::load(*pronunciationsFile));
        VoiceSettings settings;
        if (voice)
            settings.voice = *voice;
        Synthesizer synthesizer(settings);
        const Speech speech = synthesizer.synthesize(applyPronunciations(text, pronunciations));
        const core::FileResult written = writeWavFile(core::realFileSystem(), *outPath, speech.recording());
        if (!written.ok) {
            err << "rightjob: the speech could not be written to " << *outPath << ": " << written.problem << "\n";
            return kInputProblem;
        }
        if (printWords) {
            for (const WordTiming& word : speech.words) {
                const auto milliseconds = std::llround(static_cast<double>(word.startSample) * 1000.0 / speech.sampleRate);
                out << milliseconds << " ms  " << text.substr(word.textStart, word.textLength) << "\n";
            }
        }
        return kSuccess;
    } catch (const SpeechError& error) {
        err << "rightjob: " << error.what();
        if (voice)
            err << " \"rightjob say --list-voices\" lists the voices installed (or \"espeak-ng --voices\").";
        err << "\n";
        return kInputProblem;
    } catch (const core::DataError& error) {
        err << "rightjob: " << error.what() << "\n";
        return kInputProblem;
    }
}

} // namespace rightjob::speech
