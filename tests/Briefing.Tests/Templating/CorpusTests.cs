using System.Runtime.CompilerServices;
using Briefing.Templating;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Templating;

/// <summary>
/// Template cases in <c>Corpus/</c>: <c>NNN-name.sbn</c> rendered with the full sample sheet, compared with the
/// snapshot <c>NNN-name.verified.md</c> (the Markdown, or the diagnostics, one per line, with the folder shown as
/// <c>templates</c>). Adding a case is adding the template; its first output is written as
/// <c>NNN-name.received.md</c> for review and accepted like every other snapshot.
/// </summary>
public class CorpusTests
{
    private static string Folder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Corpus");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder(), "*.sbn").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_renders_as_expected(string name)
    {
        var folder = Folder();
        using var templates = new TemplateFolder().Template("t", File.ReadAllText(Path.Combine(folder, name + ".sbn")));
        var result = TemplateRenderer.Render(SampleSheets.Full(), templates.Root, "t");
        var actual = result.Markdown
            ?? string.Join("\n", result.Diagnostics.Select(d => d.ToString().Replace(templates.Root, "templates"))) + "\n";

        Snapshot.VerifyText(actual, (Path.Combine(folder, name + ".verified.md"), Path.Combine(folder, name + ".received.md")), SnapshotMode.FromEnvironment());
    }
}
