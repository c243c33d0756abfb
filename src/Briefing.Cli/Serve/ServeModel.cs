namespace Briefing.Cli.Serve;

// The JSON the preview page reads. Kept apart from the library's records so the page's contract changes only here.

internal sealed record WorkspaceModel(
    string Root,
    IReadOnlyList<string> FactSheets,
    IReadOnlyList<TemplateModel> Templates,
    string? FactSheet,
    string Template,
    string EditorLink,
    IReadOnlyList<string> Formats);

internal sealed record TemplateModel(string Name, string Description);

internal sealed record StateModel(
    int Version,
    bool Stale,
    double RenderMilliseconds,
    string FactSheet,
    string FactSheetPath,
    string Template,
    string TemplatePath,
    IReadOnlyList<PageModel> Pages,
    IReadOnlyList<ProblemModel> Problems,
    IReadOnlyList<PlaceModel> Places,
    string? Markdown);

internal sealed record PageModel(int Index, string Key, float Width, float Height, IReadOnlyList<RegionModel> Regions);

internal sealed record RegionModel(
    string Id,
    string Role,
    int Level,
    float X,
    float Y,
    float Width,
    float Height,
    string Text,
    IReadOnlyList<int> Places,
    int MarkdownLine,
    string? TemplateFile,
    string? TemplatePath,
    int TemplateLine);

internal sealed record PlaceModel(string Key, string Value, int Line, int Column);

internal sealed record ProblemModel(
    string File,
    string FullPath,
    int Line,
    int Column,
    string Severity,
    string Message,
    string? Hint,
    string Text,
    IReadOnlyList<ExcerptLineModel> Excerpt);

internal sealed record ExcerptLineModel(int Number, string Text);
