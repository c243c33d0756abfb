using Briefing.Diagnostics;

namespace Briefing.Tests.Diagnostics;

public sealed class CharacterPlacesTests
{
    private static Diagnostic Missing(int character) =>
        new Diagnostic("x.memo.md", 7, 3, Severity.Warning, "no font can draw it") { MissingCharacter = character };

    [Theory]
    [InlineData("\u0E01 first", 1, 1)]
    [InlineData("a: b\nc: \u0E01\n", 2, 4)]
    [InlineData("a\n\n  - \u0E01 and \u0E01\n", 3, 5)]
    public void A_missing_character_moves_to_its_first_place_in_the_fact_sheet(string text, int line, int column)
    {
        var placed = Assert.Single(CharacterPlaces.InFactSheet([Missing(0x0E01)], "sheet.yaml", text));
        Assert.Equal(("sheet.yaml", line, column), (placed.File, placed.Line, placed.Column));
        Assert.Equal("no font can draw it", placed.Message);
    }

    [Fact]
    public void A_character_the_fact_sheet_does_not_have_keeps_its_place_and_other_diagnostics_stay()
    {
        var other = new Diagnostic("x.memo.md", 2, 1, Severity.Warning, "link to `#a` has no heading with that id");
        var result = CharacterPlaces.InFactSheet([Missing(0x1F4BB), other], "sheet.yaml", "title: plain text\n");
        Assert.Equal(["x.memo.md:7:3", "x.memo.md:2:1"], result.Select(d => $"{d.File}:{d.Line}:{d.Column}"));
        Assert.Same(other, result[1]);
    }
}
