namespace Briefing.Layout;

/// <summary>The block kinds a theme's <c>blocks:</c> section may style.</summary>
internal static class BlockKinds
{
    public static readonly string[] All =
    [
        "paragraph", "heading1", "heading2", "heading3", "heading4", "heading5", "heading6",
        "list", "list-item", "table", "table-header", "blockquote", "code", "code-block", "rule", "link",
        "footnotes", "figure", "caption", "title",
    ];
}
