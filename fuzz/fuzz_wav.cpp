// libFuzzer harness for the wav loader; what it runs is
// runLoader(Loader::Wav) in fuzz/loaders.cpp.
#include "loaders.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    rightjob::fuzz::runLoader(rightjob::fuzz::Loader::Wav, std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
