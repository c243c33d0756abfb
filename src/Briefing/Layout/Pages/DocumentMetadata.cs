namespace Briefing.Layout.Pages;

/// <summary>
/// Document information from the Markdown front matter. <see cref="Date"/> is the only date the PDF carries;
/// without one the PDF gets <see cref="FixedDate"/>, never the clock. <see cref="MaxPages"/> (front matter
/// <c>max_pages</c>) is the page limit a template sets for itself, such as a one-pager.
/// </summary>
public sealed record DocumentMetadata(
    string Title,
    string? Subject,
    string? Author,
    string? Keywords,
    string? Language,
    string? Classification,
    DateTimeOffset? Date,
    int? MaxPages = null)
{
    /// <summary>The word across every page (front matter <c>watermark</c>), such as EXERCISE; null for none.</summary>
    public string? Watermark { get; init; }

    /// <summary>Used when the front matter has no date, so output never depends on the clock.</summary>
    public static DateTimeOffset FixedDate { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The date written into the PDF's information dictionary.</summary>
    public DateTimeOffset PdfDate => Date ?? FixedDate;
}
