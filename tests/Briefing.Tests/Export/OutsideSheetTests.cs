using System.Text;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Export;

/// <summary>
/// Fact sheets and templates the shipped ones were not built around (tests/Briefing.Tests/Outside): every sheet with
/// every template renders without a warning, and its PDF conforms, has its structure and its languages, and its HTML
/// and Word file are written.
/// </summary>
public sealed class OutsideSheetTests
{
    private static readonly string Outside = RepositoryRoot.Combine("tests", "Briefing.Tests", "Outside");

    public static TheoryData<string, string> Cases()
    {
        var templates = Briefing.Templating.TemplateCatalog.List(RepositoryRoot.Combine("templates")).Select(t => t.Name)
            .Concat(Directory.GetDirectories(Path.Combine(Outside, "Templates")).Select(d => Path.GetFileName(d)!));
        var data = new TheoryData<string, string>();
        foreach (var sheet in Directory.GetFiles(Path.Combine(Outside, "Sheets"), "*.yaml").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal))
        {
            // The long sheet takes long to lay out: the memo and the fact box's landscape annex show its long tables.
            foreach (var template in templates.Order(StringComparer.Ordinal).Where(t => sheet != "long-tables.yaml" || t is "memo" or "factbox"))
            {
                data.Add(sheet, template);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_outside_sheet_renders_with_every_template_and_conforms(string sheet, string template)
    {
        using var templates = Templates();
        var (result, pdf) = Render(templates.Path, sheet, template);

        Assert.Empty(PdfConformance.Check(pdf));
        var (exit, check) = ExternalTool.RunOnPdf(pdf, "qpdf", "--check", "{pdf}");
        Assert.True(exit == 0, check);
        var (structExit, tree) = ExternalTool.RunOnPdf(pdf, "pdfinfo", "-struct-text", "{pdf}");
        Assert.True(structExit == 0, tree);
        Assert.Contains("H1", tree);
        Assert.DoesNotContain($"of {result.Document!.Pages.Count}\"", tree);
        Assert.NotEmpty(BriefingRenderer.ToHtml(result.Source!));
        Assert.NotEmpty(BriefingRenderer.ToDocx(result.Source!));
    }

    [Fact]
    public void Hebrew_names_in_an_english_sheet_are_marked_hebrew()
    {
        using var templates = Templates();
        var pdf = ExternalTool.Uncompressed(Render(templates.Path, "jerusalem-round.yaml", "memo").Pdf);
        Assert.Contains("/Lang (he)", pdf);
        Assert.Contains("/Lang (ar)", pdf);
    }

    [Theory]
    [InlineData("sommet-francophonie.yaml", "« Nous voulons")]
    [InlineData("gulf-mediation.yaml", "“We are committed")]
    public void Quotations_take_the_quotation_marks_of_the_sheets_language(string sheet, string expected)
    {
        using var templates = Templates();
        var (exit, text) = ExternalTool.RunOnPdf(Render(templates.Path, sheet, "memo").Pdf, "pdftotext", "{pdf}", "-");
        Assert.True(exit == 0, text);
        Assert.Contains(expected, text);
    }

    /// <summary>The dossier's contents page, parts, chapters, footnotes and seal, as a screen reader meets them.</summary>
    [Fact]
    public void The_dossier_reads_its_contents_entries_before_their_pages_and_has_notes_and_a_figure()
    {
        using var templates = Templates();
        var (_, tree) = ExternalTool.RunOnPdf(Render(templates.Path, "jerusalem-round.yaml", "dossier").Pdf, "pdfinfo", "-struct-text", "{pdf}");
        foreach (var element in new[] { "TOC", "TOCI", "Figure", "H1", "H2", "H3", "H4", "Note", "Reference", "Link", "Table", "TH" })
        {
            Assert.Contains(element, tree);
        }
        var entry = tree.IndexOf("\"Part", StringComparison.Ordinal);
        var label = tree.IndexOf("Lbl", tree.IndexOf("TOCI", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(entry >= 0 && entry < label, tree);
    }

    private static (RenderResult Result, byte[] Pdf) Render(string templates, string sheet, string template)
    {
        using var renderer = new BriefingRenderer();
        var path = Path.Combine(Outside, "Sheets", sheet);
        using var stream = File.OpenRead(path);
        var result = renderer.Render(path, stream, new RenderOptions(templates, template) { SystemFonts = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return (result, BriefingRenderer.ToPdf(result.Document!));
    }

    // The shipped templates and partials with the outside templates beside them, as an author's templates folder.
    private static TemporaryFolder Templates()
    {
        var folder = new TemporaryFolder();
        Copy(RepositoryRoot.Combine("templates"), folder.Path);
        Copy(Path.Combine(Outside, "Templates"), folder.Path);
        return folder;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
