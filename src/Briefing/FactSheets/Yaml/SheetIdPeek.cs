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

        // Loading reads the breaks as characters where YamlDotNet would break a line; here the sheet is left to loading.
        if (SheetText.Utf8Text(bytes) is not { } text || YamlBreaks.Any(text))
        {
            return null;
        }

        try
        {
            var parser = new Parser(new StringReader(text));
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
    }
}
