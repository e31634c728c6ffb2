// libFuzzer harness for the bundle loader, past the zip and its check sums;
// what it runs is runLoader(Loader::BundleFiles) in fuzz/loaders.cpp.
#include "loaders.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    rightjob::fuzz::runLoader(rightjob::fuzz::Loader::BundleFiles, std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
