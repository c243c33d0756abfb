using Briefing.Tests.Infrastructure;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Briefing.Tests.Cli;

public class RenderCommandTests
{
    private static readonly string Riyadh = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    [Fact]
    public void Renders_the_riyadh_memo_to_a_pdf_named_after_the_id_and_template()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        var pdf = folder.Combine("riyadh-us-russia-talks.memo.pdf");
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("Riyadh", text);
        Assert.Contains("wrote", run.Error);
    }

    [Theory]
    [InlineData("memo")]
    [InlineData("one-pager")]
    [InlineData("book")]
    public void Every_template_renders_the_riyadh_brief(string template)
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("brief.pdf");

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--template", template, "-o", output);

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = PdfDocument.Open(output);
        Assert.True(document.NumberOfPages >= 1);
    }

    [Fact]
    public void Markdown_is_the_template_output_with_front_matter()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--format", "md", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        var markdown = File.ReadAllText(folder.Combine("riyadh-us-russia-talks.memo.md"));
        Assert.StartsWith("---\n", markdown);
        Assert.Contains("Lavrov", markdown);
    }

    [Fact]
    public void Png_writes_one_decodable_image_per_page_at_the_chosen_resolution()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--format", "png", "--dpi", "36", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        var pages = Directory.GetFiles(folder.Path, "riyadh-us-russia-talks.memo-*.png");
        Assert.NotEmpty(pages);
        using var first = SKBitmap.Decode(pages.Order(StringComparer.Ordinal).First());
        // A4 is 595 x 842 points; at 36 dpi that is half of it.
        Assert.InRange(first.Width, 295, 300);
    }

    [Fact]
    public void A_dash_writes_the_pdf_to_standard_output()
    {
        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", "-");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("%PDF"u8.ToArray(), run.OutBytes[..4]);
    }

    [Fact]
    public void A_fact_sheet_from_standard_input_renders()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.WithInput(File.ReadAllText(Riyadh), "render", "-", "--templates", Templates, "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(folder.Combine("riyadh-us-russia-talks.memo.pdf")));
    }

    [Fact]
    public void An_invalid_fact_sheet_writes_nothing_and_keeps_the_last_good_pdf()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("brief.pdf");
        Assert.Equal(0, CliRun.Of("render", Riyadh, "--templates", Templates, "-o", output).ExitCode);
        var good = File.ReadAllBytes(output);
        var bad = folder.Write("bad.yaml", File.ReadAllText(Riyadh).Replace("date: 2025-02-17\n", "date: 2025-02-30\n"));

        var run = CliRun.Of("render", bad, "--templates", Templates, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"bad\.yaml:\d+:\d+: error: ", run.Error);
        Assert.Equal(good, File.ReadAllBytes(output));
        Assert.Equal(["brief.pdf", "bad.yaml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order().Reverse());
    }

    [Fact]
    public void Of_two_fact_sheets_with_one_id_the_first_keeps_its_output_and_the_second_is_refused_at_its_id()
    {
        using var folder = new TemporaryFolder();
        var first = folder.Write("a.yaml", File.ReadAllText(Riyadh));
        var second = folder.Write("b.yaml", File.ReadAllText(Riyadh).Replace("title: US–Russia talks", "title: Another brief on talks", StringComparison.Ordinal));
        var output = folder.Combine("out");
        var alone = folder.Combine("alone");

        var run = CliRun.Of("render", first, second, "--templates", Templates, "--out", output);
        var reference = CliRun.Of("render", first, "--templates", Templates, "--out", alone);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{second}:5:5: error: id `riyadh-us-russia-talks` is also the id of {first}:5:5", run.Error);
        Assert.Equal(0, reference.ExitCode);
        var pdf = Assert.Single(Directory.GetFiles(output));
        Assert.Equal(File.ReadAllBytes(Assert.Single(Directory.GetFiles(alone))), File.ReadAllBytes(pdf));
    }

    [Fact]
    public void The_same_fact_sheet_given_twice_is_no_clash()
    {
        using var folder = new TemporaryFolder();
        var sheet = folder.Write("a.yaml", File.ReadAllText(Riyadh));

        var run = CliRun.Of("render", sheet, Path.Combine(folder.Path, ".", "a.yaml"), "--templates", Templates, "--out", folder.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Directory.GetFiles(folder.Combine("out")));
    }

    [Fact]
    public void An_interrupted_render_leaves_the_existing_pdf_whole()
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("brief.pdf");
        File.WriteAllText(output, "previous good output");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var run = CliRun.Run("", cancelled.Token, "render", Riyadh, "--templates", Templates, "-o", output);

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("previous good output", File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void An_unknown_template_is_refused_with_the_known_names()
    {
        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--template", "memmo");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown template `memmo`", run.Error);
        Assert.Contains("memo", run.Error.Split("known templates:")[1]);
        Assert.Contains("book", run.Error);
    }

    [Fact]
    public void A_template_error_points_at_the_template_line_and_column()
    {
        using var folder = new TemporaryFolder();
        folder.Write("templates/broken/template.sbn", "---\ntitle: x\n---\n\n# {{ brief.title }}\n\n{{ brief.summry }}\n");
        var output = folder.Combine("out.pdf");

        var run = CliRun.Of("render", Riyadh, "--templates", folder.Combine("templates"), "--template", "broken", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"broken[/\\]template\.sbn:7:\d+: error: ", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Timings_name_every_stage()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--out", folder.Path, "--timings");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"timings: load [\d.]+ ms, template [\d.]+ ms, layout [\d.]+ ms, export [\d.]+ ms, total [\d.]+ ms", run.Error);
    }

    [Fact]
    public void An_output_path_that_is_a_folder_is_a_clear_error_not_a_crash()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", folder.Path);

        // An I/O failure, as in every command: 3.
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error: cannot write the output", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_full_disk_is_an_io_failure_with_exit_3()
    {
        var error = new StringWriter();
        var terminal = new Briefing.Cli.Terminal(new StringWriter(), error, () => new MemoryStream(), () => new FullDisk(), IsInteractive: false);

        var exit = Briefing.Cli.BriefingApp.Run(["render", Riyadh, "--templates", Templates, "-o", "-"], terminal);

        Assert.Equal(3, exit);
        Assert.Contains("error: cannot write to standard output: No space left on device", error.ToString());
    }

    [Fact]
    public void A_closed_standard_output_is_named_as_closed()
    {
        var error = new StringWriter();
        var terminal = new Briefing.Cli.Terminal(new StringWriter(), error, () => new MemoryStream(), () => new ClosedOutput(), IsInteractive: false);

        var exit = Briefing.Cli.BriefingApp.Run(["render", Riyadh, "--templates", Templates, "--format", "md", "-o", "-"], terminal);

        Assert.Equal(3, exit);
        Assert.Contains("error: cannot write to standard output: it is closed or not open for writing", error.ToString());
        Assert.DoesNotContain("Access to the path", error.ToString());
    }

    // What .NET throws for writes to a closed file descriptor 1 (EBADF).
    private sealed class ClosedOutput : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new UnauthorizedAccessException("Access to the path is denied.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new UnauthorizedAccessException("Access to the path is denied.");
    }

    [Fact]
    public void A_template_that_nests_markdown_too_deeply_is_invalid_input_not_an_internal_error()
    {
        using var folder = new TemporaryFolder();
        folder.Write("templates/deep/template.sbn", "---\ntitle: x\n---\n\n{{ for i in 1..3000 }}>{{ end }} x\n");
        var output = folder.Combine("out.pdf");

        var run = CliRun.Of("render", Riyadh, "--templates", folder.Combine("templates"), "--template", "deep", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"deep[/\\]template\.sbn(:\d+)?: error: the template produced Markdown nested too deeply", run.Error);
        Assert.DoesNotContain("internal error", run.Error);
        Assert.False(File.Exists(output));
    }

    private sealed class FullDisk : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");
    }

    [Fact]
    public void A_missing_fact_sheet_is_a_usage_error()
    {
        var run = CliRun.Of("render", "nope.yaml", "--templates", Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.yaml: error: no such file", run.Error);
    }

    [Fact]
    public void A_character_no_font_has_is_reported_where_the_fact_sheet_has_it()
    {
        using var folder = new TemporaryFolder();
        var sheet = folder.Combine("sheet.yaml");
        // A private-use character: no font of the machine or the project draws it (an emoji may be in a system font).
        const string Undrawable = "\uE000";
        File.WriteAllText(sheet, $$"""
            schema: briefing/v1
            id: glyphs
            title: Talks
            date: 2025-03-01
            event:
              name: Talks
              date: 2025-03-03
              venue: { city: Geneva, country: Switzerland }
            summary:
              - "A laptop {{Undrawable}} in the summary."
            parties:
              - id: host
                name: Host
                position:
                  summary: Hosts.
            """);

        foreach (var command in new[] { "render", "build" })
        {
            var run = command == "render"
                ? CliRun.Of("render", sheet, "--templates", Templates, "--out", folder.Combine("out"))
                : CliRun.Of("build", folder.Path, "--templates", Templates, "--templates-list", "memo", "--out", folder.Combine("out"));

            Assert.True(run.ExitCode == 0, run.Error);
            // Line 10, column 15: where the character is written, not a line of the generated Markdown.
            Assert.Contains("sheet.yaml:10:15: warning: no font can draw U+E000", run.Error + run.Out);
        }
    }
}
