using Briefing.Diagnostics;
using Briefing.Document;
using Briefing.FactSheets;
using Briefing.Layout.Pages;

namespace Briefing;

/// <summary>
/// The outcome of rendering one fact sheet: whatever stages succeeded (the fact sheet, the Markdown, the laid-out
/// document) and every diagnostic on the way. <see cref="Succeeded"/> only when no stage reported an error.
/// </summary>
public sealed record RenderResult(
    FactSheet? Sheet,
    string? Markdown,
    LaidOutDocument? Document,
    IReadOnlyList<Diagnostic> Diagnostics,
    RenderTimings Timings)
{
    /// <summary>The document tree the Markdown was parsed into, with its metadata and theme, once layout was reached: what the HTML and Word writers read.</summary>
    public Export.TreeDocument? Source { get; init; }

    /// <summary>The document tree the Markdown was parsed into, once layout was reached.</summary>
    public DocumentTree? Tree => Source?.Tree;

    /// <summary>For each line of <see cref="Markdown"/> (index 0 is line 1), the template line that wrote it, when known.</summary>
    public IReadOnlyList<Templating.TemplatePlace?> TemplateLines { get; init; } = [];

    /// <summary>The character ranges of <see cref="Markdown"/> that print fact-sheet values, with each value's key.</summary>
    public IReadOnlyList<Templating.InsertedValue> Values { get; init; } = [];

    /// <summary>Template lines and printed values as places in the files the user edits, for <see cref="Markup.TreeBuilder"/>.</summary>
    public SourceMap Sources(string factSheetPath)
    {
        var lines = new List<SourcePlace?>(TemplateLines.Count);
        foreach (var place in TemplateLines)
        {
            lines.Add(place is null ? null : new SourcePlace(place.File, place.Line, 0));
        }
        var places = Sheet?.Places ?? new Dictionary<string, FactSheets.ValuePlace>();
        var values = new List<PrintedValue>(Values.Count);
        foreach (var value in Values)
        {
            if (places.TryGetValue(value.Key, out var at))
            {
                values.Add(new PrintedValue(value.Start, value.End, new SourcePlace(factSheetPath, at.Line, at.Column, value.Key)));
            }
        }
        return new SourceMap(lines, values);
    }

    /// <summary>The files beside the fact sheet that loading it read (a marking scheme file, the sources' texts), as full paths: inputs no output may replace.</summary>
    public IReadOnlyList<string> SideFiles { get; init; } = [];

    /// <summary>How many times the template ran: once, unless it prints page numbers (<c>b.page_of</c>) or must fit <c>max_pages</c>.</summary>
    public int TemplatePasses { get; init; }

    public bool Succeeded => Document is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);
}
