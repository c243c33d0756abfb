using System.Runtime.CompilerServices;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Layout;

/// <summary>
/// The layout corpus: each <c>Cases/NNN-name.md</c> is laid out on small pages and its page dump compared with
/// <c>LayoutCaseTests.Lays_out.NNN-name.verified.txt</c>. Adding a case is adding a Markdown file and accepting its dump.
/// </summary>
public sealed class LayoutCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Folder(), "Cases"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lays_out(string name)
    {
        var markdown = File.ReadAllText(Path.Combine(Folder(), "Cases", name + ".md"));
        var result = Render.Layout(markdown, TestThemes.Small);
        var dump = string.Join("\n", result.Diagnostics.Select(d => d.ToString())) + "\n" + (result.Document is null ? "(no document)\n" : PageDump.Of(result.Document));
        Snapshot.VerifyText(dump, name);
    }

    private static string Folder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
