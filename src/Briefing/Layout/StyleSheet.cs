using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;
using Briefing.Document;

namespace Briefing.Layout;

/// <summary>Resolves the style of a block from its kind, its classes (named styles) and what its container passes down.</summary>
internal sealed class StyleSheet(Theme theme, string sourcePath, List<Diagnostic> diagnostics)
{
    /// <summary>Classes with a meaning of their own rather than a theme style.</summary>
    private static readonly HashSet<string> Reserved = ["pagebreak", "keep", "decorative", "toc", Landscape];

    /// <summary>The class of a container whose pages are landscape.</summary>
    public const string Landscape = "landscape";

    // By the inherited style itself, not its value: comparing two styles field by field would cost what making one does.
    private readonly Dictionary<BlockStyle, Dictionary<string, BlockStyle>> _plain = new(ReferenceEqualityComparer.Instance);

    public Theme Theme => theme;

    // `container` is what a named style around the block sets for its kind (a table's rules inside a `::: style`):
    // it goes over the theme's block kind and under the block's own classes.
    public BlockStyle Resolve(string kind, BlockStyle inherited, IEnumerable<string> classes, SourceSpan? at, BlockStyle? container = null)
    {
        // Most blocks have no class and inherit what their siblings inherit: their style is made once. Styles never
        // change, so blocks can share one.
        if (container is null && classes is IReadOnlyCollection<string> { Count: 0 })
        {
            if (!_plain.TryGetValue(inherited, out var byKind))
            {
                _plain[inherited] = byKind = new Dictionary<string, BlockStyle>(StringComparer.Ordinal);
            }
            if (!byKind.TryGetValue(kind, out var plain))
            {
                byKind[kind] = plain = theme.Block(kind).Over(inherited);
            }
            return plain;
        }
        var style = theme.Block(kind).Over(inherited);
        if (container is not null)
        {
            style = container.Over(style);
        }
        foreach (var name in classes)
        {
            if (theme.Named(name) is { } named)
            {
                style = named.Over(style);
            }
            else if (!Reserved.Contains(name) && at is not null)
            {
                // A class is written by the template, never by data.
                diagnostics.Add(SourcePlaces.At(sourcePath, at, fromData: false, Severity.Warning,
                    $"the theme has no style `{name}`", $"define it under `styles:` in the theme, or remove `.{name}`"));
            }
        }
        return style;
    }

    public TextStyle Text(BlockStyle style) => new(
        new FontRequest(theme.FamiliesOf(style.Font), style.Bold ?? false, style.Italic ?? false),
        style.Size ?? 10.5f,
        style.Colour ?? Rgba.Black,
        style.Underline ?? false);
}
