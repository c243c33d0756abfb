using System.Runtime.InteropServices;

namespace Briefing.Text;

/// <summary>The hb-subset entry points, which HarfBuzzSharp's native library exports but its managed API does not wrap.</summary>
internal static partial class HarfBuzzSubsetApi
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_SUBSET_FLAGS_NOTDEF_OUTLINE: keeps the drawing of .notdef, the box shown for a character no font has.</summary>
    public const uint NotdefOutline = 0x40;

    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: drops hinting instructions, which PDF viewers scale without.</summary>
    public const uint NoHinting = 0x1;

    /// <summary>HB_SUBSET_SETS_DROP_TABLE_TAG: the set of tables the subset leaves out.</summary>
    public const int DropTableSet = 3;

    /// <summary>HB_MAP_VALUE_INVALID: what a map answers for a key it does not hold.</summary>
    public const uint MissingValue = uint.MaxValue;

    [LibraryImport(Library, EntryPoint = "hb_subset_input_create_or_fail")]
    public static partial IntPtr InputCreate();

    [LibraryImport(Library, EntryPoint = "hb_subset_input_destroy")]
    public static partial void InputDestroy(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_unicode_set")]
    public static partial IntPtr InputUnicodeSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_glyph_set")]
    public static partial IntPtr InputGlyphSet(IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set")]
    public static partial IntPtr InputSet(IntPtr input, int setType);

    [LibraryImport(Library, EntryPoint = "hb_subset_input_set_flags")]
    public static partial void InputSetFlags(IntPtr input, uint flags);

    [LibraryImport(Library, EntryPoint = "hb_set_add")]
    public static partial void SetAdd(IntPtr set, uint codepoint);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_create_or_fail")]
    public static partial IntPtr PlanCreate(IntPtr face, IntPtr input);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_destroy")]
    public static partial void PlanDestroy(IntPtr plan);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_old_to_new_glyph_mapping")]
    public static partial IntPtr PlanOldToNewGlyphs(IntPtr plan);

    [LibraryImport(Library, EntryPoint = "hb_subset_plan_execute_or_fail")]
    public static partial IntPtr PlanExecute(IntPtr plan);

    [LibraryImport(Library, EntryPoint = "hb_map_get")]
    public static partial uint MapGet(IntPtr map, uint key);

    [LibraryImport(Library, EntryPoint = "hb_face_destroy")]
    public static partial void FaceDestroy(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_face_reference_blob")]
    public static partial IntPtr FaceReferenceBlob(IntPtr face);

    [LibraryImport(Library, EntryPoint = "hb_blob_get_data")]
    public static partial IntPtr BlobGetData(IntPtr blob, out uint length);

    [LibraryImport(Library, EntryPoint = "hb_blob_destroy")]
    public static partial void BlobDestroy(IntPtr blob);
}
