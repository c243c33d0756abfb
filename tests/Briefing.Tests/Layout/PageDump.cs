using System.Globalization;
using System.Text;
using Briefing.Layout.Pages;

namespace Briefing.Tests.Layout;

/// <summary>
/// A readable text form of laid-out pages: lines of text by baseline with their role, each followed by its glyph runs
/// (x, width, font and size, rounded to a tenth of a point) so that column widths, justification and bidi placement
/// within a line are checked too; then the other items.
/// </summary>
internal static class PageDump
{
    public static string Of(LaidOutDocument document)
    {
        var text = new StringBuilder();
        var names = document.Fonts.ToDictionary(f => f.Id, f => f.Name.Split('|')[0]);
        var faces = document.Fonts.ToDictionary(f => f.Id, f => Face(f.Name));
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
                foreach (var run in runs)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{"run",13} {N(run.X),6} w {N(run.Width),5} {faces[run.FontId]} {N(run.Size)}: \"{run.Text}\"\n");
                }
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

    // "Noto Serif|700|Upright|0" (family, weight, slant, face index) as "Noto Serif Bold".
    private static string Face(string name)
    {
        var parts = name.Split('|');
        var weight = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var w) ? w : 400;
        var style = weight switch
        {
            400 => "",
            700 => " Bold",
            _ => $" {weight}",
        };
        return parts[0] + style + (parts.Length > 2 && parts[2] != "Upright" ? $" {parts[2]}" : "");
    }

    private static string N(float value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
