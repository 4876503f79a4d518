// libxml2's HTML parser: recovers from real-world HTML and keeps each node's source line.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU that Foundation bundles. Only
// the layout of xmlCharEncodingHandler depends on it, and mspvet never touches that struct.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
// The pull reader: a DOCX body, read without entity substitution or network access.
#include <libxml/xmlreader.h>
