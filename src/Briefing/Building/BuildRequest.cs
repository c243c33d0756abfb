using Briefing.Workspace;

namespace Briefing.Building;

/// <summary>
/// A batch build: every fact sheet with every template, this <see cref="Shard"/> of it, on <see cref="Jobs"/>
/// threads, into <see cref="OutDirectory"/> as <c>&lt;id&gt;.&lt;template&gt;.pdf</c> (and <c>.docx</c>, <c>.html</c>,
/// as <see cref="Formats"/> asks).
/// </summary>
public sealed record BuildRequest(
    IReadOnlyList<string> FactSheets,
    IReadOnlyList<string> Templates,
    string TemplatesDirectory,
    string OutDirectory,
    int Jobs,
    Shard Shard,
    string? ThemePath = null)
{
    /// <summary>Whether fonts installed on the machine may draw what the template's and shipped fonts cannot.</summary>
    public bool SystemFonts { get; init; } = true;

    /// <summary>Whether a quote not found in its source's saved text is an error rather than a warning.</summary>
    public bool Strict { get; init; }

    /// <summary>The files written for every document, in this order; PDF alone by default.</summary>
    public IReadOnlyList<BuildFormat> Formats { get; init; } = [BuildFormat.Pdf];

    /// <summary>Render every document, even one whose inputs are unchanged since the build that wrote it.</summary>
    public bool Force { get; init; }

    /// <summary>What the previous build's manifest says of each output and fact sheet: an output is reused when its key is unchanged.</summary>
    public PreviousBuild Previous { get; init; } = PreviousBuild.None;

    /// <summary>This shard's jobs, in the stable order every machine agrees on.</summary>
    public IReadOnlyList<BuildJob> Plan() =>
        Shard.Select(FactSheets.SelectMany(f => Templates.Select(t => new BuildJob(f, t))), job => job.Key);
}
