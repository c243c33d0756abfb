using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.FactSheets;
using Briefing.Templating;
using Briefing.Tests.Cli;
using Briefing.Tests.Infrastructure;
using Briefing.Tests.Templating;

namespace Briefing.Tests.Checking;

public class TemplateCheckTests
{
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    // The memo line is taken only when the sheet has a memo addressee; the usual small sheets have none.
    private const string Seeded = "# {{ brief.title }}\n\n{{ if brief.memo.to }}\n**To:** {{ brief.memo.to }} ({{ brief.memo.kidn }})\n{{ end }}\n\nText.\n";

    [Fact]
    public void Every_generated_sheet_is_a_valid_fact_sheet()
    {
        foreach (var sheet in CheckSheets.All())
        {
            var loaded = FactSheetLoader.Load(sheet.Name, sheet.Yaml);
            Assert.True(loaded.FactSheet is not null, $"{sheet.Name}: {string.Join("\n", loaded.Diagnostics)}");
        }
    }

    [Fact]
    public void The_generated_sheets_reach_the_extremes()
    {
        var sheets = CheckSheets.All().ToDictionary(s => s.Name, s => FactSheetLoader.Load(s.Name, s.Yaml).FactSheet!);
        Assert.Equal(12, sheets["twelve-parties"].Parties.Count);
        Assert.Single(sheets["one-party"].Parties);
        Assert.Empty(sheets["lists-empty"].Risks);
        Assert.Null(sheets["lists-empty"].Memo.To);
        Assert.Equal("ar", sheets["right-to-left"].Language);
        Assert.Equal(MemoKind.Action, sheets["action-memo"].Memo.Kind);
        Assert.Contains(sheets["not-attending"].Parties, p => !p.Attending);
    }

    [Fact]
    public void A_mistake_in_a_branch_the_sample_sheet_does_not_take_is_found()
    {
        using var folder = new TemplateFolder().Template("t", Seeded);
        using var renderer = new BriefingRenderer();
        // The usual render passes: nothing reaches the line.
        Assert.True(renderer.Render(SampleSheets.Minimal(), "x.yaml", new RenderOptions(folder.Root, "t")).Succeeded);

        var finding = Assert.Single(TemplateCheck.Run(renderer, folder.Root, "t"));
        Assert.Equal(
            $"{Path.Combine(folder.Root, "t", "template.sbn")}:4:44: error: no key `kidn` in `brief.memo` (did you mean `kind`?; reached with the generated sheets every-key, one-party, twelve-parties, long-names, right-to-left, action-memo, background-memo, not-attending, marked-us, marked-uk, marked-nato)",
            finding.Reported.ToString());
    }

    [Fact]
    public void A_warning_met_on_every_pass_of_a_loop_names_each_sheet_once()
    {
        const string looped = "# {{ brief.title }}\n\n{{~ for p in brief.parties ~}}\n\n{{ p.name }} {.nosuchstyle}\n{{~ end ~}}\n";
        using var folder = new TemplateFolder().Template("t", looped);
        using var renderer = new BriefingRenderer();
        var finding = Assert.Single(TemplateCheck.Run(renderer, folder.Root, "t"), f => f.Diagnostic.Message.Contains("nosuchstyle", StringComparison.Ordinal));
        var hint = finding.Reported.Hint!;
        Assert.Equal(1, hint.Split("twelve-parties").Length - 1);
    }

    [Fact]
    public void The_shipped_templates_pass()
    {
        using var renderer = new BriefingRenderer();
        foreach (var template in TemplateCheck.Templates(Templates, null))
        {
            var findings = TemplateCheck.Run(renderer, Templates, template);
            Assert.True(findings.Count == 0, $"{template}:\n{string.Join("\n", findings.Select(f => f.Reported))}");
        }
    }

    [Fact]
    public void The_command_exits_1_and_prints_each_problem_with_its_template_line()
    {
        using var folder = new TemplateFolder().Template("t", Seeded);
        var run = CliRun.Of("check", "--templates", folder.Root, "t");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Path.Combine(folder.Root, "t", "template.sbn")}:4:44: error: no key `kidn` in `brief.memo`", run.Error);
        Assert.Contains("t: 1 problem", run.Out);
    }

    [Fact]
    public void A_warning_fails_the_check_too()
    {
        using var folder = new TemplateFolder().Template("t", "# T\n\n::: no-such-style\nText.\n:::\n");
        var run = CliRun.Of("check", "--templates", folder.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning:", run.Error);
    }

    [Fact]
    public void A_template_name_that_is_not_there_is_wrong_usage_with_the_names_there_are()
    {
        using var folder = new TemplateFolder().Template("memo", "# T\n");
        var run = CliRun.Of("check", "--templates", folder.Root, "memmo");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: unknown template `memmo`; known templates: memo", run.Error);
        Assert.DoesNotContain("checking", run.Error);
    }
}
