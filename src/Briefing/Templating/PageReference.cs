namespace Briefing.Templating;

/// <summary>
/// <c>b.ref</c>: the Markdown of a cross-reference, <c>[](#id){.page}</c>, whose page number layout fills in. Unlike
/// <c>b.page_of</c> it costs no second template pass.
/// </summary>
internal static class PageReference
{
    /// <returns>The reference, or null when <paramref name="id"/> could not be a heading id (it would break the Markdown).</returns>
    public static MarkdownText? Of(string id) =>
        id.Length > 0 && char.IsLetter(id[0]) && id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.')
            ? new MarkdownText($"[](#{id}){{.page}}")
            : null;
}
