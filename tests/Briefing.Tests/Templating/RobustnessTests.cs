using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>Whatever a template does wrong comes back as the one diagnostic that names it, at its place, never as output or an exception.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("{{ 1 / 0 }}", "1:4: error: the arithmetic gives no number (a division by zero, or a result too large)")]
    [InlineData("{{ 10 % 0 }}", "1:7: error: Attempted to divide by zero.")]
    [InlineData("{{ 1 // 0 }}", "1:6: error: Attempted to divide by zero.")]
    [InlineData("{{ b.party }}", "1:11: error: Invalid number of arguments `0` passed to `b.party` while expecting `1` arguments")]
    [InlineData("{{ b.party 1 2 3 }}", "1:16: error: Invalid number of arguments `3` passed to `b.party 1 2 3` while expecting `1` arguments")]
    [InlineData("{{ date.parse 'not a date' }}", "1:4: error: `date.parse`: `not a date` is not a date (write it as 2025-02-18, or 2025-02-18T10:00 with a time)")]
    [InlineData("{{ date.parse '12:00' }}", "1:4: error: `date.parse`: `12:00` is not a date (write it as 2025-02-18, or 2025-02-18T10:00 with a time)")]
    [InlineData("{{ date.parse 'May 5' }}", "1:4: error: `date.parse`: `May 5` is not a date (write it as 2025-02-18, or 2025-02-18T10:00 with a time)")]
    [InlineData("{{ date.parse '1 2 3' }}", "1:4: error: `date.parse`: `1 2 3` is not a date (write it as 2025-02-18, or 2025-02-18T10:00 with a time)")]
    [InlineData("{{ date.parse '05-18' 'MM-dd' }}", "1:4: error: `date.parse`: the pattern `MM-dd` must name the year (yyyy), the month (MM) and the day (dd), so that none is taken from today's date")]
    [InlineData("{{ date.parse '2025-02-18' 'dd.MM.yyyy' }}", "1:4: error: `date.parse`: `2025-02-18` is not a date in the pattern `dd.MM.yyyy`")]
    [InlineData("{{ b.shorten 'x' 'abc' }}", "1:18: error: Unable to convert type `string` to int")]
    [InlineData("{{ b.date 5 }}", "1:4: error: `b.date` takes a date such as `brief.date`")]
    [InlineData("{{ b.date 'yesterday' }}", "1:4: error: `yesterday` is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("{{ b.date '2025-02-30' }}", "1:4: error: `2025-02-30` is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("{{ b.join 5 }}", "1:4: error: `b.join` takes a list")]
    [InlineData("{{ b.lead 5 }}", "1:4: error: `b.lead` takes a delegation or a party id")]
    [InlineData("{{ array.first 1 }}", "1:16: error: Unable to convert type `int` to `IEnumerable`")]
    [InlineData("{{ brief.parties[99].name }}", "1:22: error: `brief.parties[99]` is empty (null), so `brief.parties[99].name` cannot be read (test it first: `{{ if brief.parties[99] }}`; a key the fact sheet leaves out is null)")]
    [InlineData("{{ null.x }}", "1:9: error: `null` is empty (null), so `null.x` cannot be read (test it first: `{{ if null }}`; a key the fact sheet leaves out is null)")]
    [InlineData("{{ include }}", "1:11: error: Invalid number of arguments `0` passed to `include` while expecting `1` arguments")]
    [InlineData("{{ include 'missing.sbn' }}", "1:4: error: Cannot include `missing.sbn`: not found in the templates folder (put the partial in the templates folder, e.g. `_partials/name.sbn`)")]
    [InlineData("{{ include '' }}", "1:4: error: Include template name cannot be null or empty")]
    [InlineData("{{ raw }}", "1:7: error: Invalid number of arguments `0` passed to `raw` while expecting `1` arguments")]
    [InlineData("{{ 'a' | raw }}", "1:10: error: `raw` takes a string literal written in the template (raw \"...\"), never a value from the fact sheet")]
    [InlineData("{{ regex.match 'aaaa' '(a+)+$' }}{{ x }}", "1:37: error: unknown variable or function `x` (did you mean `b`?)")]
    [InlineData("{{ brief.title = 'x' }}{{ brief = 1 }}", "1:27: error: Cannot set the readonly variable `brief`")]
    [InlineData("{{ b.party = 1 }}", "1:6: error: Cannot set a value for the readonly member: b.party")]
    [InlineData("{{ string.pad_left 'x' 100000000 }}", "1:24: error: a string or the output of the template would be longer than 4,000,000 characters, the limit of a template's output; nothing is cut short, so the render stops")]
    [InlineData("{{ for i in 1..1000000000 }}{{ end }}", "1:14: error: Range expression exceeds LoopLimit `200000`.")]
    [InlineData("{{ 'abc' | string.replace '' 'x' }}", "1:12: error: the function refused an argument: The value cannot be an empty string.")]
    [InlineData("{{ math.round 1.5 99 }}", "1:4: error: the function refused an argument: Rounding digits must be between 0 and 15, inclusive.")]
    [InlineData("{{ x = 'ab'; for i in 1..40; x = x + x; end }}", "1:34: error: a string or the output of the template would be longer than 4,000,000 characters, the limit of a template's output; nothing is cut short, so the render stops")]
    public void Broken_templates_give_the_diagnostic_that_names_the_mistake(string template, string expected)
    {
        using var folder = new TemplateFolder().Template("t", template);
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");

        Assert.Null(result.Markdown);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(Path.Combine(folder.Root, "t", "template.sbn") + ":" + expected, diagnostic.ToString());
    }

    [Theory]
    [InlineData("{{ date.parse '2025-02-18' | date.to_string '%Y/%m/%d' }}", "2025/02/18")]
    [InlineData("{{ date.parse '18.02.2025' 'dd.MM.yyyy' | date.to_string '%Y/%m/%d' }}", "2025/02/18")]
    [InlineData("{{ date.parse '2025-02-18' }}", "2025-02-18")]
    [InlineData("{{ date.parse '2025-02-18T10:00+03:00' | date.to_string '%Y-%m-%d %H:%M' }}", "2025-02-18 10:00")]
    [InlineData("{{ date.parse '2025-02-18T23:30Z' }}", "2025-02-18 23:30")]
    public void Date_parse_reads_a_real_date(string template, string expected)
    {
        using var folder = new TemplateFolder().Template("t", template);
        var result = TemplateRenderer.Render(SampleSheets.Full(), folder.Root, "t");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, result.Markdown!.Trim());
    }

    [Fact]
    public void Missing_templates_folder_gives_a_diagnostic()
    {
        var result = TemplateRenderer.Render(SampleSheets.Full(), "/nonexistent/templates", "memo");
        Assert.Null(result.Markdown);
        Assert.Contains("does not exist", Assert.Single(result.Diagnostics).Message);
    }
}
