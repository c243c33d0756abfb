using Briefing.Diagnostics;

namespace Briefing.Tests.Layout;

public sealed class RobustnessTests
{
    public static TheoryData<string> Inputs() => new()
    {
        "",
        "   \n\n  ",
        "---\ntitle: Only front matter\n---\n",
        "---\ntitle: [unclosed\n---\n\nText",
        "# Only a heading",
        "#",
        "- \n- \n",
        string.Concat(Enumerable.Range(0, 12).Select(i => new string(' ', i * 2) + "- level " + i + "\n")),
        "| " + string.Join(" | ", Enumerable.Range(0, 30).Select(i => "c" + i)) + " |\n|" + string.Concat(Enumerable.Repeat("---|", 30)) + "\n| " + string.Join(" | ", Enumerable.Range(0, 30).Select(i => new string('x', 40))) + " |\n",
        "| a |\n|---|\n",
        "::: note\n::: warning\nNested.\n:::\n:::\n",
        "> > > deeply\n> > quoted",
        "![](missing.png)",
        "- ![alt](x.png)\n",
        "[^1]\n\n[^1]: note [^2]\n\n[^2]: other",
        "\\newpage\n\n\\newpage\n\n\\newpage",
        "<div>html block</div>\n\ntext",
        "Text with \u0000 control \u0007 characters and \u200F marks \uFEFF.",
        "\uD83D\uDE00 emoji and \U0001F1FA\U0001F1F8 flag",
        new string('w', 5000),
        string.Join(" ", Enumerable.Repeat("مرحبا", 400)),
        "```\n" + new string('x', 3000) + "\n```",
        "Term\n: definition",
        "1. a\n\n   ```\n   code in list\n   ```\n",
        "## Same\n\n## Same\n\n[link](#same-1)",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Unusual_input_gives_pages_or_diagnostics_never_an_exception(string markdown)
    {
        var result = Render.Layout(markdown, TestThemes.Small);
        if (result.Document is null)
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
            return;
        }
        Assert.NotEmpty(result.Document.Pages);
        using var pdf = new MemoryStream();
        Briefing.Export.Pdf.PdfExporter.Write(result.Document, pdf);
        Assert.True(pdf.Length > 0);
    }
}
