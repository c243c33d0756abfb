using Briefing.Diagnostics;
using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>The exact message, place and advice for the mistakes template authors make most.</summary>
public class TemplateMessageTests
{
    private static Diagnostic SingleError(TemplateFolder folder)
    {
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");
        Assert.Null(result.Markdown);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    private static string Relative(TemplateFolder folder, Diagnostic d) => d.ToString().Replace(folder.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    [Theory]
    [InlineData("# T\n\n{{ for p in brief.parties }}\n- {{ p.name }}\n{{ if p.short }}({{ p.short }}){{ end }}\n",
        "t/template.sbn:3:4: error: this `for` has no `end` (close it with `{{ end }}` where its loop ends; each `end` closes the nearest open `for`, `if`, `while`, `capture`, `func`, `case` or `with`)")]
    [InlineData("# T\n\n{{ if brief.risks.size > 0 }}\n{{ for r in brief.risks }}\n- {{ r }}\n{{ end }}\n",
        "t/template.sbn:3:4: error: this `if` has no `end` (close it with `{{ end }}` where its block ends; each `end` closes the nearest open `for`, `if`, `while`, `capture`, `func`, `case` or `with`)")]
    [InlineData("x\n{{ breif.title }}\n",
        "t/template.sbn:2:4: error: unknown variable or function `breif` (did you mean `brief`?)")]
    [InlineData("{{ for t in brief.memo.cleared_by }}{{ tt }}{{ end }}\n",
        "t/template.sbn:1:40: error: unknown variable or function `tt` (did you mean `t`?)")]
    [InlineData("{{ capture line }}x{{ end }}\n{{ lnie }}\n",
        "t/template.sbn:2:4: error: unknown variable or function `lnie` (did you mean `line`?)")]
    [InlineData("{{ func lead(d) }}{{ dd }}{{ end }}{{ lead 1 }}\n",
        "t/template.sbn:1:22: error: unknown variable or function `dd` (did you mean `d`?)")]
    [InlineData("{{ b.partie 'kyiv' }}\n",
        "t/template.sbn:1:6: error: no function `partie` in `b` (did you mean `party`?)")]
    [InlineData("{{ for p in brief.parties }}{{ p.nmae }}{{ end }}\n",
        "t/template.sbn:1:34: error: no key `nmae` in `p` (did you mean `name`?)")]
    [InlineData("{{ brief.event.venue.cty }}\n",
        "t/template.sbn:1:22: error: no key `cty` in `brief.event.venue` (did you mean `city`?)")]
    [InlineData("{{ marks = { cls: 'x' } }}{{ marks.secret }}\n",
        "t/template.sbn:1:36: error: no key `secret` in `marks` (it has: cls; when the key is optional, test for it first: `{{ if object.has_key marks \"secret\" }}`)")]
    [InlineData("{{ marks = { cls: 'x' } }}{{ marks['secret'] }}\n",
        "t/template.sbn:1:36: error: `marks['secret']`: `marks` is empty (null) or has no key 'secret' (test it first: `{{ if marks && object.has_key marks 'secret' }}`)")]
    [InlineData("{{ brief.extra.marks }}\n",
        "t/template.sbn:1:16: error: `brief.extra` is empty (null), so `brief.extra.marks` cannot be read (test it first: `{{ if brief.extra }}`; a key the fact sheet leaves out is null)")]
    [InlineData("a\n{{ include '_partials/qoute.sbn' }}\n",
        "t/template.sbn:2:4: error: Cannot include `_partials/qoute.sbn`: not found in the templates folder (did you mean `_partials/quote.sbn`?)")]
    [InlineData("a\n{{ include '_partials/nothing-like-it.sbn' }}\n",
        "t/template.sbn:2:4: error: Cannot include `_partials/nothing-like-it.sbn`: not found in the templates folder (the partials there: _partials/quote.sbn)")]
    [InlineData("a\n{{ include '../secrets.sbn' }}\n",
        "t/template.sbn:2:4: error: Cannot include `../secrets.sbn`: includes must name a file inside the templates folder, relative to it (write the name relative to the templates folder, without `..` or a leading `/`, e.g. `_partials/sources.sbn`)")]
    public void Each_mistake_has_its_message_place_and_advice(string template, string expected)
    {
        using var folder = new TemplateFolder().Template("t", template).With("_partials/quote.sbn", "> {{ q }}\n");
        Assert.Equal(expected, Relative(folder, SingleError(folder)));
    }

    [Fact]
    public void A_misspelt_loop_variable_after_its_loop_is_not_offered_a_member_name()
    {
        // `to` is a key of brief.memo, not a variable: it was the wrong suggestion for `tt`.
        using var folder = new TemplateFolder().Template("t", "{{ for t in brief.memo.cleared_by }}{{ end }}{{ tt }}\n");
        var d = SingleError(folder);
        Assert.Equal("unknown variable or function `tt`", d.Message);
        Assert.DoesNotContain("did you mean", d.Hint);
        Assert.StartsWith("set it before this line (`{{ tt = ... }}`) or check the spelling; the names here: ", d.Hint);
    }

    [Fact]
    public void An_unclosed_for_inside_a_partial_is_reported_at_the_partial()
    {
        using var folder = new TemplateFolder()
            .Template("t", "{{ include '_partials/p.sbn' }}")
            .With("_partials/p.sbn", "ok\n\n  {{ for s in brief.sources }}\n{{ s.title }}\n");
        var d = SingleError(folder);
        Assert.Equal("_partials/p.sbn:3:6: error: this `for` has no `end`", Relative(folder, d)[..Relative(folder, d).IndexOf(" (", StringComparison.Ordinal)]);
    }

    [Fact]
    public void A_loop_variable_inside_a_partial_is_suggested()
    {
        using var folder = new TemplateFolder()
            .Template("t", "{{ include '_partials/p.sbn' }}")
            .With("_partials/p.sbn", "{{ for source in brief.sources }}{{ sourse.title }}{{ end }}\n");
        Assert.Equal("_partials/p.sbn:1:37: error: unknown variable or function `sourse` (did you mean `source`?)", Relative(folder, SingleError(folder)));
    }
}
