// The code of stb_image and stb_image_write, compiled here only when the
// system's libstb does not already hold it (CMake checks and sets
// RIGHTJOB_SYSTEM_STB_LINKS). Debian's libstb does, so normally this is empty.
#if !RIGHTJOB_SYSTEM_STB_LINKS
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
#endif
