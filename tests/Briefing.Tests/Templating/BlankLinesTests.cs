using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>Runs of blank lines become one outside fenced code, and every line kept knows the line it was.</summary>
public sealed class BlankLinesTests
{
    [Theory]
    [InlineData("a\n\n\n\nb\n", "a\n\nb\n", new[] { 0, 1, 4 })]
    [InlineData("\n  \nx", "x\n", new[] { 2 })]
    [InlineData("```\n\n\n```\n\n\nz", "```\n\n\n```\n\nz\n", new[] { 0, 1, 2, 3, 4, 6 })]
    [InlineData("~~~\n  \n~~~", "~~~\n  \n~~~\n", new[] { 0, 1, 2 })]
    [InlineData("a\n   \n \n", "a\n", new[] { 0 })]
    [InlineData("\n\n", "\n", new int[0])]
    [InlineData("", "\n", new int[0])]
    [InlineData("  ```\nkeep  \n\n\n  ```\n\t\n\t\nend", "  ```\nkeep  \n\n\n  ```\n\nend\n", new[] { 0, 1, 2, 3, 4, 5, 7 })]
    public void Collapses_blank_lines_outside_fences_and_keeps_each_lines_origin(string markdown, string expected, int[] origins)
    {
        var (text, kept) = BlankLines.CollapseKeepingOrigins(markdown);

        Assert.Equal(expected, text);
        Assert.Equal(origins, kept);
    }
}
