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
    // U+FDD0–U+FDD2 are what the reader hands the parser for a raw U+0085, U+2028 or U+2029: escaped, they are
    // still noncharacters, never those separators.
    [InlineData("\\uFDD0", "the noncharacter U+FDD0")]
    [InlineData("\\ufdd1", "the noncharacter U+FDD1")]
    [InlineData("\\U0000FDD2", "the noncharacter U+FDD2")]
    public void A_noncharacter_written_as_an_escape_is_refused_at_the_escape(string escape, string named)
    {
        var text = SampleSheets.Minimal.Replace("title: ", $"title: \"a{escape}b\"\n# ").Replace("\r\n", "\n");

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        Assert.Null(result.FactSheet);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains($"the value contains {named}", error.Message);
        Assert.Equal((3, 10), (error.Line, error.Column));
    }

    [Fact]
    public void An_escaped_noncharacter_beside_a_raw_line_separator_is_refused_and_the_separator_kept_apart()
    {
        var text = SampleSheets.Minimal.Replace("title: ", "title: \"a\u2028b\\uFDD1c\"\n# ").Replace("\r\n", "\n");

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((3, 12, "the value contains the noncharacter U+FDD1"), (error.Line, error.Column, error.Message));
    }

    [Theory]
    [InlineData("\\N", "\u0085")]
    [InlineData("\\x85", "\u0085")]
    [InlineData("\\_", "\u00A0")]
    [InlineData("\\L", "\u2028")]
    [InlineData("\\P", "\u2029")]
    [InlineData("\\u2028", "\u2028")]
    [InlineData("\\x41", "A")]
    [InlineData("\\u00e9", "\u00E9")]
    [InlineData("\\U0001F600", "\U0001F600")]
    [InlineData("\\t", "\t")]
    [InlineData("\\\\uFDD0", "\\uFDD0")]
    public void Every_escape_writes_its_own_character_as_the_raw_character_would_be_read(string escape, string character)
    {
        var text = SampleSheets.Minimal.Replace("title: ", $"title: \"a{escape}b\"\n# ").Replace("\r\n", "\n");

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        Assert.True(result.FactSheet is not null, string.Join("\n", result.Diagnostics));
        Assert.Equal($"a{character}b", result.FactSheet!.Title);
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
