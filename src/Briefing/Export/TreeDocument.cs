using Briefing.Document;
using Briefing.Layout;
using Briefing.Layout.Pages;

namespace Briefing.Export;

/// <summary>
/// What the HTML and Word writers read: the document tree, the metadata from its front matter, the theme, and the
/// folder images are read from (none are read when it is null).
/// </summary>
public sealed record TreeDocument(DocumentTree Tree, DocumentMetadata Metadata, Theme Theme, string? ImageDirectory)
{
    /// <summary>
    /// The page (1-based) each heading id starts on in the laid-out document, which page references print; empty
    /// when the tree was not laid out.
    /// </summary>
    public IReadOnlyDictionary<string, int> PageNumbers { get; init; } = new Dictionary<string, int>();

    /// <summary>The text a page reference to <paramref name="target"/> shows: its page number, or <c>#</c> when unknown.</summary>
    public string PageText(string target) =>
        PageNumbers.TryGetValue(target, out var page) ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "#";
}
