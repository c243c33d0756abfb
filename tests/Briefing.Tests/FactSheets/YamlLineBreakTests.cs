using Briefing.FactSheets;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.FactSheets;

/// <summary>U+0085, U+2028 and U+2029 are characters in YAML 1.2, not line breaks; over-long keys name YAML's limit.</summary>
public sealed class YamlLineBreakTests
{
    private static readonly string Minimal = File.ReadAllText(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml"));

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void A_raw_separator_in_a_value_keeps_the_file_valid_and_the_value_whole(string separator)
    {
        var text = Minimal.Replace("title: Minimal fact sheet", $"title: Minimal{separator}fact sheet", StringComparison.Ordinal);

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal($"Minimal{separator}fact sheet", result.FactSheet!.Title);
    }

    [Fact]
    public void A_raw_separator_does_not_shift_the_line_of_a_later_error()
    {
        var text = Minimal.Replace("title: Minimal fact sheet", "title: \"Minimal\u2028fact\u2029sheet\u0085\"", StringComparison.Ordinal)
            .Replace("date: 2025-03-01", "date: 2025-13-01", StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.StartsWith("date: 2025-13-01", StringComparison.Ordinal)) + 1;

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        DiagnosticAssert.Matches(result, $"{line}:7: error: `date`");
    }

    [Fact]
    public void A_key_over_1024_characters_is_an_error_naming_the_limit_at_the_key()
    {
        var text = Minimal + new string('k', 100_000) + ": value\n";
        var line = text.Split('\n').Length - 1;

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        DiagnosticAssert.Matches(result, $"{line}:1: error: the key is 100,000 characters long; YAML allows at most 1,024 characters for a key");
    }
}
