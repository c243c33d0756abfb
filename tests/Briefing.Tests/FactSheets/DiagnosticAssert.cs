using Briefing.FactSheets;

namespace Briefing.Tests.FactSheets;

/// <summary>Compares diagnostics with expectations written as <c>line:col: error: fragment of the message</c>.</summary>
internal static class DiagnosticAssert
{
    public const string File = "test.yaml";

    /// <summary>The diagnostics as printed, without the file name.</summary>
    public static IReadOnlyList<string> Printed(LoadResult result) =>
        result.Diagnostics.Select(d => d.ToString()).Select(s => s.StartsWith(File + ":") ? s[(File.Length + 1)..] : s).ToList();

    /// <summary>Exactly the expected diagnostics, in order; each must start with its <c>line:col: error:</c> and contain the rest.</summary>
    public static void Matches(LoadResult result, params string[] expected)
    {
        var printed = Printed(result);
        var listing = string.Join("\n", printed);
        Assert.False(result.Succeeded, "expected the load to fail; diagnostics:\n" + listing);
        Assert.True(expected.Length == printed.Count, $"expected {expected.Length} diagnostics, got {printed.Count}:\n{listing}");
        for (var i = 0; i < expected.Length; i++)
        {
            var cut = expected[i].IndexOf(": error: ", StringComparison.Ordinal) + ": error: ".Length;
            var place = expected[i][..cut];
            var fragment = expected[i][cut..];
            Assert.True(printed[i].StartsWith(place, StringComparison.Ordinal) && printed[i].Contains(fragment, StringComparison.Ordinal),
                $"diagnostic {i}: expected `{expected[i]}`, got:\n{listing}");
        }
    }
}
