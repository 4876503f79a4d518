#include "CPopplerRuntime.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static MSPVetPoppler functions;
static const MSPVetPoppler *loaded;
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

// Resolves `name` into `*slot`; GLib's and GObject's functions are found through poppler-glib,
// which depends on them (dlsym searches a handle's dependencies too).
static int resolve(void *library, const char *name, void **slot) {
    *slot = dlsym(library, name);
    if (*slot == NULL) {
        snprintf(failure, sizeof failure, "poppler-glib has no %s", name);
        return 0;
    }
    return 1;
}

#define RESOLVE(name) resolve(library, #name, (void **)&functions.name)

// The versioned name is the ABI these declarations describe; the unversioned one (the development
// link) is a fallback for a system that versions it otherwise. Homebrew's folders are not on
// dyld's default search path.
static const char *const names[] = {
#ifdef __APPLE__
    "libpoppler-glib.8.dylib", "/opt/homebrew/lib/libpoppler-glib.8.dylib", "/usr/local/lib/libpoppler-glib.8.dylib",
#else
    "libpoppler-glib.so.8", "libpoppler-glib.so",
#endif
};

static void load(void) {
    void *library = NULL;
    const char *reason = NULL;
    for (size_t index = 0; index < sizeof names / sizeof names[0] && library == NULL; index++) {
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
        if (library == NULL && reason == NULL) {
            reason = dlerror();
        }
    }
    if (library == NULL) {
        snprintf(failure, sizeof failure, "%s", reason != NULL ? reason : names[0]);
        return;
    }
    if (RESOLVE(g_bytes_new) && RESOLVE(g_bytes_unref) && RESOLVE(g_object_unref) && RESOLVE(g_free)
        && RESOLVE(g_error_free) && RESOLVE(poppler_error_quark) && RESOLVE(poppler_document_new_from_bytes)
        && RESOLVE(poppler_document_get_n_pages) && RESOLVE(poppler_document_get_page)
        && RESOLVE(poppler_page_get_text) && RESOLVE(poppler_page_get_text_layout)
        && RESOLVE(poppler_page_get_text_attributes) && RESOLVE(poppler_page_free_text_attributes)) {
        loaded = &functions;
    }
}

const MSPVetPoppler *mspvet_poppler(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *mspvet_poppler_failure(void) {
    pthread_once(&once, load);
    return loaded == NULL ? failure : NULL;
}
