// poppler's GLib interface: PDF text and its layout, from the same engine as pdftotext.
#include <poppler.h>
