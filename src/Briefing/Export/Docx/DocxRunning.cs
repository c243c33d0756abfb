using Briefing.Layout;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Export.Docx;

/// <summary>Header and footer paragraphs: the banner at the edge and the theme's running text, with PAGE and NUMPAGES fields.</summary>
internal static class DocxRunning
{
    public static IEnumerable<Paragraph> Paragraphs(TreeDocument document, RunningText? running, bool top)
    {
        var banner = RunningValues.Banner(document.Theme, document.Metadata) is { } b ? BannerParagraph(b.Text, b.Colour, document.Theme) : null;
        var text = running is null ? null : RunningParagraph(running, document);
        var paragraphs = top ? new[] { banner, text } : [text, banner];
        var result = paragraphs.OfType<Paragraph>().ToList();
        return result.Count == 0 ? [new Paragraph()] : result;
    }

    private static Paragraph BannerParagraph(string text, Layout.Pages.Rgba colour, Theme theme)
    {
        var size = theme.Banner?.Size ?? 10;
        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Banner" }, new Justification { Val = JustificationValues.Center }),
            new Run(new RunProperties(
                    DocxStyles.Fonts(theme.Fonts.Heading),
                    new Bold { Val = theme.Banner?.Bold ?? true },
                    new Color { Val = DocxStyles.Hex(colour) },
                    new FontSize { Val = ((int)Math.Round(size * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>Left, centre and right slots separated by tabs at the centre and the right margin.</summary>
    private static Paragraph RunningParagraph(RunningText running, TreeDocument document)
    {
        var width = document.Theme.Page.BodyWidth;
        var paragraph = new Paragraph(new ParagraphProperties(
            new Tabs(
                new TabStop { Val = TabStopValues.Center, Position = (int)DocxExporter.Twips(width / 2).Value },
                new TabStop { Val = TabStopValues.Right, Position = (int)DocxExporter.Twips(width).Value })));
        var size = ((int)Math.Round((running.Style.Size ?? 8) * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var colour = running.Style.Colour is { } c ? DocxStyles.Hex(c) : null;
        RunProperties Look() => new(new Color { Val = colour ?? "000000" }, new FontSize { Val = size });
        var first = true;
        foreach (var slot in new[] { running.Left, running.Center, running.Right })
        {
            if (!first)
            {
                paragraph.Append(new Run(Look(), new TabChar()));
            }
            first = false;
            if (string.IsNullOrEmpty(slot))
            {
                continue;
            }
            foreach (var part in Parts(RunningValues.Fill(slot, document.Metadata)))
            {
                paragraph.Append(part switch
                {
                    "{page}" => Field("PAGE", Look),
                    "{pages}" => Field("NUMPAGES", Look),
                    _ => [new Run(Look(), new W.Text(part) { Space = SpaceProcessingModeValues.Preserve })],
                });
            }
        }
        return paragraph;
    }

    private static IEnumerable<string> Parts(string text) =>
        System.Text.RegularExpressions.Regex.Split(text, "(\\{pages?\\})").Where(p => p.Length > 0);

    private static Run[] Field(string code, Func<RunProperties> look) =>
    [
        new Run(look(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(look(), new FieldCode($" {code} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(look(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(look(), new W.Text("1")),
        new Run(look(), new FieldChar { FieldCharType = FieldCharValues.End }),
    ];
}
