using System.Security.Cryptography;
using System.Text.Json;
using Briefing.Building;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>
/// After a build the output folder holds exactly the files its manifest lists (and files the build never wrote):
/// what the previous build made and this one no longer makes is removed, nothing else.
/// </summary>
public class BuildOutputFolderTests
{
    private static readonly string Riyadh = File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Fact]
    public void Fewer_formats_remove_the_files_of_the_dropped_formats_and_nothing_the_manifest_did_not_list()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);
        folder.Write("out/notes.html", "the user's own file");
        Assert.Equal(0, Build(folder, "--formats", "pdf,html,docx").ExitCode);
        Assert.Equal(["notes.html", "riyadh-us-russia-talks.one-pager.docx", "riyadh-us-russia-talks.one-pager.html", "riyadh-us-russia-talks.one-pager.pdf"], Files(folder));

        var run = Build(folder, "--formats", "pdf");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["notes.html", "riyadh-us-russia-talks.one-pager.pdf"], Files(folder));
        Assert.Contains("removed ", run.Error);
        AssertManifestListsExactly(folder, ["riyadh-us-russia-talks.one-pager.pdf"]);
    }

    [Fact]
    public void A_removed_fact_sheet_and_a_changed_id_remove_their_outputs_but_a_changed_file_is_left_alone()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: first"));
        folder.Write("briefs/b.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: second"));
        folder.Write("briefs/c.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: third"));
        Assert.Equal(0, Build(folder, "--formats", "html").ExitCode);
        File.Delete(folder.Combine("briefs/a.yaml"));
        folder.Write("briefs/b.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: renamed"));
        File.Delete(folder.Combine("briefs/c.yaml"));
        folder.Write("out/third.one-pager.html", "edited by hand after the build");

        var run = Build(folder, "--formats", "html");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["renamed.one-pager.html", "third.one-pager.html"], Files(folder));
        Assert.Contains("third.one-pager.html: warning: changed since the build that wrote it", run.Error);
        AssertManifestListsExactly(folder, ["renamed.one-pager.html"]);
    }

    [Fact]
    public void A_document_that_fails_keeps_its_last_good_file_listed_as_kept_until_it_is_no_longer_made()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);
        Assert.Equal(0, Build(folder, "--formats", "html").ExitCode);
        folder.Write("briefs/a.yaml", Riyadh.Replace("summary:", "sumary:"));

        var failed = Build(folder, "--formats", "html");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(["riyadh-us-russia-talks.one-pager.html"], Files(folder));
        using (var manifest = JsonDocument.Parse(File.ReadAllText(folder.Combine("out/manifest.json"))))
        {
            var kept = manifest.RootElement.GetProperty("failures")[0].GetProperty("kept").EnumerateArray().Single();
            Assert.EndsWith("out/riyadh-us-russia-talks.one-pager.html", kept.GetProperty("output").GetString());
            Assert.Equal(Sha256(folder.Combine("out/riyadh-us-russia-talks.one-pager.html")), kept.GetProperty("sha256").GetString());
        }

        File.Delete(folder.Combine("briefs/a.yaml"));
        folder.Write("briefs/b.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: other"));
        Assert.Equal(0, Build(folder, "--formats", "html").ExitCode);
        Assert.Equal(["other.one-pager.html"], Files(folder));
    }

    [Fact]
    public void A_shard_built_into_the_folder_of_a_whole_build_keeps_and_lists_the_other_shards_files()
    {
        using var folder = new TemporaryFolder();
        foreach (var id in new[] { "s-one", "s-two", "s-three" })
        {
            folder.Write($"briefs/{id}.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", $"id: {id}"));
        }

        Assert.Equal(0, Build(folder, "--formats", "html").ExitCode);

        var run = Build(folder, "--formats", "html", "--shard", "1/2", "--force");

        Assert.True(run.ExitCode == 0, run.Error);
        string[] all = ["s-one.one-pager.html", "s-three.one-pager.html", "s-two.one-pager.html"];
        Assert.Equal(all, Files(folder));
        AssertManifestListsExactly(folder, all);
    }

    [Fact]
    public void A_new_fact_sheet_with_the_id_of_an_existing_one_does_not_take_over_its_output()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/b.yaml", Riyadh);
        Assert.Equal(0, Build(folder, "--formats", "html").ExitCode);
        var before = Sha256(folder.Combine("out/riyadh-us-russia-talks.one-pager.html"));
        folder.Write("briefs/a.yaml", Riyadh.Replace("title: ", "title: Impostor "));

        var run = Build(folder, "--formats", "html");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{folder.Combine("briefs/a.yaml")}:5:5: error: id `riyadh-us-russia-talks` is also the id of {folder.Combine("briefs/b.yaml")}:5:5", run.Error);
        Assert.Equal(before, Sha256(folder.Combine("out/riyadh-us-russia-talks.one-pager.html")));
        AssertManifestListsExactly(folder, ["riyadh-us-russia-talks.one-pager.html"]);
    }

    [Fact]
    public void A_manifest_that_lists_an_input_or_a_file_outside_the_folder_never_has_it_removed()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);
        var outside = folder.Write("elsewhere.pdf", "not the build's");
        Assert.Equal(0, Build(folder, "--formats", "html").ExitCode);
        // The fact sheets written into the output folder, and a manifest edited to claim them and a file elsewhere.
        var sheet = folder.Write("out/a.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: other"));
        var manifestPath = folder.Combine("out/manifest.json");
        var manifest = File.ReadAllText(manifestPath);
        var entry = manifest[manifest.IndexOf("{\n      \"output\"", StringComparison.Ordinal)..(manifest.IndexOf("\n    }", StringComparison.Ordinal) + 6)];
        string Claim(string path, string format) => entry
            .Replace(Relative("out/riyadh-us-russia-talks.one-pager.html"), Relative(path))
            .Replace("\"format\": \"html\"", $"\"format\": \"{format}\"")
            .Replace(System.Text.RegularExpressions.Regex.Match(entry, "[0-9a-f]{64}").Value, Sha256(folder.Combine(path)))
            .Replace(System.Text.RegularExpressions.Regex.Match(entry, "\"bytes\": \\d+").Value, $"\"bytes\": {new FileInfo(folder.Combine(path)).Length}");
        string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), folder.Combine(path)).Replace('\\', '/');
        File.WriteAllText(manifestPath, manifest.Replace(entry, entry + ",\n    " + Claim("out/a.yaml", "pdf") + ",\n    " + Claim("elsewhere.pdf", "pdf")));

        var run = CliRun.Of(["build", folder.Combine("out"), "--templates", Templates, "--templates-list", "one-pager", "--out", folder.Combine("out"), "--formats", "html"]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(sheet), "an input of the build was removed");
        Assert.True(File.Exists(outside), "a file outside the output folder was removed");
    }

    [Fact]
    public void A_folder_in_place_of_an_output_is_a_write_failure_exit_3_not_an_internal_error()
    {
        using var folder = new TemporaryFolder();
        folder.Write("briefs/a.yaml", Riyadh);
        Directory.CreateDirectory(folder.Combine("out/riyadh-us-russia-talks.one-pager.html"));

        var run = Build(folder, "--formats", "html");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"{folder.Combine("out/riyadh-us-russia-talks.one-pager.html")}: error: cannot write the output: ", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
    }

    private static CliRun Build(TemporaryFolder folder, params string[] options) =>
        CliRun.Of(["build", folder.Combine("briefs"), "--templates", Templates, "--templates-list", "one-pager", "--out", folder.Combine("out"), "--jobs", "1", .. options]);

    private static IReadOnlyList<string> Files(TemporaryFolder folder) =>
        [.. Directory.GetFiles(folder.Combine("out")).Select(p => Path.GetFileName(p)!).Where(n => n is not ("manifest.json" or BuildLock.FileName)).Order(StringComparer.Ordinal)];

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void AssertManifestListsExactly(TemporaryFolder folder, IReadOnlyList<string> names)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(folder.Combine("out/manifest.json")));
        var outputs = manifest.RootElement.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(names, outputs.Select(o => Path.GetFileName(o.GetProperty("output").GetString()!)).Order(StringComparer.Ordinal));
        foreach (var entry in outputs)
        {
            Assert.Equal(entry.GetProperty("sha256").GetString(), Sha256(folder.Combine("out", Path.GetFileName(entry.GetProperty("output").GetString()!))));
        }
    }
}
