using System.Diagnostics;
using Briefing.Tests.Infrastructure;
using Briefing.Workspace;

namespace Briefing.Tests.Cli;

/// <summary>An output path never destroys an input, and only regular files are replaced.</summary>
public class OutputSafetyTests
{
    private static readonly string Minimal = File.ReadAllText(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml"));
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Theory]
    [InlineData("same")]
    [InlineData("dotdot")]
    [InlineData("symlink")]
    [InlineData("hardlink")]
    public void Render_refuses_an_output_that_names_its_own_fact_sheet(string how)
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("briefs/in.yaml", Minimal);
        Directory.CreateDirectory(folder.Combine("other"));
        var output = how switch
        {
            "same" => brief,
            "dotdot" => folder.Combine("other", "..", "briefs", "in.yaml"),
            "symlink" => File.CreateSymbolicLink(folder.Combine("other", "link.pdf"), brief).FullName,
            _ => HardLink(brief, folder.Combine("other", "hard.pdf")),
        };

        var run = CliRun.Of("render", brief, "--templates", Templates, "-o", output);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("would destroy the input", run.Error);
        Assert.Equal(Minimal, File.ReadAllText(brief));
    }

    [Fact]
    public void Render_refuses_an_output_inside_the_templates_folder_that_would_replace_a_file()
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("in.yaml", Minimal);
        var template = folder.Write("templates/memo/template.sbn", "# {{ brief.title }}\n");

        var run = CliRun.Of("render", brief, "--templates", folder.Combine("templates"), "--format", "md", "-o", template);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("# {{ brief.title }}\n", File.ReadAllText(template));
    }

    [Theory]
    [InlineData("md", "saved/report.txt")]
    [InlineData("pdf", "saved/report.txt")]
    [InlineData("docx", "link.docx")]
    public void Render_refuses_an_output_that_names_a_source_text_the_fact_sheet_names_beside_itself(string format, string output)
    {
        using var folder = new TemporaryFolder();
        const string saved = "Consultations at working level; no decisions are expected.\n";
        var report = folder.Write("saved/report.txt", saved);
        File.CreateSymbolicLink(folder.Combine("link.docx"), report);
        var brief = folder.Write("in.yaml", Minimal.Replace("schema: briefing/v1\n", "schema: briefing/v1.1\n", StringComparison.Ordinal) + "sources:\n  - id: report\n    title: The report\n    file: saved/report.txt\n");

        var run = CliRun.Of("render", brief, "--templates", Templates, "--format", format, "-o", folder.Combine(output));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would destroy the input", run.Error);
        Assert.Equal(saved, File.ReadAllText(report));
    }

    [Fact]
    public void Watch_refuses_an_output_that_names_its_own_fact_sheet_before_rendering()
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("in.yaml", Minimal);

        var run = CliRun.Of("watch", brief, "--templates", Templates, "-o", folder.Combine(".", "in.yaml"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("would destroy the input", run.Error);
        Assert.Equal(Minimal, File.ReadAllText(brief));
    }

    [Fact]
    public void Build_does_not_write_through_a_link_in_the_output_folder_to_a_fact_sheet()
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("briefs/minimal.yaml", Minimal);
        Directory.CreateDirectory(folder.Combine("out"));
        File.CreateSymbolicLink(folder.Combine("out", "minimal.memo.pdf"), brief);

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "memo", "--out", folder.Combine("out"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("would destroy the input", run.Error);
        Assert.Equal(Minimal, File.ReadAllText(brief));
    }

    [Fact]
    public void Build_does_not_write_through_a_link_in_the_output_folder_to_a_source_text()
    {
        using var folder = new TemporaryFolder();
        const string saved = "Consultations at working level; no decisions are expected.\n";
        var report = folder.Write("briefs/saved/report.txt", saved);
        folder.Write("briefs/minimal.yaml", Minimal.Replace("schema: briefing/v1\n", "schema: briefing/v1.1\n", StringComparison.Ordinal)
            + "sources:\n  - id: report\n    title: The report\n    file: saved/report.txt\n");
        Directory.CreateDirectory(folder.Combine("out"));
        File.CreateSymbolicLink(folder.Combine("out", "minimal.memo.pdf"), report);

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "memo", "--out", folder.Combine("out"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("would destroy the input", run.Error);
        Assert.Equal(saved, File.ReadAllText(report));
    }

    [Fact]
    public void An_output_file_written_as_a_folder_is_wrong_usage_and_leaves_the_fact_sheet_alone()
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("in.yaml", Minimal);

        var run = CliRun.Of("render", brief, "--templates", Templates, "-o", brief + "/");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("names a folder; -o names the output file", run.Error);
        Assert.Equal(Minimal, File.ReadAllText(brief));
    }

    [Theory]
    [InlineData("render")]
    [InlineData("build")]
    [InlineData("watch")]
    public void A_file_named_as_the_output_folder_is_wrong_usage_before_any_work(string command)
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("briefs/in.yaml", Minimal);
        var notAFolder = folder.Write("out", "kept\n");

        var run = CliRun.Of(command, command == "build" ? folder.Combine("briefs") : brief, "--templates", Templates, "--out", notAFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--out: `{notAFolder}` is a file, not a folder", run.Error);
        Assert.Equal("kept\n", File.ReadAllText(notAFolder));
        Assert.Equal(["in.yaml"], Directory.EnumerateFiles(folder.Combine("briefs")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_fifo_as_output_is_written_through_and_stays_a_fifo()
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("in.yaml", Minimal);
        var fifo = folder.Combine("pipe");
        Run("mkfifo", fifo);
        var reading = Task.Run(() => File.ReadAllBytes(fifo));

        var run = CliRun.Of("render", brief, "--templates", Templates, "-o", fifo);

        Assert.True(run.ExitCode == 0, run.Error);
        var read = await reading.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("%PDF"u8.ToArray(), read[..4]);
        Assert.Equal(FileKind.Fifo, FileIdentity.Of(fifo).Kind);
    }

    [Fact]
    public void A_folder_as_output_is_refused_with_a_clear_message()
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("in.yaml", Minimal);
        Directory.CreateDirectory(folder.Combine("dir"));

        var run = CliRun.Of("render", brief, "--templates", Templates, "-o", folder.Combine("dir"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("is a folder", run.Error);
        Assert.True(Directory.Exists(folder.Combine("dir")));
    }

    [Fact]
    public void File_identity_tells_a_character_device_from_a_regular_file_and_follows_links()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("a.txt", "a");
        var link = File.CreateSymbolicLink(folder.Combine("b.txt"), file).FullName;

        Assert.Equal(FileKind.CharacterDevice, FileIdentity.Of("/dev/null").Kind);
        Assert.Equal(FileKind.Regular, FileIdentity.Of(file).Kind);
        Assert.Equal(FileKind.Directory, FileIdentity.Of(folder.Path).Kind);
        Assert.Equal(FileKind.Missing, FileIdentity.Of(folder.Combine("none")).Kind);
        Assert.Equal(FileIdentity.Of(file), FileIdentity.Of(link));
        Assert.NotEqual(FileIdentity.Of(file), FileIdentity.Of(folder.Write("c.txt", "a")));
    }

    private static string HardLink(string target, string link)
    {
        Run("ln", target, link);
        return link;
    }

    private static void Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
