using Briefing.Diagnostics;
using UglyToad.PdfPig;

namespace Briefing.Tests.Layout;

/// <summary>
/// Unusual Markdown gives what a reader expects, never an exception: the number of pages, the exact diagnostics (none
/// when the input is merely odd), and a PDF whose searchable text starts as the input reads (Arabic is left out: the
/// PDF reader used here gives its words in visual order).
/// </summary>
public sealed class RobustnessTests
{
    private sealed record Case(string Markdown, int Pages, string[] Diagnostics, string? TextStart);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["empty"] = new("", 1, [], ""),
        ["blank-lines"] = new("   \n\n  ", 1, [], ""),
        ["only-front-matter"] = new("---\ntitle: Only front matter\n---\n", 1, [], ""),
        ["broken-front-matter"] = new("---\ntitle: [unclosed\n---\n\nText", -1, ["test.md:3:1: error: front matter is not valid YAML: While parsing a flow sequence, did not find expected ',' or ']'."], ""),
        ["only-a-heading"] = new("# Only a heading", 1, [], "Only a heading"),
        ["bare-hash"] = new("#", 1, [], ""),
        ["empty-list-items"] = new("- \n- \n", 1, [], ""),
        ["twelve-nested-lists"] = new(string.Concat(Enumerable.Range(0, 12).Select(i => new string(' ', i * 2) + "- level " + i + "\n")), 1, [], "• level 0 – level 1 ◦ level 2 ◦ level 3 ◦ level 4 ◦ level 5 "),
        ["thirty-column-table"] = new("| " + string.Join(" | ", Enumerable.Range(0, 30).Select(i => "c" + i)) + " |\n|" + string.Concat(Enumerable.Repeat("---|", 30)) + "\n| " + string.Join(" | ", Enumerable.Range(0, 30).Select(i => new string('x', 40))) + " |\n", 3, [], "c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c "),
        ["header-only-table"] = new("| a |\n|---|\n", 1, [], "a"),
        ["nested-containers"] = new("::: note\n::: warning\nNested.\n:::\n:::\n", 1, [], "Nested."),
        ["nested-quotes"] = new("> > > deeply\n> > quoted", 1, [], "deeply quoted"),
        ["missing-image-without-alt"] = new("![](missing.png)", -1, ["test.md:1:1: error: image `missing.png` has no alternative text (say what it shows between the brackets, `![Seal of the Ministry](missing.png)`, or mark an image that carries no information decorative, `![](missing.png){.decorative}`)"], ""),
        ["image-in-list"] = new("- ![alt](x.png)\n", 1, ["test.md:1:3: warning: image `x.png` is not drawn: no base folder was given to read images from"], "[alt] •"),
        ["footnote-in-footnote"] = new("[^1]\n\n[^1]: note [^2]\n\n[^2]: other", 1, [], "1 2 1. note 2. other"),
        ["three-page-breaks"] = new("\\newpage\n\n\\newpage\n\n\\newpage", 3, [], ""),
        ["html-block"] = new("<div>html block</div>\n\ntext", 1, [], "text"),
        ["control-characters"] = new("Text with \u0000 control \u0007 characters and \u200F marks \uFEFF.", 1, [], "Text with"),
        ["emoji-and-flag"] = new("\uD83D\uDE00 emoji and \U0001F1FA\U0001F1F8 flag", 1, ["test.md:1:1: warning: no font can draw U+1F600 `😀`; `�` is drawn in its place (the text keeps the character for search and copy) (add a font that covers it to the fonts/ folder or the theme's font list)", "test.md:1:1: warning: no font can draw U+1F1FA `🇺`; `�` is drawn in its place (the text keeps the character for search and copy) (add a font that covers it to the fonts/ folder or the theme's font list)", "test.md:1:1: warning: no font can draw U+1F1F8 `🇸`; `�` is drawn in its place (the text keeps the character for search and copy) (add a font that covers it to the fonts/ folder or the theme's font list)"], null),
        ["unbreakable-word"] = new(new string('w', 5000), 14, [], "wwwwwwwwwwwwwwwwwwwwwwwww wwwwwwwwwwwwwwwwwwwwwwwww wwwwwwww"),
        ["arabic-paragraph"] = new(string.Join(" ", Enumerable.Repeat("مرحبا", 400)), 4, [], null),
        ["long-code-line"] = new("```\n" + new string('x', 3000) + "\n```", 4, [], "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx xxxxxxxxxxxxxxxxx"),
        ["definition-like"] = new("Term\n: definition", 1, [], "Term : definition"),
        ["code-in-list"] = new("1. a\n\n   ```\n   code in list\n   ```\n", 1, [], "1. a code in list"),
        ["duplicate-headings"] = new("## Same\n\n## Same\n\n[link](#same-1)", 1, [], "Same Same link"),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Unusual_input_gives_the_expected_pages_diagnostics_and_text(string name)
    {
        var expected = Cases[name];
        var result = Render.Layout(expected.Markdown, TestThemes.Small);

        Assert.Equal(expected.Diagnostics, result.Diagnostics.Select(d => d.ToString()));
        if (expected.Pages < 0)
        {
            Assert.Null(result.Document);
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
            return;
        }

        Assert.Equal(expected.Pages, result.Document!.Pages.Count);
        using var pdf = new MemoryStream();
        Briefing.Export.Pdf.PdfExporter.Write(result.Document, pdf);
        using var read = PdfDocument.Open(pdf.ToArray());
        Assert.Equal(expected.Pages, read.NumberOfPages);
        var text = string.Join(" ", read.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        if (expected.TextStart is "")
        {
            Assert.Equal("", text);
        }
        else if (expected.TextStart is { } start)
        {
            Assert.StartsWith(start, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Characters_no_shipped_font_draws_are_named_once_each_and_the_rest_of_the_line_is_set()
    {
        var result = Render.Layout("\uD83D\uDE00 emoji and \U0001F1FA\U0001F1F8 flag", TestThemes.Small);

        Assert.Equal(["U+1F600", "U+1F1FA", "U+1F1F8"], result.Diagnostics.Select(d => d.Message.Split(' ')[4]));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        using var pdf = new MemoryStream();
        Briefing.Export.Pdf.PdfExporter.Write(result.Document!, pdf);
        using var read = PdfDocument.Open(pdf.ToArray());
        Assert.Contains("emoji and", string.Join(" ", read.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }
}
