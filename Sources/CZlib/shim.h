// Exposes the system zlib (Debian's zlib1g-dev) to Swift.
#include <zlib.h>
