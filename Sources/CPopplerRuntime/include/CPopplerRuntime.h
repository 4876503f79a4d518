// poppler's GLib interface, opened the first time a PDF is read rather than when mspvet starts:
// poppler-glib brings some fifty shared libraries (cairo, NSS, font and image codecs) whose
// loading and relocation were most of the start-up of a run that reads no PDF.
//
// The declarations below are the part of poppler-glib's and GLib's public, stable ABI that
// mspvet calls (poppler-glib soname 8, GLib 2), with the layouts of their public structures;
// the test suite compares each layout with the installed headers.
#ifndef MSPVET_POPPLER_RUNTIME_H
#define MSPVET_POPPLER_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

typedef struct MSPVetPopplerDocument MSPVetPopplerDocument;
typedef struct MSPVetPopplerPage MSPVetPopplerPage;
typedef struct MSPVetGBytes MSPVetGBytes;

/// `PopplerRectangle`: a character's box, in points from the page's top left.
typedef struct {
    double x1;
    double y1;
    double x2;
    double y2;
} MSPVetPopplerRectangle;

/// `PopplerColor`.
typedef struct {
    uint16_t red;
    uint16_t green;
    uint16_t blue;
} MSPVetPopplerColor;

/// `PopplerTextAttributes`: the font of the characters `start_index` through `end_index`.
typedef struct {
    char *_Nullable font_name;
    double font_size;
    int is_underlined;
    MSPVetPopplerColor color;
    int start_index;
    int end_index;
} MSPVetPopplerTextAttributes;

/// `GList`.
typedef struct MSPVetGList {
    void *_Nullable data;
    struct MSPVetGList *_Nullable next;
    struct MSPVetGList *_Nullable prev;
} MSPVetGList;

/// `GError`.
typedef struct {
    uint32_t domain;
    int code;
    char *_Nonnull message;
} MSPVetGError;

/// `POPPLER_ERROR_ENCRYPTED` in `PopplerError`.
enum { MSPVET_POPPLER_ERROR_ENCRYPTED = 1 };

/// The functions mspvet calls, resolved from the loaded library.
typedef struct {
    MSPVetGBytes *_Nonnull (*_Nonnull g_bytes_new)(const void *_Nullable data, size_t size);
    void (*_Nonnull g_bytes_unref)(MSPVetGBytes *_Nonnull bytes);
    void (*_Nonnull g_object_unref)(void *_Nonnull object);
    void (*_Nonnull g_free)(void *_Nullable memory);
    void (*_Nonnull g_error_free)(MSPVetGError *_Nonnull error);
    uint32_t (*_Nonnull poppler_error_quark)(void);
    MSPVetPopplerDocument *_Nullable (*_Nonnull poppler_document_new_from_bytes)(
        MSPVetGBytes *_Nonnull bytes, const char *_Nullable password, MSPVetGError *_Nullable *_Nullable error);
    int (*_Nonnull poppler_document_get_n_pages)(MSPVetPopplerDocument *_Nonnull document);
    MSPVetPopplerPage *_Nullable (*_Nonnull poppler_document_get_page)(MSPVetPopplerDocument *_Nonnull document, int index);
    char *_Nullable (*_Nonnull poppler_page_get_text)(MSPVetPopplerPage *_Nonnull page);
    int (*_Nonnull poppler_page_get_text_layout)(
        MSPVetPopplerPage *_Nonnull page, MSPVetPopplerRectangle *_Nullable *_Nonnull rectangles, unsigned int *_Nonnull count);
    MSPVetGList *_Nullable (*_Nonnull poppler_page_get_text_attributes)(MSPVetPopplerPage *_Nonnull page);
    void (*_Nonnull poppler_page_free_text_attributes)(MSPVetGList *_Nullable list);
} MSPVetPoppler;

/// The library's functions, loaded on the first call (once, whichever thread asks first); NULL
/// when it cannot be loaded, with the reason in `mspvet_poppler_failure`.
const MSPVetPoppler *_Nullable mspvet_poppler(void);

/// Why `mspvet_poppler` returned NULL (the loader's message), or NULL if it did not.
const char *_Nullable mspvet_poppler_failure(void);

#endif
