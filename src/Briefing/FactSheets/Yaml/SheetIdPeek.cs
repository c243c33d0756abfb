using System.Buffers;
using System.Text.Unicode;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.FactSheets.Yaml;

/// <summary>
/// The id of a fact sheet read without loading it: the plain value of the top-level `id` key, trimmed as loading
/// trims it, from the events up to that key. A build needs every id before it writes any output (two sheets must not
/// write the same file), and reading ids alone lets it load each sheet only when its documents are rendered.
/// </summary>
internal static class SheetIdPeek
{
    /// <summary>The id, or null when it cannot be told this way (too large, not UTF-8, not a map, no plain `id`, a YAML error): the sheet is then loaded whole.</summary>
    public static string? Read(ReadOnlySpan<byte> bytes)
    {
        // Loading refuses a sheet this large by its size alone, and says so.
        if (bytes.Length > FactSheetLoader.MaxBytes)
        {
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            if (Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return null;
            }

            // Loading reads these as characters where YAML would break a line; here the sheet is left to loading.
            if (chars.AsSpan(0, written).ContainsAny('\u0085', '\u2028', '\u2029'))
            {
                return null;
            }

            var parser = new Parser(new StringReader(new string(chars, 0, written)));
            if (!parser.TryConsume<StreamStart>(out _) || !parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
            {
                return null;
            }

            while (parser.TryConsume<Scalar>(out var key))
            {
                if (key.Value == "id")
                {
                    return parser.TryConsume<Scalar>(out var value) && value.Tag.IsEmpty && value.Anchor.IsEmpty && value.Value.Trim() is { Length: > 0 } id ? id : null;
                }

                parser.SkipThisAndNestedEvents();
            }

            return null;
        }
        catch (YamlException)
        {
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
