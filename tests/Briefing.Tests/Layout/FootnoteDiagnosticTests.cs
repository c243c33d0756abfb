using Briefing.Diagnostics;

namespace Briefing.Tests.Layout;

/// <summary>A footnote reference with no note, and a note no reference cites, are warnings at their lines.</summary>
public sealed class FootnoteDiagnosticTests
{
    [Fact]
    public void An_undefined_reference_is_a_warning_at_its_line_and_column()
    {
        var result = Render.Layout("# Title\n\nThe text cites a note[^missing] that is not there.\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("footnote", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((3, 22), (warning.Line, warning.Column));
        Assert.Contains("`[^missing]` has no note", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_never_cited_is_a_warning_at_its_line()
    {
        var result = Render.Layout("Text with a note.[^used]\n\n[^used]: The note.\n\n[^spare]: A note nobody cites.\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("footnote", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(5, warning.Line);
        Assert.Contains("`[^spare]` is never cited", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_cited_only_by_a_note_never_cited_is_never_cited_either()
    {
        var result = Render.Layout("Text.[^a]\n\n[^a]: The note.\n\n[^x]: A spare note citing another.[^y]\n\n[^y]: Its note.\n");
        var warnings = result.Diagnostics.Where(d => d.Message.Contains("footnote", StringComparison.Ordinal)).ToList();
        Assert.Equal([(5, "`[^x]`"), (7, "`[^y]`")], warnings.Select(w => (w.Line, w.Message.Split(' ').First(p => p.StartsWith('`')))));
        Assert.All(warnings, w => Assert.Contains("is never cited", w.Message, StringComparison.Ordinal));
        Assert.DoesNotContain("Its note", string.Concat(result.Document!.Pages.Select(Render.Text)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Escaped \\[^x] brackets.")]
    [InlineData("A link [^x](https://example.org) is no reference.")]
    [InlineData("Cited.[^a]\n\n[^a]: A note citing another.[^b]\n\n[^b]: The other.")]
    public void Written_text_and_notes_cited_anywhere_give_no_footnote_warning(string markdown)
    {
        var result = Render.Layout(markdown);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("footnote", StringComparison.Ordinal));
    }
}
