using System.Runtime.CompilerServices;
using Briefing.FactSheets;
using Briefing.Templating;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Templating;

/// <summary>
/// Each shipped template rendered with each sample sheet, compared with the snapshot
/// <c>Expected/&lt;template&gt;.&lt;sheet&gt;.verified.md</c>; a difference is written beside it as <c>.received.md</c>.
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
        Snapshot.VerifyText(actual, (Path.Combine(folder, name + ".verified.md"), Path.Combine(folder, name + ".received.md")), SnapshotMode.FromEnvironment());
    }
}
