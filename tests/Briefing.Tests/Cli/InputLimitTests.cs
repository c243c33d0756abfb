using System.Diagnostics;
using Briefing.Tests.Infrastructure;
using Briefing.Workspace;

namespace Briefing.Tests.Cli;

/// <summary>
/// Every input is read with a size limit and only from a regular file; walks of folders end on symbolic link loops.
/// Each case runs under a guard, since the failure these prevent is a hang or running out of memory.
/// </summary>
public sealed class InputLimitTests
{
    private static readonly string Riyadh = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");
    private static readonly string Templates = RepositoryRoot.Combine("templates");
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_device_as_theme_is_refused_before_reading_it()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("out.pdf");

        var run = Guarded(() => CliRun.Of("render", Riyadh, "--templates", Templates, "--theme", "/dev/zero", "-o", output));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/dev/zero: error: cannot read the theme: `/dev/zero` is a character device, not a regular file", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_theme_over_the_size_limit_is_an_error_naming_the_limit()
    {
        using var folder = new TemporaryFolder();
        var theme = folder.Write("huge.yaml", "# " + new string('x', 2 * 1024 * 1024) + "\n");
        var output = folder.Combine("out.pdf");

        var run = Guarded(() => CliRun.Of("render", Riyadh, "--templates", Templates, "--theme", theme, "-o", output));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is larger than the limit of 1 MiB (1,048,576 bytes) for a theme", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_fifo_as_theme_is_refused_without_blocking()
    {
        using var folder = new TemporaryFolder();
        var fifo = await Fifo(folder.Combine("theme.yaml"));

        var run = Guarded(() => CliRun.Of("render", Riyadh, "--templates", Templates, "--theme", fifo, "-o", folder.Combine("out.pdf")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a FIFO (named pipe), not a regular file", run.Error);
    }

    [Fact]
    public async Task Fifos_and_link_loops_in_the_templates_and_fonts_folders_neither_block_nor_grow()
    {
        using var folder = new TemporaryFolder();
        var templates = folder.Combine("templates");
        CopyFolder(Templates, templates);
        Directory.CreateDirectory(folder.Combine("templates", "fonts", "inner"));
        File.CreateSymbolicLink(folder.Combine("templates", "fonts", "inner", "loop"), folder.Combine("templates", "fonts"));
        File.CreateSymbolicLink(folder.Combine("templates", "_partials", "loop"), folder.Combine("templates"));
        await Fifo(folder.Combine("templates", "fonts", "blocking.ttf"));
        await Fifo(folder.Combine("templates", "_partials", "blocking.sbn"));
        var output = folder.Combine("out.pdf");

        var run = Guarded(() => CliRun.Of("render", Riyadh, "--templates", templates, "-o", output));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(output));
    }

    [Fact]
    public async Task A_fifo_partial_that_a_template_includes_is_an_error_not_a_hang()
    {
        using var folder = new TemporaryFolder();
        folder.Write("templates/t/template.sbn", "# Title\n\n{{ include 'part.sbn' }}\n");
        await Fifo(folder.Combine("templates", "part.sbn"));

        var run = Guarded(() => CliRun.Of("render", Riyadh, "--templates", folder.Combine("templates"), "-t", "t", "-o", folder.Combine("out.pdf")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is a FIFO (named pipe), not a regular file", run.Error);
        Assert.False(File.Exists(folder.Combine("out.pdf")));
    }

    [Fact]
    public void Reading_an_input_stops_at_its_limit()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("big.txt", new string('a', 5000));

        var error = Assert.Throws<IOException>(() => InputFile.ReadText(file, 4096, "template"));

        Assert.Contains("larger than the limit of 4 KiB (4,096 bytes) for a template", error.Message, StringComparison.Ordinal);
        Assert.Equal(5000, InputFile.ReadText(file, 5000, "template").Length);
    }

    [Fact]
    public void A_folder_walk_visits_each_folder_once_through_link_loops()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a/one.ttf", "x");
        folder.Write("a/b/two.ttf", "x");
        File.CreateSymbolicLink(folder.Combine("a", "b", "up"), folder.Combine("a"));
        File.CreateSymbolicLink(folder.Combine("a", "self"), folder.Combine("a"));

        var files = FolderWalk.Files(folder.Combine("a"), _ => true);

        Assert.Equal([folder.Combine("a", "b", "two.ttf"), folder.Combine("a", "one.ttf")], files);
    }

    private static CliRun Guarded(Func<CliRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(HangGuard), "the command did not finish");
        return task.Result;
    }

    private static async Task<string> Fifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path)!;
        await mkfifo.WaitForExitAsync();
        return path;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
