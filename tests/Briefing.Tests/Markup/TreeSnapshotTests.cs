using Briefing.Document;
using Briefing.Markup;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Snapshots;

namespace Briefing.Tests.Markup;

/// <summary>The document tree of every shipped template with every brief, as readable text.</summary>
public sealed class TreeSnapshotTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    public static TheoryData<string, string> Cases() => BriefSnapshotTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tree(string brief, string template)
    {
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(RepositoryRoot.Combine(brief));
        var result = renderer.RenderMarkdown(brief, stream, new RenderOptions(Templates, template));
        Assert.True(result.Markdown is not null, string.Join("\n", result.Diagnostics));
        Snapshot.VerifyText(TreeText.Write(TreeBuilder.Build(result.Markdown, result.Sources(brief)), Templates), $"{result.Sheet!.Id}.{template}");
    }
}
