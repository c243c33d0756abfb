using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Inline;
using Briefing.Text;

namespace Briefing.Tests.Layout;

public class DirectionMarkTests
{
    [Theory]
    [InlineData("الرياض: Faisal bin Farhan", true)]
    [InlineData("\u200Eالرياض: Faisal bin Farhan", false)]
    [InlineData("\u200FRiyadh: فيصل بن فرحان", true)]
    public void A_direction_mark_before_the_first_letter_sets_the_paragraph_direction(string text, bool rightToLeft)
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var context = new TypesetContext(fonts, ThemeLoader.Default, "t.md");
        var style = new TextStyle(new FontRequest(["Noto Sans"], false, false), 10, Briefing.Layout.Pages.Rgba.Black);

        var paragraph = new ParagraphText([new InlineSpan(text, style)], context);

        Assert.Equal(rightToLeft, paragraph.BaseRightToLeft);
    }

    [Fact]
    public void A_direction_mark_is_invisible_not_a_missing_glyph()
    {
        using var fonts = new FontLibrary(systemFonts: false);
        using var typesetter = new Typesetter(fonts);

        var result = typesetter.Layout("- **\u200Eالرياض:** Faisal bin Farhan\n", ThemeLoader.Default, new LayoutOptions());

        Assert.NotNull(result.Document);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("U+200E"));
    }
}
