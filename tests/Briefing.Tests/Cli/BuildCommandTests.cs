using System.Security.Cryptography;
using System.Text.Json;
using Briefing.Building;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

public class BuildCommandTests
{
    private static readonly string Riyadh = File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Fact]
    public void One_bad_fact_sheet_fails_alone_and_the_manifest_lists_every_output_and_failure()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: copy-a"));
        folder.Write("briefs/b.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: copy-b"));
        folder.Write("briefs/c.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: copy-c").Replace("summary:", "sumary:"));
        var output = folder.Combine("out");

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "memo,one-pager", "--out", output, "--jobs", "2");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("4 of 6 documents written", run.Out);
        Assert.Matches(@"c\.yaml:\d+:\d+: error: ", run.Error);
        Assert.Equal(
            ["copy-a.memo.pdf", "copy-a.one-pager.pdf", "copy-b.memo.pdf", "copy-b.one-pager.pdf", "manifest.json"],
            Directory.GetFiles(output).Select(Path.GetFileName).Where(n => n != BuildLock.FileName).Order(StringComparer.Ordinal));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        var outputs = manifest.RootElement.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(4, outputs.Count);
        var first = outputs[0];
        Assert.True(first.GetProperty("pages").GetInt32() >= 1);
        Assert.Equal(64, first.GetProperty("sha256").GetString()!.Length);
        Assert.Equal("memo", first.GetProperty("template").GetString());
        var failures = manifest.RootElement.GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains("error", failures[0].GetProperty("diagnostics")[0].GetString());
    }

    [Fact]
    public void Shards_split_the_work_without_overlap_or_loss()
    {
        using var folder = new TemporaryFolder();
        foreach (var id in new[] { "s-one", "s-two", "s-three" })
        {
            folder.Write($"briefs/{id}.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", $"id: {id}"));
        }

        var seen = new List<string>();
        for (var shard = 1; shard <= 2; shard++)
        {
            var output = folder.Combine($"out{shard}");
            var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager", "--out", output, "--shard", $"{shard}/2");
            Assert.True(run.ExitCode == 0, run.Error);
            seen.AddRange(Directory.GetFiles(output, "*.pdf").Select(Path.GetFileName)!);
        }

        Assert.Equal(["s-one.one-pager.pdf", "s-three.one-pager.pdf", "s-two.one-pager.pdf"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Formats_pdf_docx_html_write_three_files_per_document_and_the_manifest_lists_each_with_its_checksum()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);
        var first = folder.Combine("out1");
        var second = folder.Combine("out2");

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "memo", "--formats", "pdf,docx,html", "--out", first);
        var again = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "memo", "--formats", "html,docx,pdf", "--out", second);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(again.ExitCode == 0, again.Error);
        string[] names = ["riyadh-us-russia-talks.memo.docx", "riyadh-us-russia-talks.memo.html", "riyadh-us-russia-talks.memo.pdf"];
        Assert.Equal(names, Directory.GetFiles(first).Select(Path.GetFileName).Where(n => n!.StartsWith("riyadh", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "manifest.json")));
        var outputs = manifest.RootElement.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(["pdf", "docx", "html"], outputs.Select(o => o.GetProperty("format").GetString()));
        foreach (var entry in outputs)
        {
            var bytes = File.ReadAllBytes(Path.Combine(first, Path.GetFileName(entry.GetProperty("output").GetString()!)));
            Assert.Equal(entry.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(entry.GetProperty("bytes").GetInt64(), bytes.LongLength);
        }

        // Identical input gives identical bytes in every format, whatever order the formats were asked in.
        foreach (var name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, name))), name);
        }
    }

    [Fact]
    public void A_folder_where_the_manifest_goes_is_refused_before_any_work()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);
        Directory.CreateDirectory(folder.Combine("out/manifest.json"));

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager", "--out", folder.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{folder.Combine("out/manifest.json")}: error: is not a file, and the build writes its manifest there", run.Error);
        Assert.Equal(["manifest.json"], Directory.GetFileSystemEntries(folder.Combine("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void Progress_lines_count_one_page_as_one_page()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager", "--out", folder.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(1 page)", run.Out + run.Error);
        Assert.DoesNotContain("(1 pages)", run.Out + run.Error);
    }

    [Fact]
    public void Two_fact_sheets_with_one_id_do_not_overwrite_each_other()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);
        folder.Write("briefs/b.yaml", Riyadh);

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager", "--out", folder.Combine("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder.Combine("briefs/b.yaml")}:5:5: error: id `riyadh-us-russia-talks` is also the id of {folder.Combine("briefs/a.yaml")}:5:5", run.Error);
    }

    [Fact]
    public void An_id_written_so_that_only_loading_reads_it_is_still_seen_to_be_shared()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: !!str riyadh-us-russia-talks"));
        folder.Write("briefs/b.yaml", Riyadh);
        folder.Write("briefs/c.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: other"));

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager", "--out", folder.Combine("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder.Combine("briefs/b.yaml")}:5:5: error: id `riyadh-us-russia-talks` is also the id of {folder.Combine("briefs/a.yaml")}:5:5", run.Error);
        Assert.True(File.Exists(folder.Combine("out/riyadh-us-russia-talks.one-pager.pdf")));
        Assert.True(File.Exists(folder.Combine("out/other.one-pager.pdf")));
    }

    [Fact]
    public void A_sheet_that_fails_to_load_reports_its_own_errors_when_its_id_was_read_beforehand()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh.Replace("schema: briefing/v1.1", "schema: briefing/v9"));
        folder.Write("briefs/b.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: other"));

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager,memo", "--out", folder.Combine("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder.Combine("briefs/a.yaml")}:4:", run.Error);
        Assert.False(File.Exists(folder.Combine("out/riyadh-us-russia-talks.one-pager.pdf")));
        Assert.True(File.Exists(folder.Combine("out/other.one-pager.pdf")));
        Assert.True(File.Exists(folder.Combine("out/other.memo.pdf")));
    }

    [Fact]
    public async Task A_second_build_into_the_same_folder_waits_for_the_first_and_the_manifest_matches_the_files()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);
        var output = folder.Combine("out");
        var held = BuildLock.TryTake(output);
        Assert.NotNull(held);

        var second = Task.Run(() => CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager", "--out", output));
        // A guard against a build that does not wait, not a timing check: it must still be waiting after a second.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(second.IsCompleted, "the second build did not wait for the lock");
        Assert.Empty(Directory.GetFiles(output, "*.pdf"));
        held!.Dispose();
        var run = await second.WaitAsync(TimeSpan.FromSeconds(120));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"waiting: another build is writing to {output}", run.Error);
        AssertManifestMatchesDisk(output, expected: 1);
    }

    [Fact]
    public async Task Two_builds_at_once_into_one_folder_leave_a_manifest_that_matches_every_file()
    {
        using var folder = new TemporaryFolder();
        foreach (var id in new[] { "c-one", "c-two", "c-three" })
        {
            folder.Write($"briefs/{id}.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", $"id: {id}"));
        }

        var output = folder.Combine("out");
        string[] args = ["build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "memo,one-pager", "--out", output, "--jobs", "1"];

        var runs = await Task.WhenAll(Task.Run(() => CliRun.Of(args)), Task.Run(() => CliRun.Of(args)));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
        AssertManifestMatchesDisk(output, expected: 6);
    }

    [Fact]
    public void An_interrupted_build_over_an_earlier_build_leaves_no_stale_manifest()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);
        var output = folder.Combine("out");
        Assert.Equal(0, CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager", "--out", output).ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "manifest.json")));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var run = CliRun.Run("", cancelled.Token, "build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager", "--out", output);

        Assert.Equal(130, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(output, "manifest.json")), "the earlier build's manifest outlived a build that replaced its files");
    }

    private static void AssertManifestMatchesDisk(string output, int expected)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        var outputs = manifest.RootElement.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(expected, outputs.Count);
        foreach (var entry in outputs)
        {
            var path = Path.Combine(output, Path.GetFileName(entry.GetProperty("output").GetString()!));
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(entry.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(entry.GetProperty("bytes").GetInt64(), bytes.LongLength);
        }

        Assert.Equal(expected, Directory.GetFiles(output, "*.pdf").Length);
    }

    [Theory]
    [InlineData("--shard", "3/2")]
    [InlineData("--shard", "x")]
    [InlineData("--jobs", "0")]
    [InlineData("--templates-list", "memo,nosuch")]
    [InlineData("--formats", "pdf,odt")]
    [InlineData("--formats", ",")]
    public void Wrong_options_are_usage_errors(string option, string value)
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, option, value, "--out", folder.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Theory]
    [InlineData("pdf,png")]
    [InlineData("MD")]
    public void A_format_only_render_writes_says_where_it_comes_from(string formats)
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);

        var run = CliRun.Of("build", folder.Combine("briefs"), "--templates", Templates, "--formats", formats, "--out", folder.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("come from `briefing render --format png` or `--format md`", run.Error);
        Assert.False(Directory.Exists(folder.Combine("out")));
    }
}
