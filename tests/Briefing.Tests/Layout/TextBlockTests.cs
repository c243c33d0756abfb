using Briefing.Layout;
using Briefing.Layout.Elements;
using Briefing.Layout.Inline;
using Briefing.Layout.Pages;
using Briefing.Text;

namespace Briefing.Tests.Layout;

public sealed class TextBlockTests
{
    private const float LineHeight = 15;

    [Theory]
    // lines in the paragraph, lines that fit, lines placed (0 = moves to the next page)
    [InlineData(3, 3, 3)]
    [InlineData(3, 2, 0)]
    [InlineData(3, 1, 0)]
    [InlineData(4, 3, 2)]
    [InlineData(5, 4, 3)]
    [InlineData(5, 3, 3)]
    [InlineData(2, 1, 0)]
    [InlineData(1, 1, 1)]
    public void Splits_without_single_lines_at_either_end(int lines, int fitting, int placed)
    {
        using var fonts = new FontLibrary(systemFonts: false);
        var context = new TypesetContext(fonts, ThemeLoader.Default, "t.md");
        var style = new TextStyle(new FontRequest(["Noto Sans Mono"], false, false), 10, Rgba.Black);
        var text = string.Join("\n", Enumerable.Range(0, lines).Select(i => $"line{i}"));
        var block = new TextBlock(new ParagraphText([new InlineSpan(text, style)], context), TextAlign.Left, LineHeight / 10, StructureTag.Artifact);
        var plan = block.Measure(new Size(200, fitting * LineHeight + 1));
        Assert.Equal(placed, plan.IsWrap ? 0 : (int)Math.Round(plan.Height / LineHeight));
    }
}
