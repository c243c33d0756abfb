using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>
/// Templates and partials parsed once and shared by many renders (a build's workers, watch): the same output as a
/// render that parses afresh, a file edited in between is read anew, and errors are reported as without sharing.
/// </summary>
public class ParsedTemplatesTests
{
    [Fact]
    public void A_template_and_its_partial_are_parsed_once_for_many_renders()
    {
        using var folder = new TemplateFolder()
            .Template("t", "# {{ brief.title }}\n\n{{ include '_partials/p.sbn' }}\n")
            .With("_partials/p.sbn", "**{{ brief.parties[0].name }}**");
        var parsed = new ParsedTemplates();

        var first = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed);
        Assert.Equal(2, parsed.Parses);
        var second = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed);

        Assert.Equal(2, parsed.Parses);
        Assert.Equal(TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t").Markdown, first.Markdown);
        Assert.Equal(first.Markdown, second.Markdown);
        Assert.Contains("**United States**", first.Markdown);
    }

    [Fact]
    public void An_edited_template_or_partial_is_parsed_again()
    {
        using var folder = new TemplateFolder()
            .Template("t", "Before {{ include '_partials/p.sbn' }}\n")
            .With("_partials/p.sbn", "one");
        var parsed = new ParsedTemplates();
        Assert.Equal("Before one\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed).Markdown);

        folder.With("_partials/p.sbn", "two");
        Assert.Equal("Before two\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed).Markdown);
        Assert.Equal(3, parsed.Parses);

        folder.Template("t", "After {{ include '_partials/p.sbn' }}\n");
        Assert.Equal("After two\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed).Markdown);
    }

    [Fact]
    public void Templates_read_once_render_every_document_with_the_text_of_the_first_render()
    {
        using var folder = new TemplateFolder()
            .Template("t", "Before {{ include '_partials/p.sbn' }}\n")
            .With("_partials/p.sbn", "one");
        var parsed = new ParsedTemplates(readOnce: true);
        Assert.Equal("Before one\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed).Markdown);

        folder.With("_partials/p.sbn", "two");
        folder.Template("t", "After {{ include '_partials/p.sbn' }}\n");

        Assert.Equal("Before one\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed).Markdown);
        Assert.Equal(2, parsed.Parses);
        Assert.Equal("After two\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: new ParsedTemplates()).Markdown);
    }

    [Fact]
    public void Templates_read_once_still_report_a_missing_partial_on_every_render_and_find_it_once_it_is_there()
    {
        using var folder = new TemplateFolder()
            .Template("t", "x {{ include '_partials/later.sbn' }}\n")
            .With("_partials/other.sbn", "other");
        var parsed = new ParsedTemplates(readOnce: true);
        var alone = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t").Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(alone, d => d.Contains("not found", StringComparison.Ordinal));

        for (var i = 0; i < 2; i++)
        {
            var shared = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed);
            Assert.Null(shared.Markdown);
            Assert.Equal(alone, shared.Diagnostics.Select(d => d.ToString()));
        }

        folder.With("_partials/later.sbn", "here");
        Assert.Equal("x here\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed).Markdown);
    }

    [Fact]
    public void A_partial_with_a_syntax_error_is_reported_on_every_render_as_without_sharing()
    {
        using var folder = new TemplateFolder()
            .Template("t", "x\n{{ include '_partials/bad.sbn' }}\n")
            .With("_partials/bad.sbn", "ok\n{{ if }}\n");
        var parsed = new ParsedTemplates();
        var alone = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t").Diagnostics.Select(d => d.ToString()).ToList();
        Assert.NotEmpty(alone);

        for (var i = 0; i < 2; i++)
        {
            var shared = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed);
            Assert.Null(shared.Markdown);
            Assert.Equal(alone, shared.Diagnostics.Select(d => d.ToString()));
        }
    }

    [Fact]
    public void Renders_on_many_threads_sharing_the_parsed_shipped_templates_give_the_same_markdown_as_one_alone()
    {
        var parsed = new ParsedTemplates();
        var sheets = Enumerable.Range(0, 8).Select(i => SampleSheets.Full() with { Id = $"sheet-{i}", Title = $"Title {i}" }).ToList();
        var alone = sheets.Select(s => TemplateRenderer.Render(s, RepositoryTemplates.Folder, "memo").Markdown).ToList();
        Assert.All(alone, Assert.NotNull);

        var shared = new string?[sheets.Count * 4];
        Parallel.For(0, shared.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            shared[i] = TemplateRenderer.Render(sheets[i % sheets.Count], RepositoryTemplates.Folder, "memo", parsed: parsed).Markdown);

        Assert.Equal(Enumerable.Range(0, shared.Length).Select(i => alone[i % sheets.Count]), shared);
    }
}
