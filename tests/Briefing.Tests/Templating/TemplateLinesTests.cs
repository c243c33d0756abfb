using Briefing.Templating;

namespace Briefing.Tests.Templating;

public class TemplateLinesTests
{
    [Fact]
    public void Each_markdown_line_names_the_template_line_that_wrote_it()
    {
        using var folder = new TemplateFolder()
            .Template("t", "# {{ brief.title }}\n\n\n\nTemplate text\nover two lines\n{{~ for p in brief.parties ~}}\n- {{ p.name }}\n{{~ end ~}}\n\n{{ include '_partials/p.sbn' }}\n{{ brief.parties[1].name }} closes.\n")
            .With("_partials/p.sbn", "\nFrom the partial: {{ brief.parties[0].name }}\n");

        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");

        var markdown = result.Markdown!.Split('\n');
        var template = Path.Combine(folder.Root, "t", "template.sbn");
        Assert.Equal(markdown.Length - 1, result.Lines.Count);
        Assert.Equal(new TemplatePlace(template, 1), result.Lines[0]);
        Assert.Null(result.Lines[1]);
        var items = Enumerable.Range(0, markdown.Length).Where(i => markdown[i].StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(SampleSheets.Full().Parties.Count, items.Count);
        Assert.All(items, i => Assert.Equal(new TemplatePlace(template, 8), result.Lines[i]));
        var second = Array.IndexOf(markdown, "over two lines");
        Assert.Equal(new TemplatePlace(template, 6), result.Lines[second]);
        var fromPartial = Array.FindIndex(markdown, l => l.StartsWith("From the partial", StringComparison.Ordinal));
        // A partial is rendered apart and printed by its include, so its lines are placed at the include.
        Assert.Equal(new TemplatePlace(template, 11), result.Lines[fromPartial]);
        // A line that starts with a printed value is placed at the value's line, not at the start of the template.
        var closing = Array.FindIndex(markdown, l => l.EndsWith(" closes.", StringComparison.Ordinal));
        Assert.Equal(new TemplatePlace(template, 12), result.Lines[closing]);
    }
}
