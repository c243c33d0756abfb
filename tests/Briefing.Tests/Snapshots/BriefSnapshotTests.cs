using Briefing.Snapshots;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Snapshots;

/// <summary>
/// Every template with every fact sheet in briefs/ and tests/**/Briefs/: the Markdown, the PDF text per page
/// and each page as PNG, against the verified snapshots beside this file.
/// </summary>
public class BriefSnapshotTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    public static TheoryData<string, string> Cases()
    {
        var briefs = Directory.EnumerateFiles(RepositoryRoot.Combine("briefs"), "*.yaml")
            .Concat(Directory.EnumerateFiles(RepositoryRoot.Combine("tests"), "*.yaml", SearchOption.AllDirectories)
                .Where(p => p.Split(Path.DirectorySeparatorChar).Contains("Briefs")))
            .Select(p => Path.GetRelativePath(RepositoryRoot.Path, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var templates = Briefing.Templating.TemplateCatalog.List(Templates).Select(t => t.Name);
        var data = new TheoryData<string, string>();
        foreach (var brief in briefs)
        {
            foreach (var template in templates)
            {
                data.Add(brief, template);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render(string brief, string template)
    {
        using var renderer = new BriefingRenderer();
        using var stream = File.OpenRead(RepositoryRoot.Combine(brief));
        var result = renderer.Render(RepositoryRoot.Combine(brief), stream, new RenderOptions(Templates, template) { SystemFonts = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var stem = $"{result.Sheet!.Id}.{template}";
        foreach (var file in DocumentSnapshots.Create(stem, result.Markdown!, result.Document!))
        {
            var name = Path.GetFileNameWithoutExtension(file.Name);
            if (file.IsImage)
            {
                Snapshot.VerifyPng(file.Content, name);
            }
            else
            {
                Snapshot.VerifyText(System.Text.Encoding.UTF8.GetString(file.Content), name, Path.GetExtension(file.Name)[1..]);
            }
        }
    }
}
