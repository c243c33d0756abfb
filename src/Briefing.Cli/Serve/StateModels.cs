using Briefing.Diagnostics;
using Briefing.Preview;

namespace Briefing.Cli.Serve;

/// <summary>Turns a preview's snapshot into the JSON the page reads.</summary>
internal static class StateModels
{
    public static StateModel From(PreviewSnapshot snapshot, string factSheet, PreviewInputs inputs, string workspace) => new(
        snapshot.Version,
        snapshot.Stale,
        Math.Round(snapshot.RenderTime.TotalMilliseconds, 1),
        factSheet,
        Path.GetFullPath(inputs.FactSheetPath),
        inputs.Options.Template,
        Path.GetFullPath(Path.Combine(inputs.Options.TemplatesDirectory, inputs.Options.Template, "template.sbn")),
        snapshot.Pages.Select(p => new PageModel(p.Index, p.Key, p.Width, p.Height,
            p.Regions.Select(r => new RegionModel(r.Id, r.Role, r.Level, r.X, r.Y, r.Width, r.Height, r.Text, r.Places,
                r.MarkdownLine, r.Template?.File, r.Template is { } t ? Path.GetFullPath(t.File) : null, r.Template?.Line ?? 0)).ToList())).ToList(),
        snapshot.Problems.Select(p => Problem(p, workspace)).ToList(),
        snapshot.Places.All.Select(p => new PlaceModel(p.Key, p.Value, p.Line, p.Column)).ToList(),
        snapshot.Markdown);

    private static ProblemModel Problem(Problem problem, string workspace)
    {
        var d = problem.Diagnostic;
        var full = d.File.Length == 0 ? "" : Path.GetFullPath(d.File);
        // Fact sheets are named as the picker names them; templates as the user gave their folder.
        var shown = full.StartsWith(workspace + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.GetRelativePath(workspace, full).Replace('\\', '/') : d.File;
        return new ProblemModel(
            shown,
            full,
            d.Line,
            d.Column,
            d.Severity == Severity.Error ? "error" : "warning",
            d.Message,
            d.Hint,
            (d with { File = shown }).ToString(),
            problem.Excerpt.Select(l => new ExcerptLineModel(l.Number, l.Text)).ToList());
    }
}
