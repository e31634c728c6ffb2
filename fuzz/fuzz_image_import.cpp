// libFuzzer harness for the image import loader; what it runs is
// runLoader(Loader::ImageImport) in fuzz/loaders.cpp.
#include "loaders.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    rightjob::fuzz::runLoader(rightjob::fuzz::Loader::ImageImport, std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
