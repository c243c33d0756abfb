using System.Runtime.InteropServices;

namespace Briefing.Text;

/// <summary>The hb-subset entry points, which HarfBuzzSharp's native library exports but its managed API does not wrap.</summary>
internal static partial class HarfBuzzSubsetApi
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_SUBSET_FLAGS_RETAIN_GIDS: keeps glyph ids, so shaping done on the full font stays valid.</summary>
    public const uint RetainGlyphIds = 0x2;

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial IntPtr InputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void InputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    public static partial IntPtr InputUnicodeSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_glyph_set")]
    public static partial IntPtr InputGlyphSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    public static partial void InputSetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(IntPtr set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_or_fail")]
    public static partial IntPtr SubsetOrFail(IntPtr face, IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(IntPtr blob);
}
