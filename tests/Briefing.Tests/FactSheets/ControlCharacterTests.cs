using Briefing.Diagnostics;
using Briefing.FactSheets;

namespace Briefing.Tests.FactSheets;

/// <summary>Control characters written as YAML escapes are refused where they are written, and never reach a terminal.</summary>
public class ControlCharacterTests
{
    [Theory]
    [InlineData(@"""Talks\0""", 14, "U+0000 (NUL, written `\\0`)")]
    [InlineData(@"""\e[2J\e]0;owned\a""", 9, "U+001B (ESC, written `\\e`)")]
    [InlineData(@"""ring\a""", 13, "U+0007 (BEL, written `\\a`)")]
    [InlineData(@"""over\rwrite""", 13, "U+000D (carriage return, written `\\r`)")]
    [InlineData(@"""c1\x9b""", 11, "U+009B")]
    [InlineData(@"""c1\u009B""", 11, "U+009B")]
    [InlineData(@"""del\U0000007F""", 12, "U+007F")]
    public void A_control_character_written_as_an_escape_is_refused_at_the_escape(string quoted, int column, string named)
    {
        var text = SampleSheets.Minimal.Replace("title: Example talks", "title: " + quoted);

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((3, column), (error.Line, error.Column));
        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData("Invoice \u202Efdp.exe", "a right-to-left override (U+202E)")]
    [InlineData("\"Invoice \\u202Efdp.exe\"", "a right-to-left override (U+202E)")]
    [InlineData("talks \u202Dabc\u202C", "a left-to-right override (U+202D)")]
    public void A_bidi_override_is_a_warning_at_its_value(string title, string named)
    {
        var text = SampleSheets.Minimal.Replace("title: Example talks", "title: " + title);

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, 3, 8), (warning.Severity, warning.Line, warning.Column));
        Assert.Contains(named + ", which shows the text after it in reverse order", warning.Message);
    }

    [Theory]
    [InlineData("\u2067\u0645\u0648\u0633\u0643\u0648\u2069 talks")]
    [InlineData("talks \u200F\u0645\u0648\u0633\u0643\u0648")]
    [InlineData("talks \u202Babc\u202C")]
    public void Direction_marks_isolates_and_embeddings_are_not_warned_of(string title)
    {
        var text = SampleSheets.Minimal.Replace("title: Example talks", "title: " + title);

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Tabs_and_line_breaks_in_values_stay_allowed()
    {
        var text = SampleSheets.Minimal.Replace("title: Example talks", @"title: ""Example\ttalks""");

        Assert.True(FactSheetLoader.Load(DiagnosticAssert.File, text).Succeeded);
    }

    [Fact]
    public void A_diagnostic_prints_control_characters_as_escapes_on_one_line()
    {
        var diagnostic = new Diagnostic("brief\u001B[2J.yaml", 1, 2, Severity.Error, "unknown key `a\u001B]0;title\u0007b\nc\u202Ed`");

        var printed = diagnostic.ToString();

        Assert.Equal(@"brief\u001B[2J.yaml:1:2: error: unknown key `a\u001B]0;title\u0007b\u000Ac\u202Ed`", printed);
    }
}
