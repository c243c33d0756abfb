using System.Runtime.CompilerServices;
using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>
/// Template cases in <c>Corpus/</c>: <c>NNN-name.sbn</c> rendered with the full sample sheet, compared with
/// <c>NNN-name.out.md</c> (the Markdown, or the diagnostics, one per line, with the folder shown as
/// <c>templates</c>). Adding a case is adding the two files; a missing or different output is written as
/// <c>NNN-name.received.md</c> for review.
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

        var expectedPath = Path.Combine(folder, name + ".out.md");
        var receivedPath = Path.Combine(folder, name + ".received.md");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        Assert.Fail($"{name}: output differs from {name}.out.md (or it is missing); see {receivedPath}");
    }
}
