using Briefing.Building;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Building;

/// <summary>
/// A second build renders exactly the outputs whose inputs changed and reuses the others. Two fact sheets (a, b)
/// with two templates (memo, one-pager); each case changes one kind of input and names the outputs it must rebuild.
/// </summary>
public class IncrementalBuildTests
{
    private static readonly string Riyadh = File.ReadAllText(RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml"));
    private static readonly string[] Everything = ["a.memo", "a.one-pager", "b.memo", "b.one-pager"];

    [Fact]
    public void An_unchanged_build_renders_nothing_and_the_manifest_says_every_output_was_reused()
    {
        using var project = Project.Create();
        Assert.Equal(Everything, project.Build().Rendered);

        var second = project.Build();

        Assert.Empty(second.Rendered);
        Assert.All(second.Outcomes, o => Assert.True(o.Succeeded && o.Reused));
        var manifest = File.ReadAllText(project.Manifest);
        Assert.Equal(4, manifest.Split("\"reused\": true").Length - 1);
        Assert.DoesNotContain("\"reused\": false", manifest);
    }

    [Fact]
    public void Force_renders_everything_again()
    {
        using var project = Project.Create();
        project.Build();

        Assert.Equal(Everything, project.Build(force: true).Rendered);
    }

    [Fact]
    public void A_changed_fact_sheet_rebuilds_only_its_own_outputs()
    {
        using var project = Project.Create();
        project.Build();

        project.Edit("briefs/a.yaml", text => text.Replace("title: ", "title: Revised "));

        Assert.Equal(["a.memo", "a.one-pager"], project.Build().Rendered);
    }

    [Fact]
    public void A_changed_template_rebuilds_only_the_outputs_of_that_template()
    {
        using var project = Project.Create();
        project.Build();

        project.Edit("templates/memo/template.sbn", text => text + "\nA closing line.\n");

        Assert.Equal(["a.memo", "b.memo"], project.Build().Rendered);
    }

    [Fact]
    public void A_changed_partial_rebuilds_the_outputs_of_every_template_that_may_include_it()
    {
        using var project = Project.Create();
        project.Build();

        project.Edit("templates/_partials/quote.sbn", text => text + "\n");

        Assert.Equal(Everything, project.Build().Rendered);
    }

    [Fact]
    public void A_changed_theme_rebuilds_only_the_outputs_of_its_template()
    {
        using var project = Project.Create();
        project.Build();

        project.Edit("templates/one-pager/theme.yaml", text => text.Replace("size: 10\n", "size: 9.5\n"));

        Assert.Equal(["a.one-pager", "b.one-pager"], project.Build().Rendered);
    }

    [Fact]
    public void A_changed_theme_that_another_extends_rebuilds_the_outputs_of_the_extending_template()
    {
        using var project = Project.Create();
        project.Write("templates/house.yaml", "base:\n  color: \"#1a1a1a\"\n");
        project.Edit("templates/one-pager/theme.yaml", text => "extends: ../house.yaml\n" + text.Replace("  color: \"#1a1a1a\"\n", ""));
        project.Build();

        project.Write("templates/house.yaml", "base:\n  color: \"#202020\"\n");

        Assert.Equal(["a.one-pager", "b.one-pager"], project.Build().Rendered);
    }

    [Fact]
    public void A_changed_theme_option_file_rebuilds_everything()
    {
        using var project = Project.Create();
        var theme = project.Write("house-theme.yaml", "base:\n  color: \"#101010\"\n");
        project.Build(theme: theme);

        project.Write("house-theme.yaml", "base:\n  color: \"#111111\"\n");

        Assert.Equal(Everything, project.Build(theme: theme).Rendered);
    }

    [Fact]
    public void A_font_added_to_the_shared_fonts_folder_rebuilds_everything()
    {
        using var project = Project.Create();
        project.Build();

        File.Copy(RepositoryRoot.Combine("tests", "Briefing.Tests", "Text", "Fonts", "NotoMono-Regular.ttf"), project.Combine("templates", "fonts", "NotoMono-Regular.ttf"));

        Assert.Equal(Everything, project.Build().Rendered);
    }

    [Fact]
    public void A_changed_image_in_a_template_folder_rebuilds_only_that_template()
    {
        using var project = Project.Create();
        project.Write("templates/memo/seal.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        project.Build();

        project.Write("templates/memo/seal.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"12\" height=\"12\"/>");

        Assert.Equal(["a.memo", "b.memo"], project.Build().Rendered);
    }

    [Fact]
    public void A_changed_marking_scheme_file_rebuilds_only_the_fact_sheet_that_names_it()
    {
        using var project = Project.Create();
        var scheme = File.ReadAllText(RepositoryRoot.Combine("src", "Briefing", "FactSheets", "Markings", "Schemes", "us.yaml"));
        project.Write("briefs/ministry.yaml", scheme);
        project.Edit("briefs/a.yaml", text => text.Replace("markings: us", "markings: ministry.yaml"));
        project.Build();

        project.Write("briefs/ministry.yaml", scheme.Replace("name: United States", "name: United States (ministry copy)"));

        Assert.Equal(["a.memo", "a.one-pager"], project.Build().Rendered);
    }

    [Fact]
    public void A_changed_source_text_rebuilds_only_the_fact_sheet_that_quotes_it()
    {
        using var project = Project.Create();
        project.Edit("briefs/b.yaml", text => text.Replace("  - id: article\n", "  - id: article\n    file: article.txt\n"));
        project.Write("briefs/article.txt", "The saved text of the article.");
        Assert.Equal(Everything, project.Build().Rendered);

        project.Write("briefs/article.txt", "The saved text of the article, corrected.");

        Assert.Equal(["b.memo", "b.one-pager"], project.Build().Rendered);
    }

    [Fact]
    public void Changed_options_rebuild_everything()
    {
        using var project = Project.Create();
        project.Build();

        Assert.Equal(Everything, project.Build(systemFonts: true).Rendered);
        Assert.Empty(project.Build(systemFonts: true).Rendered);
        Assert.Equal(Everything, project.Build(systemFonts: true, strict: true).Rendered);
        Assert.Equal(Everything, project.Build(systemFonts: true, strict: true, formats: [BuildFormat.Pdf, BuildFormat.Html]).Rendered);
        Assert.Empty(project.Build(systemFonts: true, strict: true, formats: [BuildFormat.Pdf, BuildFormat.Html]).Rendered);
    }

    [Fact]
    public void An_output_changed_or_deleted_since_the_last_build_is_rendered_again()
    {
        using var project = Project.Create();
        project.Build();

        File.Delete(project.Combine("out", "a.memo.pdf"));
        File.AppendAllText(project.Combine("out", "b.one-pager.pdf"), "%");

        Assert.Equal(["a.memo", "b.one-pager"], project.Build().Rendered);
    }

    [Fact]
    public void A_damaged_manifest_costs_a_full_build_and_nothing_else()
    {
        using var project = Project.Create();
        project.Build();

        File.WriteAllText(project.Manifest, "{ \"outputs\": [ {");

        var rebuilt = project.Build();
        Assert.Equal(Everything, rebuilt.Rendered);
        Assert.All(rebuilt.Outcomes, o => Assert.True(o.Succeeded));
    }

    [Fact]
    public void An_unchanged_fact_sheet_is_not_loaded_again()
    {
        using var project = Project.Create();
        Assert.All(project.Build().Outcomes, o => Assert.True(o.FactSheetLoaded));

        var second = project.Build();

        Assert.Empty(second.Rendered);
        Assert.All(second.Outcomes, o => Assert.False(o.FactSheetLoaded));
        Assert.Equal(["a", "b"], second.Outcomes.Select(o => o.FactSheet!.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_fact_sheet_touched_but_not_changed_is_reused_without_loading_it()
    {
        using var project = Project.Create();
        project.Build();

        File.SetLastWriteTimeUtc(project.Combine("briefs", "a.yaml"), DateTime.UtcNow.AddHours(1));

        var second = project.Build();
        Assert.Empty(second.Rendered);
        Assert.All(second.Outcomes, o => Assert.False(o.FactSheetLoaded));
    }

    [Fact]
    public void A_fact_sheet_changed_with_its_size_and_modification_time_kept_is_rendered_again()
    {
        using var project = Project.Create();
        project.Build();
        var path = project.Combine("briefs", "a.yaml");
        var size = new FileInfo(path).Length;
        var written = File.GetLastWriteTimeUtc(path);

        project.Edit("briefs/a.yaml", text => text.Replace("title: US", "title: UK"));
        File.SetLastWriteTimeUtc(path, written);

        Assert.Equal(size, new FileInfo(path).Length);
        var second = project.Build();
        Assert.Equal(["a.memo", "a.one-pager"], second.Rendered);
        Assert.All(second.Outcomes, o => Assert.Equal(o.FactSheet!.Id == "a", o.FactSheetLoaded));
    }

    [Fact]
    public void The_warnings_of_a_fact_sheet_that_is_not_loaded_again_are_those_it_had_when_it_was_loaded()
    {
        using var project = Project.Create();
        project.Edit("briefs/b.yaml", text => text.Replace("  - id: article\n", "  - id: article\n    file: article.txt\n"));
        project.Write("briefs/article.txt", "The saved text of the article, without the quotations.");
        var first = Warnings(project.Build(), "b.yaml");
        Assert.NotEmpty(first);

        var second = project.Build();

        Assert.All(second.Outcomes, o => Assert.False(o.FactSheetLoaded));
        Assert.Equal(first, Warnings(second, "b.yaml"));
    }

    [Fact]
    public void A_new_fact_sheet_with_the_id_of_an_unchanged_one_first_in_path_order_does_not_take_its_outputs()
    {
        using var project = Project.Create();
        project.Build();
        project.Write("briefs/0.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: a").Replace("title: ", "title: Another "));

        var outcomes = project.Build(["0.yaml", "a.yaml", "b.yaml"], expectFailures: true).Outcomes;

        Assert.All(outcomes.Where(o => o.Job.FactSheetPath.EndsWith("a.yaml", StringComparison.Ordinal)), o => Assert.True(o.Succeeded && o.Reused));
        // The sheet that keeps the name was not loaded by this build, and the error still names both ids' places.
        Assert.All(outcomes.Where(o => o.Job.FactSheetPath.EndsWith("0.yaml", StringComparison.Ordinal)), o =>
        {
            Assert.False(o.Succeeded);
            var error = Assert.Single(o.Diagnostics);
            Assert.Equal((5, 5), (error.Line, error.Column));
            Assert.Contains("a.yaml:5:5; their outputs would overwrite each other", error.Message, StringComparison.Ordinal);
        });
        Assert.All(outcomes.Where(o => o.Job.FactSheetPath.EndsWith("b.yaml", StringComparison.Ordinal)), o => Assert.True(o.Reused));
    }

    [Fact]
    public void The_manifest_records_each_loaded_fact_sheet_by_the_sha256_of_its_bytes_and_no_file_times()
    {
        using var project = Project.Create();
        project.Build();

        var manifest = File.ReadAllText(project.Manifest);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(project.Combine("briefs", "a.yaml"))));
        using (var json = System.Text.Json.JsonDocument.Parse(manifest))
        {
            var sheets = json.RootElement.GetProperty("fact_sheets").EnumerateArray().ToList();
            Assert.Equal(["briefs/a.yaml", "briefs/b.yaml"], sheets.Select(s => s.GetProperty("fact_sheet").GetString()));
            Assert.Equal(["fact_sheet", "id", "bytes", "sha256", "side_files", "diagnostics"], sheets[0].EnumerateObject().Select(p => p.Name));
            Assert.Equal(sha256, sheets[0].GetProperty("sha256").GetString());
            Assert.Equal("a", sheets[0].GetProperty("id").GetString());
        }

        project.Build();
        Assert.Equal(manifest.Replace("\"reused\": false", "\"reused\": true"), File.ReadAllText(project.Manifest));
    }

    private static List<string> Warnings(Result result, string factSheet) =>
        result.Outcomes.Where(o => o.Job.FactSheetPath.EndsWith(factSheet, StringComparison.Ordinal))
            .SelectMany(o => o.Diagnostics).Select(d => d.ToString()).Distinct().ToList();

    /// <summary>A folder with two fact sheets, a copy of the shipped memo and one-pager templates and an output folder.</summary>
    private sealed class Project : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        public string Manifest => Combine("out", "manifest.json");

        public static Project Create()
        {
            var project = new Project();
            project.Write("briefs/a.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: a"));
            project.Write("briefs/b.yaml", Riyadh.Replace("id: riyadh-us-russia-talks", "id: b"));
            foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("templates"), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepositoryRoot.Combine("templates"), file);
                if (relative.StartsWith("memo", StringComparison.Ordinal) || relative.StartsWith("one-pager", StringComparison.Ordinal) || relative.StartsWith("_partials", StringComparison.Ordinal))
                {
                    project.Write(Path.Combine("templates", relative), File.ReadAllText(file));
                }
            }

