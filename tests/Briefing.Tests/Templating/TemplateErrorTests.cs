using Briefing.Diagnostics;
using Briefing.Templating;

namespace Briefing.Tests.Templating;

public class TemplateErrorTests
{
    private static Diagnostic SingleError(TemplateFolder folder, string name = "t")
    {
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, name, "briefs/x.yaml");
        Assert.Null(result.Markdown);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Syntax_error_points_at_template_line_and_column()
    {
        using var folder = new TemplateFolder().Template("t", "# Title\n\nText {{ if }}\n");
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");
        Assert.Null(result.Markdown);
        var d = result.Diagnostics[0];
        Assert.Equal(Path.Combine(folder.Root, "t", "template.sbn"), d.File);
        Assert.Equal((3, 12), (d.Line, d.Column));
        Assert.Contains("Expecting <expression>", d.Message);
    }

    [Fact]
    public void Diagnostic_text_has_editor_form()
    {
        using var folder = new TemplateFolder().Template("t", "a\n  {{ nope }}");
        var d = SingleError(folder);
        Assert.StartsWith($"{Path.Combine(folder.Root, "t", "template.sbn")}:2:6: error: ", d.ToString());
    }

    [Fact]
    public void Unknown_variable_is_an_error()
    {
        using var folder = new TemplateFolder().Template("t", "line\n{{ brief.title }} {{ titel }}\n");
        var d = SingleError(folder);
        Assert.Equal((2, 22), (d.Line, d.Column));
        Assert.Contains("`titel`", d.Message);
    }

    [Fact]
    public void Misspelt_member_is_an_error()
    {
        using var folder = new TemplateFolder().Template("t", "{{ brief.summry }}");
        var d = SingleError(folder);
        Assert.Equal((1, 10), (d.Line, d.Column));
        Assert.Contains("summry", d.Message);
    }

    [Fact]
    public void Unknown_function_is_an_error()
    {
        using var folder = new TemplateFolder().Template("t", "\n\n   {{ b.partie 'kyiv' }}");
        var d = SingleError(folder);
        Assert.Equal(3, d.Line);
        Assert.Contains("partie", d.Message);
    }

    [Fact]
    public void Runtime_error_in_helper_points_at_the_call()
    {
        using var folder = new TemplateFolder().Template("t", "x\n{{ b.party 'atlantis' }}");
        var d = SingleError(folder);
        Assert.Equal((2, 4), (d.Line, d.Column));
        Assert.Contains("`atlantis`", d.Message);
        Assert.Equal("while rendering briefs/x.yaml", d.Hint);
    }

    [Fact]
    public void Error_inside_a_partial_points_at_the_partial()
    {
        using var folder = new TemplateFolder()
            .Template("t", "start\n{{ include '_partials/p.sbn' }}")
            .With("_partials/p.sbn", "one\ntwo {{ brief.nothing }}");
        var d = SingleError(folder);
        Assert.Equal(Path.Combine(folder.Root, "_partials", "p.sbn"), d.File);
        Assert.Equal((2, 14), (d.Line, d.Column));
    }

    [Fact]
    public void Syntax_error_inside_a_partial_points_at_the_partial()
    {
        using var folder = new TemplateFolder()
            .Template("t", "{{ include '_partials/p.sbn' }}")
            .With("_partials/p.sbn", "ok\n{{ for }}");
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");
        Assert.Null(result.Markdown);
        var d = result.Diagnostics[0];
        Assert.Equal(Path.Combine(folder.Root, "_partials", "p.sbn"), d.File);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Unknown_template_lists_the_known_ones()
    {
        using var folder = new TemplateFolder().Template("memo", "m").Template("book", "b").With("_partials/x.sbn", "");
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "brochure");
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("`brochure`", d.Message);
        Assert.Equal("known templates: book, memo", d.Hint);
    }

    [Fact]
    public void Relative_templates_folder_is_named_as_given()
    {
        using var folder = new TemplateFolder().Template("t", "{{ nope }}");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.Root);
        var d = Assert.Single(TemplateRenderer.Render(SampleSheets.Full(), relative, "t").Diagnostics);
        Assert.Equal(Path.Combine(relative, "t", "template.sbn"), d.File);
    }
}
