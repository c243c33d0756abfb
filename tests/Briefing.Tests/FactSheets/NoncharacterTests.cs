using Briefing.FactSheets;

namespace Briefing.Tests.FactSheets;

/// <summary>
/// Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, U+1FFFE ...) and lone surrogates are no text: a fact sheet that
/// holds one, raw or as an escape, is refused where it is written.
/// </summary>
public class NoncharacterTests
{
    [Theory]
    [InlineData("title: a\uFDD0b\n", "1:9: error: the file contains the noncharacter U+FDD0")]
    [InlineData("title: a\uFFFEb\n", "1:9: error: the file contains the noncharacter U+FFFE")]
    [InlineData("title: a\U0001FFFEb\n", "1:9: error: the file contains the noncharacter U+1FFFE")]
    public void A_raw_noncharacter_is_refused_where_it_stands(string text, string expected)
    {
        DiagnosticAssert.Matches(FactSheetLoader.Load(DiagnosticAssert.File, text), expected);
    }

    [Theory]
    [InlineData("\\uFFFF", "the noncharacter U+FFFF")]
    [InlineData("\\uFDEF", "the noncharacter U+FDEF")]
    [InlineData("\\U0010FFFE", "the noncharacter U+10FFFE")]
    public void A_noncharacter_written_as_an_escape_is_refused_at_the_value(string escape, string named)
    {
        var text = SampleSheets.Minimal.Replace("title: ", $"title: \"a{escape}b\"\n# ").Replace("\r\n", "\n");

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        Assert.Null(result.FactSheet);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains($"the value contains {named}", error.Message);
        Assert.True(error.Line > 0 && error.Column > 0);
    }

    [Fact]
    public void A_raw_line_separator_is_still_kept_as_it_was_written()
    {
        var text = SampleSheets.Minimal.Replace("title: ", "title: a\u2028b\u0085c ");

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        Assert.True(result.FactSheet is not null, string.Join("\n", result.Diagnostics));
        Assert.StartsWith("a\u2028b\u0085c ", result.FactSheet!.Title);
    }
}
