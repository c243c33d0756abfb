using Briefing.Diagnostics;

namespace Briefing.Tests.Diagnostics;

public class UnprintableCharacterTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("Talks in Riyadh, 18 February. ", 20));

    [Theory]
    [InlineData("")]
    [InlineData("line one\nline two\r\n\ttabbed")]
    [InlineData("Переговоры в Эр-Рияде — «мирный план», 2025 г.")]
    [InlineData("emoji \U0001F600 and CJK \u4E00 and U+FFFD \uFFFD")]
    public void Printable_text_has_none(string tail)
    {
        Assert.Null(UnprintableCharacter.Find(Long + tail + Long));
    }

    [Theory]
    [InlineData("\u0007", 0, "control character U+0007")]
    [InlineData("é\u0085", 1, "control character U+0085")]
    [InlineData("\u007F", 0, "control character U+007F")]
    [InlineData("\uFFFE", 0, "noncharacter U+FFFE")]
    [InlineData("\uFDD0", 0, "noncharacter U+FDD0")]
    [InlineData("\U0001F600\U0001FFFF", 2, "noncharacter U+1FFFF")]
    public void The_first_unprintable_character_is_found_where_it_is_after_long_printable_text(string tail, int offset, string named)
    {
        var found = UnprintableCharacter.Find(Long + "\n\t" + tail + "\u0001");

        Assert.NotNull(found);
        Assert.Equal(Long.Length + 2 + offset, found.Value.Index);
        Assert.Contains(named, found.Value.Description);
    }

    // Built here, not in an attribute: a lone surrogate does not survive being stored as an attribute's string.
    [Theory]
    [InlineData(0xD800, "lone surrogate U+D800")]
    [InlineData(0xDC00, "lone surrogate U+DC00")]
    public void A_lone_surrogate_is_found_where_it_is(int surrogate, string named)
    {
        var found = UnprintableCharacter.Find(Long + "ok" + (char)surrogate + "x\u0001");

        Assert.NotNull(found);
        Assert.Equal(Long.Length + 2, found.Value.Index);
        Assert.Contains(named, found.Value.Description);
    }
}
