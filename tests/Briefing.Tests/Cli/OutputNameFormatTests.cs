using System.IO.Compression;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>The name given with -o chooses the format when --format is not given, and may not contradict it when it is.</summary>
public class OutputNameFormatTests
{
    private static readonly string Riyadh = RepositoryRoot.Combine("briefs", "2025-02-18-riyadh-us-russia-talks.yaml");
    private static readonly string Templates = RepositoryRoot.Combine("templates");

    // A watch that does not refuse at once would run until stopped: stopped here, it fails its test instead of hanging it.
    private static CancellationToken Soon() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void A_png_name_writes_png_pages_named_after_it()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--dpi", "20", "-o", folder.Combine("memo.png"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.False(File.Exists(folder.Combine("memo.png")), "the pages are numbered; no file takes the bare name");
        var pages = Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["memo-1.png", "memo-2.png", "memo-3.png", "memo-4.png"], pages);
        foreach (var page in pages)
        {
            Assert.Equal(PngSignature, File.ReadAllBytes(folder.Combine(page!))[..8]);
        }
        Assert.Contains("page 1 of 4", run.Error);
    }

    [Fact]
    public void A_png_name_with_one_page_takes_the_name_itself()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--dpi", "20", "--page", "2", "-o", folder.Combine("second.PNG"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(PngSignature, File.ReadAllBytes(folder.Combine("second.PNG"))[..8]);
    }

    [Theory]
    [InlineData("memo.html", "<!DOCTYPE html>")]
    [InlineData("memo.htm", "<!DOCTYPE html>")]
    [InlineData("memo.md", "---\n")]
    [InlineData("memo.markdown", "---\n")]
    [InlineData("memo.pdf", "%PDF-")]
    [InlineData("memo", "%PDF-")]
    public void The_name_chooses_a_text_or_pdf_format(string name, string start)
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", folder.Combine(name));

        Assert.True(run.ExitCode == 0, run.Error);
        var head = File.ReadAllText(folder.Combine(name))[..start.Length];
        Assert.Equal(start, head, ignoreCase: true);
    }

    [Fact]
    public void A_docx_name_writes_a_word_document()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", folder.Combine("memo.docx"));

        Assert.True(run.ExitCode == 0, run.Error);
        using var archive = ZipFile.OpenRead(folder.Combine("memo.docx"));
        Assert.NotNull(archive.GetEntry("word/document.xml"));
    }

    [Theory]
    [InlineData("pdf", "memo.png", "names a PNG image, but --format is pdf")]
    [InlineData("png", "memo.pdf", "names a PDF, but --format is png")]
    [InlineData("md", "memo.docx", "names a Word document, but --format is md")]
    [InlineData("html", "memo.MD", "names a Markdown file, but --format is html")]
    public void A_name_that_contradicts_the_format_is_a_usage_error_and_writes_nothing(string format, string name, string message)
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--format", format, "-o", folder.Combine(name));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void The_format_given_writes_a_name_of_no_known_format()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--format", "md", "-o", folder.Combine("memo.txt"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("---\n", File.ReadAllText(folder.Combine("memo.txt")));
    }

    [Fact]
    public void Watch_refuses_a_name_of_another_format_before_rendering()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Run("", Soon(), "watch", Riyadh, "--templates", Templates, "-o", folder.Combine("live.png"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("names a PNG image, but watch keeps a PDF up to date", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [InlineData("memo.jpg")]
    [InlineData("notes.yaml")]
    [InlineData("memo.doc")]
    public void A_name_of_no_output_format_needs_the_format_said(string name)
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "-o", folder.Combine(name));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"`{Path.GetExtension(name)}` is not the extension of an output format", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Page_with_a_pdf_name_says_the_name_chose_pdf()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--page", "2", "-o", folder.Combine("memo.pdf"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--page applies to PNG pages, and -o", run.Error);
        Assert.Contains("names a PDF", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    public void Standard_output_by_its_device_name_is_standard_output(string format)
    {
        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--format", format, "-o", "/dev/stdout");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("wrote standard output", run.Error);
        Assert.Contains("Lavrov", run.Out);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("png")]
    [InlineData("docx")]
    public void Binary_output_is_not_sent_to_a_terminal(string format)
    {
        string[] page = format == "png" ? ["--page", "1"] : [];

        var run = CliRun.AtTerminal(["render", Riyadh, "--templates", Templates, "--format", format, .. page, "-o", "-"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("standard output, which is a terminal", run.Error);
        Assert.Empty(run.OutBytes);
    }

    [Fact]
    public void Markdown_may_go_to_a_terminal()
    {
        var run = CliRun.AtTerminal("render", Riyadh, "--templates", Templates, "--format", "md", "-o", "-");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("---\n", run.Out);
    }

    [Fact]
    public void Output_and_out_folder_together_are_a_usage_error()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("render", Riyadh, "--templates", Templates, "--out", folder.Path, "-o", folder.Combine("memo.pdf"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give one of them", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("/dev/stdout")]
    [InlineData("live.txt")]
    [InlineData("sub/")]
    public void Watch_refuses_an_output_that_is_not_a_pdf_file(string output)
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Combine("folder"));
        var target = output.StartsWith('/') || output == "-" ? output : folder.Combine(output);

        var run = CliRun.Run("", Soon(), "watch", Riyadh, "--templates", Templates, "-o", target);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-o", run.Error);
        Assert.Equal(["folder"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Combine("folder")));
    }

    [Fact]
    public void Watch_stops_before_rendering_when_a_folder_stands_where_its_pdf_goes()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Combine("memo.pdf"));

        var run = CliRun.Run("", Soon(), "watch", Riyadh, "--templates", Templates, "-o", folder.Combine("memo.pdf"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("memo.pdf` is a folder", run.Error);
        Assert.DoesNotContain("watching", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Combine("memo.pdf")));
    }
}
