// libyaml's event API, the C library Yams wraps: read before Yams composes, to refuse key bombs.
#include <yaml.h>
