/* The PNG decoder compiled into the fuzz harnesses with coverage and the
   sanitizers (JPEG goes to libjpeg-turbo: core/pictures/picture_decode.cpp).
   Debian's libstb.so is not instrumented, so without this the fuzzer could
   not see inside stb_image, and AddressSanitizer could not check its reads.
   The executable's own definitions win over the shared library's. */
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
