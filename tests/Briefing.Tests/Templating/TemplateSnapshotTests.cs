using System.Runtime.CompilerServices;
using Briefing.FactSheets;
using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>
/// Each shipped template rendered with each sample sheet, compared with <c>Expected/&lt;template&gt;.&lt;sheet&gt;.md</c>.
/// On a difference the output is written beside it as <c>.received.md</c>; accept by renaming it.
/// </summary>
public class TemplateSnapshotTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in new[] { "memo", "one-pager", "book" })
            foreach (var sheet in Sheets.Keys)
                data.Add(template, sheet);
        return data;
    }

    private static readonly IReadOnlyDictionary<string, Func<FactSheet>> Sheets = new Dictionary<string, Func<FactSheet>>
    {
        ["minimal"] = SampleSheets.Minimal,
        ["full"] = SampleSheets.Full,
        ["action"] = () => SampleSheets.Full() with { Memo = SampleSheets.Full().Memo with { Kind = MemoKind.Action } },
        ["large"] = () => SampleSheets.Large(8, 40),
        ["long"] = SampleSheets.Long,
        ["hostile"] = () => SampleSheets.Hostile("* # | < _ [x](y) {{ 1+1 }}"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_expected(string template, string sheet)
    {
        var result = TemplateRenderer.Render(Sheets[sheet](), RepositoryTemplates.Folder, template);
        Assert.Empty(result.Diagnostics);
        Compare(result.Markdown!, $"{template}.{sheet}");
    }

    private static void Compare(string actual, string name, [CallerFilePath] string here = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(here)!, "Expected");
        var expectedPath = Path.Combine(folder, name + ".md");
        var receivedPath = Path.Combine(folder, name + ".received.md");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No expected output yet; review {receivedPath} and rename it to {name}.md"
            : $"Output differs from {expectedPath}; see {receivedPath}");
    }
}
