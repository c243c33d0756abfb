using Briefing.Tests.Infrastructure;
namespace Briefing.Tests.Cli;

/// <summary>What the command line says to a mistyped command: exit 2, one line naming the mistake, and the likely fix.</summary>
public class UsageTests
{
    [Theory]
    [InlineData("render", "--ouput", "`--ouput`; did you mean `--output`?")]
    [InlineData("render", "--tempalte", "`--tempalte`; did you mean `--template`?")]
    [InlineData("build", "--jbos", "`--jbos`; did you mean `--jobs`?")]
    [InlineData("validate", "--verbos", "`--verbos`; did you mean `--verbose`?")]
    [InlineData("verify", "--acept", "`--acept`; did you mean `--accept`?")]
    [InlineData("render", "--zzzzzzzz", "`--zzzzzzzz` (see briefing render --help)")]
    public void An_unknown_option_is_a_usage_error_with_a_suggestion(string command, string option, string expected)
    {
        using var folder = new Infrastructure.TemporaryFolder();
        var output = folder.Combine("x.pdf");

        var run = CliRun.Of(command, "some.yaml", option, output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: unknown option {expected}", run.Error);
        Assert.False(File.Exists(output));
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("render", "-o", "", "--output")]
    [InlineData("render", "--out", " ", "--out")]
    [InlineData("render", "--theme", "", "--theme")]
    [InlineData("render", "--templates", "", "--templates")]
    [InlineData("watch", "--output", "", "--output")]
    [InlineData("build", "--out", "", "--out")]
    [InlineData("verify", "--snapshots", "", "--snapshots")]
    public void An_empty_path_is_a_usage_error_naming_its_option(string command, string option, string value, string named)
    {
        using var folder = new TemporaryFolder();
        var sheet = folder.Write("brief.yaml", File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml")));

        var run = CliRun.Of(command, command is "build" or "verify" ? folder.Path : sheet, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named + ": an empty path names no file or folder", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Theory]
    [InlineData("render", "no-such-theme.yaml", "no such file")]
    [InlineData("build", "no-such-theme.yaml", "no such file")]
    [InlineData("verify", "no-such-theme.yaml", "no such file")]
    [InlineData("render", ".", "is a folder, not a file")]
    public void A_theme_that_is_not_a_file_is_a_usage_error_before_any_work(string command, string theme, string problem)
    {
        using var folder = new TemporaryFolder();
        var sheet = folder.Write("brief.yaml", File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml")));

        var run = CliRun.Of(command, command is "build" or "verify" ? folder.Path : sheet, "--theme", theme, command == "verify" ? "--snapshots" : "--out", folder.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--theme: `{theme}`: {problem}", run.Error);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public void Standard_input_named_twice_is_a_usage_error()
    {
        var run = CliRun.Run("schema: briefing/v1\n", CancellationToken.None, "render", "-", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: `-` (standard input) is named more than once", run.Error);
    }

    [Fact]
    public void An_unknown_option_written_with_equals_is_named_without_its_value()
    {
        var run = CliRun.Of("render", "some.yaml", "--ouput=x.pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: unknown option `--ouput`; did you mean `--output`?", run.Error);
    }

    [Fact]
    public void An_unknown_command_suggests_the_closest()
    {
        var run = CliRun.Of("rendr", "some.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: unknown command `rendr`; did you mean `render`? (see briefing --help)", run.Error.Trim());
    }

    [Fact]
    public void A_missing_argument_is_named_with_what_it_is_for()
    {
        var run = CliRun.Of("render", "--template", "book");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: name the <fact-sheet>: Fact sheets to render (files, or - for standard input). (see briefing render --help)", run.Error.Trim());
    }

    [Fact]
    public void No_command_at_all_is_a_usage_error()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: name a command", run.Error);
    }

    [Theory]
    [InlineData("build", "--jobs", "abc", "error: --jobs: `abc` is not a whole number")]
    [InlineData("build", "-j", "1.5", "error: --jobs: `1.5` is not a whole number")]
    [InlineData("render", "--dpi", "high", "error: --dpi: `high` is not a number")]
    [InlineData("render", "--page", "two", "error: --page: `two` is not a whole number")]
    [InlineData("render", "--format", "odt", "error: --format: `odt` is not one of pdf, png, md, html, docx")]
    public void A_value_of_the_wrong_kind_is_named_plainly(string command, string option, string value, string expected)
    {
        var run = CliRun.Of(command, "briefs", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("Nullable", run.Error);
        Assert.DoesNotContain("System.", run.Error);
    }

    [Fact]
    public void A_missing_option_value_is_a_usage_error()
    {
        var run = CliRun.Of("render", "some.yaml", "--template");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--template", run.Error);
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_can_follow_a_double_dash()
    {
        var run = CliRun.Of("validate", "--", "-not-there.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-not-there.yaml: error: no such file or folder", run.Error);
        Assert.DoesNotContain("unknown option", run.Error);
    }

    [Theory]
    [InlineData("render", "briefing render briefs/2025-02-18-riyadh-us-russia-talks.yaml --template book -o riyadh-book.pdf")]
    [InlineData("build", "briefing build briefs --templates-list memo,one-pager --shard 2/4")]
    [InlineData("watch", "briefing watch briefs/2025-02-18-riyadh-us-russia-talks.yaml --template book")]
    [InlineData("verify", "briefing verify --accept")]
    [InlineData("validate", "briefing validate briefs")]
    [InlineData("schema", "briefing schema")]
    [InlineData("new", "briefing new jeddah-talks-2025")]
    [InlineData("templates", "briefing templates")]
    public void Every_command_has_help_with_an_example(string command, string example)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out);
        Assert.Contains("Examples:", run.Out);
        Assert.Contains(example, run.Out);
    }
}
