using Briefing.Layout.Pages;

namespace Briefing.Preview;

/// <summary>
/// What a preview shows after a render: the pages, Markdown and fact-sheet places of the last render that succeeded,
/// and the problems of the latest one. <see cref="Stale"/> when the latest failed and the pages are older than it.
/// </summary>
public sealed record PreviewSnapshot(
    int Version,
    string? SheetId,
    LaidOutDocument? Document,
    string? Markdown,
    IReadOnlyList<PreviewPage> Pages,
    SheetPlaces Places,
    IReadOnlyList<Problem> Problems,
    bool Stale,
    TimeSpan RenderTime)
{
    public static PreviewSnapshot Empty { get; } = new(0, null, null, null, [], SheetPlaces.None, [], false, TimeSpan.Zero);
}
