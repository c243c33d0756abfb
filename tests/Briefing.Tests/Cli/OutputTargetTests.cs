using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>What -o leads to: links are written through and kept, and nothing is written when any page's name is taken.</summary>
public class OutputTargetTests
{
    private static readonly string Riyadh = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Fact]
    public void A_link_is_kept_and_the_file_it_leads_to_is_written()
    {
        using var folder = new TemporaryFolder();
        var real = folder.Write("real/memo.pdf", "old");
        var link = File.CreateSymbolicLink(folder.Combine("link.pdf"), real).FullName;

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", link);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.StartsWith("%PDF-", File.ReadAllText(real));
        Assert.Equal(["memo.pdf"], Directory.GetFileSystemEntries(folder.Combine("real")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_to_a_file_not_yet_there_makes_that_file()
    {
        using var folder = new TemporaryFolder();
        var real = folder.Combine("memo.md");
        var link = File.CreateSymbolicLink(folder.Combine("latest.md"), real).FullName;

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", link);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("---\n", File.ReadAllText(real));
    }

    [Fact]
    public void A_folder_in_the_way_of_one_page_stops_every_page_before_any_is_written()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Combine("memo-3.png"));

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--dpi", "20", "-o", folder.Combine("memo.png"));

        // A folder in the way is a failed write, as for a single output: 3.
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("memo-3.png` is a folder", run.Error);
        Assert.DoesNotContain("wrote", run.Error);
        Assert.Equal(["memo-3.png"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Pages_are_not_named_after_a_device()
    {
        var pages = Enumerable.Range(1, 4).Select(page => $"/dev/null-{page}").ToList();
        try
        {
            var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--format", "png", "--dpi", "20", "-o", "/dev/null");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("choose one page with --page N", run.Error);
            Assert.DoesNotContain(pages, File.Exists);
        }
        finally
        {
            // Only a program that names pages after the device makes these (as root): not left in /dev when it does.
            foreach (var page in pages.Where(File.Exists))
            {
                File.Delete(page);
            }
        }
    }

    [Fact]
    public void One_page_may_go_to_a_device()
    {
        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--format", "png", "--dpi", "20", "--page", "1", "-o", "/dev/null");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("wrote /dev/null (page 1 of 4", run.Error);
        Assert.False(File.Exists("/dev/null-1"));
    }

    [Fact]
    public void A_file_in_the_way_of_the_output_folder_is_named()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("notes", "kept");

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", folder.Combine("notes", "memo.pdf"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"`{file}` is a file, not a folder", run.Error);
        Assert.Equal("kept", File.ReadAllText(file));
    }

    [Fact]
    public void The_longest_name_the_file_system_takes_is_written()
    {
        using var folder = new TemporaryFolder();
        // 255 bytes is the longest file name of ext4, tmpfs and most other Linux file systems.
        var name = new string('m', 251) + ".pdf";

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", folder.Combine(name));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal([name], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }
}
