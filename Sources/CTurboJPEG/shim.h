// Exposes the system TurboJPEG API of libjpeg-turbo (Debian's libturbojpeg0-dev) to Swift.
#include <turbojpeg.h>
