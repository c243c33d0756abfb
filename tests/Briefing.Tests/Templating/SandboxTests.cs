using Briefing.Diagnostics;
using Briefing.Templating;

namespace Briefing.Tests.Templating;

public class SandboxTests
{
    private static Diagnostic Error(TemplateFolder folder)
    {
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");
        Assert.Null(result.Markdown);
        return Assert.Single(result.Diagnostics);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("_partials/../../outside.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\t\\template.sbn")]
    public void Include_outside_the_folder_is_refused(string name)
    {
        using var folder = new TemplateFolder().Template("t", $"x\n  {{{{ include '{name}' }}}}");
        var d = Error(folder);
        Assert.Equal((2, 6), (d.Line, d.Column));
        Assert.Contains("Cannot include", d.Message);
    }

    [Fact]
    public void Include_inside_the_folder_works_and_is_not_escaped_twice()
    {
        using var folder = new TemplateFolder()
            .Template("t", "{{ include '_partials/p.sbn' }}|{{ x = include '_partials/p.sbn'; x }}")
            .With("_partials/p.sbn", "**{{ brief.parties[0].name }}** {{ '*' }}");
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");
        Assert.Equal("**United States** \\*|**United States** \\*\n", result.Markdown);
    }

    [Fact]
    public void Symlinked_file_pointing_outside_is_refused()
    {
        using var outside = new TemplateFolder().With("secret.sbn", "SECRET");
        using var folder = new TemplateFolder().Template("t", "{{ include '_partials/link.sbn' }}");
        Directory.CreateDirectory(Path.Combine(folder.Root, "_partials"));
        File.CreateSymbolicLink(Path.Combine(folder.Root, "_partials", "link.sbn"), Path.Combine(outside.Root, "secret.sbn"));
        var d = Error(folder);
        Assert.Contains("Cannot include", d.Message);
    }

    [Fact]
    public void Symlinked_folder_pointing_outside_is_refused()
    {
        using var outside = new TemplateFolder().With("secret.sbn", "SECRET");
        using var folder = new TemplateFolder().Template("t", "{{ include 'linked/secret.sbn' }}");
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "linked"), outside.Root);
        var d = Error(folder);
        Assert.Contains("Cannot include", d.Message);
    }

    [Fact]
    public void Symlink_inside_the_folder_is_followed()
    {
        using var folder = new TemplateFolder().Template("t", "{{ include '_partials/alias.sbn' }}").With("_partials/real.sbn", "REAL");
        File.CreateSymbolicLink(Path.Combine(folder.Root, "_partials", "alias.sbn"), Path.Combine(folder.Root, "_partials", "real.sbn"));
        Assert.Equal("REAL\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t").Markdown);
    }

    [Fact]
    public void Endless_loop_stops_with_an_error_at_the_loop()
    {
        using var folder = new TemplateFolder().Template("t", "a\n\n{{ while true }}x{{ end }}");
        var d = Error(folder);
        Assert.Equal((3, 4), (d.Line, d.Column));
        Assert.Contains("limit", d.Message);
    }

    [Fact]
    public void Endless_recursion_stops_with_an_error()
    {
        using var folder = new TemplateFolder().Template("t", "{{ func down(n)\n ret down(n + 1)\nend }}\n{{ down 1 }}");
        var d = Error(folder);
        Assert.Equal(2, d.Line);
        Assert.Contains("recursive", d.Message);
    }

    [Fact]
    public void Recursive_include_stops_with_an_error()
    {
        using var folder = new TemplateFolder().Template("t", "{{ include '_partials/self.sbn' }}").With("_partials/self.sbn", "{{ include '_partials/self.sbn' }}");
        Assert.Contains("limit", Error(folder).Message);
    }

    [Fact]
    public void Huge_output_stops_with_an_error()
    {
        var line = new string('x', 1000);
        using var folder = new TemplateFolder().Template("t", $"{{{{ for i in 1..10000 }}}}{line}\n{{{{ end }}}}");
        var d = Error(folder);
        Assert.Equal(1, d.Line);
        Assert.Contains("limit", d.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{{ object.eval '1 + 1' }}", "eval")]
    [InlineData("{{ object.eval_template '{{ 1 }}' }}", "eval_template")]
    [InlineData("{{ date.now }}", "now")]
    [InlineData("{{ math.random 1 10 }}", "random")]
    [InlineData("{{ include_join ['a'] }}", "include_join")]
    [InlineData("{{ brief.title.Length }}", "Length")]
    [InlineData("{{ brief.parties.Count }}", "Count")]
    public void Unsafe_or_unstable_builtins_and_dotnet_members_are_unavailable(string template, string name)
    {
        using var folder = new TemplateFolder().Template("t", template);
        Assert.Contains(name, Error(folder).Message);
    }

    [Fact]
    public void Raw_accepts_only_a_literal()
    {
        using var folder = new TemplateFolder().Template("t", "{{ raw '**a**' }}\n{{ raw brief.title }}");
        var d = Error(folder);
        Assert.Equal(2, d.Line);
        Assert.Contains("string literal", d.Message);

        using var ok = new TemplateFolder().Template("t", "{{ raw '**a** | <b>' }}");
        Assert.Equal("**a** | <b>\n", TemplateRenderer.Render(SampleSheets.Full(), ok.Root, "t").Markdown);
    }

    [Fact]
    public void Template_file_linked_from_outside_is_refused()
    {
        using var outside = new TemplateFolder().Template("evil", "EVIL");
        using var folder = new TemplateFolder();
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "evil"), Path.Combine(outside.Root, "evil"));
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "evil");
        Assert.Null(result.Markdown);
        Assert.Contains("outside", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void What_a_render_adds_to_a_builtin_module_is_gone_in_the_next_render()
    {
        using var folder = new TemplateFolder()
            .Template("writes", "{{ string.extra = 'leaked'; date.extra = 'leaked' }}{{ string.extra }}")
            .Template("reads-string", "{{ string.extra }}")
            .Template("reads-date", "{{ date.extra }}");
        Assert.Equal("leaked\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "writes").Markdown);
        foreach (var reader in new[] { "reads-string", "reads-date" })
        {
            var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, reader);
            Assert.Null(result.Markdown);
            Assert.Contains("extra", Assert.Single(result.Diagnostics).Message);
        }
    }

    [Fact]
    public void A_partial_included_in_a_loop_is_read_with_each_render()
    {
        using var folder = new TemplateFolder()
            .Template("t", "{{ for i in 1..3 }}{{ include '_partials/p.sbn' }}{{ end }}")
            .With("_partials/p.sbn", "a");
        var parsed = new ParsedTemplates();
        Assert.Equal("aaa\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed).Markdown);
        folder.With("_partials/p.sbn", "b");
        Assert.Equal("bbb\n", TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t", parsed: parsed).Markdown);
    }
}
