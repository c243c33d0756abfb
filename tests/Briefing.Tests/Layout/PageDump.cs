using System.Globalization;
using System.Text;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

/// <summary>A readable text form of laid-out pages: lines of text by baseline with their role, and the other items.</summary>
internal static class PageDump
{
    public static string Of(LaidOutDocument document)
    {
        var text = new StringBuilder();
        var names = document.Fonts.ToDictionary(f => f.Id, f => f.Name.Split('|')[0]);
        for (var p = 0; p < document.Pages.Count; p++)
        {
            var page = document.Pages[p];
            text.Append(CultureInfo.InvariantCulture, $"=== page {p + 1} ({N(page.Width)} x {N(page.Height)})\n");
            var lines = page.Items.OfType<GlyphRunItem>()
                .GroupBy(r => (MathF.Round(r.Baseline, 1), r.Tag.Role))
                .OrderBy(g => g.Key.Item1);
            foreach (var line in lines)
            {
                var runs = line.OrderBy(r => r.X).ToList();
                var first = runs[0];
                var role = first.Tag.Level > 0 ? $"{first.Tag.Role}{first.Tag.Level}" : first.Tag.Role.ToString();
                text.Append(CultureInfo.InvariantCulture,
                    $"{N(first.X),6} {N(line.Key.Item1),6} {role,-16} {names[first.FontId]} {N(first.Size)}: {string.Concat(runs.Select(r => r.Text))}\n");
            }
            foreach (var item in page.Items)
            {
                var line = item switch
                {
                    FillItem f => $"fill {f.Colour} {N(f.X)},{N(f.Y)} {N(f.Width)}x{N(f.Height)}",
                    ImageItem i => $"image {N(i.X)},{N(i.Y)} {N(i.Width)}x{N(i.Height)} alt={i.Tag.AltText}",
                    LinkItem l => $"link {l.Uri ?? "#" + l.Destination} {N(l.X)},{N(l.Y)}",
                    DestinationItem d => $"destination {d.Name} {N(d.X)},{N(d.Y)}",
                    _ => null,
                };
                if (line is not null)
                {
                    text.Append(line).Append('\n');
                }
            }
            text.Append(CultureInfo.InvariantCulture, $"rules: {page.Items.OfType<RuleItem>().Count()}\n");
        }
        foreach (var entry in document.Outline)
        {
            text.Append(CultureInfo.InvariantCulture, $"outline {new string(' ', entry.Level * 2)}{entry.Title} -> page {entry.PageIndex + 1}\n");
        }
        return text.ToString();
    }

    private static string N(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
