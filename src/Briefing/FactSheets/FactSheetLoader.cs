using Briefing.Diagnostics;
using Briefing.FactSheets.Format;
using Briefing.FactSheets.Markings;
using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets;

/// <summary>Reads a <c>briefing/v1</c> fact sheet and reports every problem in it with file, line and column.</summary>
/// <remarks>Never throws on bad input: a broken, hostile or huge file gives diagnostics, not exceptions.</remarks>
public static class FactSheetLoader
{
    /// <summary>Largest fact sheet accepted, in bytes (4 MiB): a hundred times a long one.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Loads a fact sheet from text; <paramref name="displayPath"/> only names the file in diagnostics.</summary>
    public static LoadResult Load(string displayPath, string text) => Load(displayPath, text, LoadOptions.Default);

    /// <summary>Loads a fact sheet from text, reading its side files as <paramref name="options"/> say.</summary>
    public static LoadResult Load(string displayPath, string text, LoadOptions options)
    {
        var bag = new DiagnosticBag(displayPath);
        // Each UTF-16 unit needs at least one UTF-8 byte, so the length alone rules out huge texts cheaply.
        if (text.Length > MaxBytes || SheetText.Utf8Length(text) > MaxBytes)
        {
            return TooLarge(bag);
        }

        var checkedText = SheetText.Check(text, bag);
        return checkedText is null ? Fail(bag) : LoadText(checkedText, bag, options.FolderFor(displayPath), options);
    }

    /// <summary>Loads a fact sheet from UTF-8 bytes (with or without a BOM), reading at most <see cref="MaxBytes"/> + 1 bytes.</summary>
    public static LoadResult Load(string displayPath, Stream stream) => Load(displayPath, stream, LoadOptions.Default);

    /// <summary>Loads a fact sheet from UTF-8 bytes, reading its side files as <paramref name="options"/> say.</summary>
    public static LoadResult Load(string displayPath, Stream stream, LoadOptions options)
    {
        var bag = new DiagnosticBag(displayPath);
        var bytes = ReadAtMost(stream, MaxBytes + 1);
        if (bytes.Length > MaxBytes) return TooLarge(bag);
        var text = SheetText.Decode(bytes, bag);
        return text is null ? Fail(bag) : LoadText(text, bag, options.FolderFor(displayPath), options);
    }

    private static LoadResult LoadText(string text, DiagnosticBag bag, string folder, LoadOptions options)
    {
        var root = SheetReader.Read(text, bag);
        // A lone `---` reads as a null document: as empty as no document at all.
        if (root is null or SheetScalar { IsNull: true })
        {
            if (!bag.HasErrors)
            {
                bag.Error(1, 1, "the file is empty", $"a fact sheet starts with `schema: {FactSheet.SchemaVersion}`");
            }

            return Fail(bag);
        }

        FormatValidator.Validate(root, FactSheetFormat.Root, bag);
        if (bag.HasErrors || root is not SheetMap map) return Fail(bag);

        var markings = SheetMarkings.Check(map, folder, bag);
        if (bag.HasErrors) return Fail(bag);
        var sheet = FactSheetBuilder.Build(map, markings, folder) with { Places = ValuePlaces.Of(map) };
        Provenance.QuoteProvenance.Check(map, sheet, folder, options.Strict, bag);
        return bag.HasErrors ? Fail(bag) : new LoadResult(sheet, bag.ToSortedList()) { Text = text, SideFiles = SideFiles(map, sheet, folder) };
    }

    // The files beside the sheet that its loading read: a marking scheme given as a path, and the sources' saved texts.
    private static IReadOnlyList<string> SideFiles(SheetMap root, FactSheet sheet, string folder)
    {
        var names = new List<string>();
        if (root["markings"] is SheetScalar scheme && !SchemeLoader.Shipped.Contains(scheme.Value.Trim()))
        {
            names.Add(scheme.Value.Trim());
        }

        names.AddRange(sheet.Sources.Select(s => s.File).OfType<string>());
        return names.Select(n => Path.GetFullPath(Path.Combine(folder, n))).Distinct(StringComparer.Ordinal).ToList();
    }

    private static byte[] ReadAtMost(Stream stream, int limit)
    {
        using var buffer = new MemoryStream();
        // A file or a buffer says its length: read that much at once, without a chunk and a copy per fact sheet of a
        // batch. Special files that say 0 (and files that grow or shrink meanwhile) are read on to their end.
        if (stream.CanSeek && stream.Length - stream.Position is var known and > 0 && known < limit)
        {
            var exact = new byte[known];
            var got = stream.ReadAtLeast(exact, exact.Length, throwOnEndOfStream: false);
            var next = got == exact.Length ? stream.ReadByte() : -1;
            if (next < 0)
            {
                return got == exact.Length ? exact : exact[..got];
            }

            buffer.Write(exact);
            buffer.WriteByte((byte)next);
        }

        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length));
            if (read == 0) break;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static LoadResult TooLarge(DiagnosticBag bag)
    {
        bag.Error(1, 1, $"the file is larger than the limit of {MaxBytes / (1024 * 1024)} MiB ({MaxBytes} bytes) for a fact sheet");
        return Fail(bag);
    }

    private static LoadResult Fail(DiagnosticBag bag) => new(null, bag.ToSortedList());
}
