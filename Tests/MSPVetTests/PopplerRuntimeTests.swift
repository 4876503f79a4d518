import CPoppler
import CPopplerRuntime
import Testing

/// poppler-glib is opened when the first PDF is read, through declarations of its public ABI
/// written in the project (CPopplerRuntime.h); the installed headers are the authority, and
/// these examples hold the two to the same layouts.
@Suite("poppler-glib opened at run time matches its headers")
struct PopplerRuntimeTests {
    /// A character's box: four doubles in the same order.
    @Test func rectangleLayoutIsPopplers() {
        #expect(MemoryLayout<MSPVetPopplerRectangle>.size == MemoryLayout<PopplerRectangle>.size)
        #expect(MemoryLayout<MSPVetPopplerRectangle>.offset(of: \.x1) == MemoryLayout<PopplerRectangle>.offset(of: \.x1))
        #expect(MemoryLayout<MSPVetPopplerRectangle>.offset(of: \.y2) == MemoryLayout<PopplerRectangle>.offset(of: \.y2))
    }

    /// The font runs: the indices come after a name, a size, a flag and a colour.
    @Test func textAttributesLayoutIsPopplers() {
        typealias Ours = MSPVetPopplerTextAttributes
        typealias Theirs = PopplerTextAttributes
        #expect(MemoryLayout<Ours>.size == MemoryLayout<Theirs>.size)
        #expect(MemoryLayout<Ours>.alignment == MemoryLayout<Theirs>.alignment)
        #expect(MemoryLayout<Ours>.offset(of: \.font_name) == MemoryLayout<Theirs>.offset(of: \.font_name))
        #expect(MemoryLayout<Ours>.offset(of: \.font_size) == MemoryLayout<Theirs>.offset(of: \.font_size))
        #expect(MemoryLayout<Ours>.offset(of: \.is_underlined) == MemoryLayout<Theirs>.offset(of: \.is_underlined))
        #expect(MemoryLayout<Ours>.offset(of: \.color) == MemoryLayout<Theirs>.offset(of: \.color))
        #expect(MemoryLayout<Ours>.offset(of: \.start_index) == MemoryLayout<Theirs>.offset(of: \.start_index))
        #expect(MemoryLayout<Ours>.offset(of: \.end_index) == MemoryLayout<Theirs>.offset(of: \.end_index))
    }

    /// The list the font runs come in, and the error a document that cannot be opened leaves.
    @Test func listAndErrorLayoutsAreGLibs() {
        #expect(MemoryLayout<MSPVetGList>.size == MemoryLayout<GList>.size)
        #expect(MemoryLayout<MSPVetGList>.offset(of: \.next) == MemoryLayout<GList>.offset(of: \.next))
        #expect(MemoryLayout<MSPVetGError>.size == MemoryLayout<GError>.size)
        #expect(MemoryLayout<MSPVetGError>.offset(of: \.code) == MemoryLayout<GError>.offset(of: \.code))
        #expect(MemoryLayout<MSPVetGError>.offset(of: \.message) == MemoryLayout<GError>.offset(of: \.message))
        #expect(Int(MSPVET_POPPLER_ERROR_ENCRYPTED) == Int(POPPLER_ERROR_ENCRYPTED.rawValue))
    }

    /// The library opens and every function is found, once, whichever thread asks.
    @Test func theLibraryOpensWithEveryFunction() {
        #expect(mspvet_poppler() != nil)
        #expect(mspvet_poppler_failure() == nil)
        #expect(mspvet_poppler() == mspvet_poppler())
    }
}
