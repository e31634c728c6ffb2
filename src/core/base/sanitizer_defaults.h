// Leak checking that names only leaks that are ours.
//
// Include this header in exactly one file of each program (main.cpp, the
// tests' catch_main.cpp). Under AddressSanitizer it gives LeakSanitizer its
// suppressions from inside the program, so they hold however the program is
// started: by ctest, by a test that runs the real binary, by hand. (An
// LSAN_OPTIONS variable set through ctest's ENVIRONMENT property was easy to
// lose: catch_discover_tests splits a list of variables and kept only the
// first.) In other builds it adds nothing.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define RIGHTJOB_LEAK_CHECKED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RIGHTJOB_LEAK_CHECKED 1
#endif
#endif

#ifdef RIGHTJOB_LEAK_CHECKED
// fontconfig 2.14 keeps a few hundred bytes it allocates while parsing the
// system's font configuration (FcInitLoadConfigAndFonts, called once when
// pango first looks for a font) without any pointer LeakSanitizer can see.
// The stacks end inside libfontconfig, so the library is named.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}
#endif
