using Briefing.Templating;

namespace Briefing.Tests.Templating;

public class TemplateLinesTests
{
    [Fact]
    public void Each_markdown_line_names_the_template_line_that_wrote_it()
    {
        using var folder = new TemplateFolder()
            .Template("t", "# {{ brief.title }}\n\n\n\n{{~ for p in brief.parties ~}}\n- {{ p.name }}\n{{~ end ~}}\n\n{{ include '_partials/p.sbn' }}\n")
            .With("_partials/p.sbn", "\nFrom the partial: {{ brief.parties[0].name }}\n");

        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");

        var markdown = result.Markdown!.Split('\n');
        var template = Path.Combine(folder.Root, "t", "template.sbn");
        var partial = Path.Combine(folder.Root, "_partials", "p.sbn");
        Assert.Equal(markdown.Length - 1, result.Lines.Count);
        Assert.Equal(new TemplatePlace(template, 1), result.Lines[0]);
        Assert.Null(result.Lines[1]);
        var items = Enumerable.Range(0, markdown.Length).Where(i => markdown[i].StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(SampleSheets.Full().Parties.Count, items.Count);
        Assert.All(items, i => Assert.Equal(new TemplatePlace(template, 6), result.Lines[i]));
        var fromPartial = Array.FindIndex(markdown, l => l.StartsWith("From the partial", StringComparison.Ordinal));
        Assert.Equal(new TemplatePlace(partial, 2), result.Lines[fromPartial]);
    }
}