            Directory.CreateDirectory(project.Combine("templates", "fonts"));
            return project;
        }

        public string Combine(params string[] parts) => _folder.Combine(parts);

        public string Write(string relativePath, string text) => _folder.Write(relativePath, text);

        public void Edit(string relativePath, Func<string, string> change)
        {
            var path = Combine(relativePath);
            var before = File.ReadAllText(path);
            var after = change(before);
            Assert.NotEqual(before, after);
            File.WriteAllText(path, after);
        }

        /// <summary>Builds as <c>briefing build</c> does, the previous manifest read first and the new one written last.</summary>
        public Result Build(bool force = false, string? theme = null, bool systemFonts = false, bool strict = false, IReadOnlyList<BuildFormat>? formats = null) =>
            Build(["a.yaml", "b.yaml"], force: force, theme: theme, systemFonts: systemFonts, strict: strict, formats: formats);

        public Result Build(IReadOnlyList<string> factSheets, bool force = false, string? theme = null, bool systemFonts = false, bool strict = false, IReadOnlyList<BuildFormat>? formats = null, bool expectFailures = false)
        {
            var output = Combine("out");
            var request = new BuildRequest(
                [.. factSheets.Select(f => Combine("briefs", f))], ["memo", "one-pager"], Combine("templates"), output, 2, Workspace.Shard.All, theme)
            {
                SystemFonts = systemFonts,
                Strict = strict,
                Force = force,
                Formats = formats ?? [BuildFormat.Pdf],
                Previous = BuildManifest.Read(Manifest, _folder.Path),
            };
            var outcomes = BriefingBuild.Run(request);
            if (!expectFailures)
            {
                Assert.All(outcomes, o => Assert.True(o.Succeeded, string.Join("\n", o.Diagnostics)));
            }

            File.WriteAllText(Manifest, BuildManifest.ToJson(outcomes, _folder.Path));
            return new Result(outcomes);
        }

        public void Dispose() => _folder.Dispose();
    }

    private sealed record Result(IReadOnlyList<BuildOutcome> Outcomes)
    {
        /// <summary>The outputs this build rendered (not reused), as <c>id.template</c>, in order.</summary>
        public IReadOnlyList<string> Rendered { get; } = Outcomes.Where(o => !o.Reused)
            .Select(o => Path.GetFileNameWithoutExtension(o.OutputPath!)).Order(StringComparer.Ordinal).ToList();
    }
}
