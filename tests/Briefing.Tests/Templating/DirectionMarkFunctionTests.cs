using Briefing.Templating;

namespace Briefing.Tests.Templating;

public class DirectionMarkFunctionTests
{
    [Theory]
    [InlineData("en", "\u200E")]
    [InlineData("en-GB", "\u200E")]
    [InlineData("ar", "\u200F")]
    [InlineData("ar-SA", "\u200F")]
    [InlineData("he", "\u200F")]
    public void The_mark_follows_the_document_language(string language, string mark)
    {
        using var folder = new TemplateFolder().Template("t", "{{ b.direction_mark }}{{ brief.parties[0].short }}");

        var result = TemplateRenderer.Render(SampleSheets.Minimal() with { Language = language }, folder.Root, "t");

        Assert.Empty(result.Diagnostics);
        Assert.StartsWith(mark, result.Markdown);
        Assert.Equal(mark + SampleSheets.Minimal().Parties[0].Short, result.Markdown!.TrimEnd('\n'));
    }
}
