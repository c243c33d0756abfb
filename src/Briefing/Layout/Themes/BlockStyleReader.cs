using Briefing.Layout.Pages;
using YamlDotNet.RepresentationModel;

namespace Briefing.Layout;

/// <summary>Reads one block style mapping; <c>font: body|heading|mono</c> refers to the theme's font lists.</summary>
internal static class BlockStyleReader
{
    public static readonly string[] Keys =
    [
        "font", "size", "weight", "bold", "italic", "color", "align", "line-height", "space-before", "space-after",
        "background", "border", "border-left", "border-bottom", "padding", "indent", "keep-together", "keep-with-next",
        "underline", "bullet", "header-background", "rule-color", "rule-width", "cell-padding",
        "column-widths", "column-gap", "placement",
    ];

    public static BlockStyle Read(ThemeReader reader, YamlNode node, string where)
    {
        var style = new BlockStyle();
        foreach (var (key, value) in reader.Entries(node, where, Keys))
        {
            var path = $"{where}.{key}";
            style = key switch
            {
                "font" => style with { Font = FontOf(reader, value, path) },
                "size" => style with { Size = reader.Number(value, path, 1, 200) },
                "weight" => style with { Bold = Weight(reader, value, path) },
                "bold" => style with { Bold = reader.Flag(value, path) },
                "italic" => style with { Italic = reader.Flag(value, path) },
                "color" => style with { Colour = reader.Colour(value, path) },
                "align" => style with { Align = Align(reader, value, path) },
                "line-height" => style with { LineHeight = reader.Number(value, path, 0.5f, 5) },
                "space-before" => style with { SpaceBefore = reader.Points(value, path, 0, LengthLimits.Space) },
                "space-after" => style with { SpaceAfter = reader.Points(value, path, 0, LengthLimits.Space) },
                "background" => style with { Background = reader.Colour(value, path) },
                "border" => style with { Border = Border(reader, value, path) },
                "border-left" => style with { BorderLeft = Border(reader, value, path) },
                "border-bottom" => style with { BorderBottom = Border(reader, value, path) },
                "padding" => style with { Padding = reader.Padding(value, path) },
                "indent" => style with { Indent = reader.Points(value, path, 0, LengthLimits.Indent) },
                "keep-together" => style with { KeepTogether = reader.Flag(value, path) },
                "keep-with-next" => style with { KeepWithNext = reader.Flag(value, path) },
                "underline" => style with { Underline = reader.Flag(value, path) },
                "bullet" => style with { Bullet = reader.Text(value, path) },
                "header-background" => style with { HeaderBackground = reader.Colour(value, path) },
                "rule-color" => style with { RuleColour = reader.Colour(value, path) },
                "rule-width" => style with { RuleWidth = reader.Points(value, path, 0, LengthLimits.Rule) },
                "cell-padding" => style with { CellPadding = reader.Points(value, path, 0, LengthLimits.Padding) },
                "column-widths" => style with { ColumnWidths = Widths(reader, value, path) },
                "column-gap" => style with { ColumnGap = reader.Points(value, path, 0, LengthLimits.Padding) },
                "placement" => style with { Placement = Placement(reader, value, path) },
                _ => style,
            };
        }
        return style;
    }

    /// <summary>Column widths as a list (<c>[30%, auto]</c>) or one string (<c>"30% auto"</c>).</summary>
    private static IReadOnlyList<Elements.ColumnWidth>? Widths(ThemeReader reader, YamlNode node, string where)
    {
        var entries = node switch
        {
            YamlSequenceNode list => list.Children.Select(c => (c as YamlScalarNode)?.Value ?? "?").ToList(),
            YamlScalarNode { Value: { } text } => [text],
            _ => ["?"],
        };
        var (widths, problem) = Elements.ColumnWidth.ParseList(entries);
        if (problem is not null)
        {
            reader.Error(node, $"`{where}`: {problem}", Elements.ColumnWidth.Hint);
        }
        return widths;
    }

    // A single lower-case word names a role (family names are capitalised, or written as a list), so a misspelt
    // role is an error instead of a family that silently never matches.
    private static FontChoice? FontOf(ThemeReader reader, YamlNode node, string where)
    {
        if (node is YamlScalarNode { Value: { } name } && IsRoleLike(name))
        {
            if (FontChoice.Roles.Contains(name))
            {
                return FontChoice.OfRole(name);
            }
            var close = Briefing.FactSheets.Format.KeySuggestion.Closest(name, FontChoice.Roles);
            reader.Error(node, $"unknown font role `{name}` in `{where}`",
                close is not null ? $"did you mean `{close}`? The roles are body, heading and mono; a family is written as a list, e.g. [Noto Serif]"
                    : "the roles are body, heading and mono; a family is written as a list, e.g. [Noto Serif]");
            return null;
        }
        return reader.Families(node, where) is { } families ? FontChoice.OfFamilies(families) : null;
    }

    private static bool IsRoleLike(string name) =>
        name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool? Weight(ThemeReader reader, YamlNode node, string where)
    {
        var text = reader.Text(node, where);
        switch (text)
        {
            case null:
                return null;
            case "bold" or "700" or "800" or "900":
                return true;
            case "normal" or "regular" or "400" or "300" or "500":
                return false;
            default:
                reader.Error(node, $"`{where}` must be normal or bold, not `{text}`");
                return null;
        }
    }

    private static FootnotePlacement? Placement(ThemeReader reader, YamlNode node, string where)
    {
        var text = reader.Text(node, where);
        switch (text)
        {
            case null:
                return null;
            case "page":
                return FootnotePlacement.Page;
            case "end":
                return FootnotePlacement.End;
            default:
                reader.Error(node, $"`{where}` must be page (at the foot of the page that cites the note) or end (at the end of the document), not `{text}`");
                return null;
        }
    }

    private static TextAlign? Align(ThemeReader reader, YamlNode node, string where)
    {
        var text = reader.Text(node, where);
        switch (text)
        {
            case null:
                return null;
            case "left":
                return TextAlign.Left;
            case "right":
                return TextAlign.Right;
            case "center" or "centre":
                return TextAlign.Center;
            case "justify":
                return TextAlign.Justify;
            case "start":
                return TextAlign.Start;
            default:
                reader.Error(node, $"`{where}` must be left, right, center, justify or start, not `{text}`");
                return null;
        }
    }

    /// <summary>A border as <c>{ width: 0.5, color: "#999" }</c> or the short form <c>"0.5 #999999"</c>.</summary>
    private static BorderStyle? Border(ThemeReader reader, YamlNode node, string where)
    {
        float? width = null;
        Rgba? colour = null;
        if (node is YamlScalarNode scalar)
        {
            var parts = (scalar.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 1 or 2 && Length.TryParse(parts[0], out var w))
            {
                width = w;
                colour = Rgba.Black;
                if (parts.Length == 2)
                {
                    colour = Rgba.TryParse(parts[1], out var c) ? c : null;
                }
            }
            if (width is > LengthLimits.Rule)
            {
                reader.Error(node, $"`{where}` width must be a length from 0 to {LengthLimits.Rule} pt, not `{parts[0]}`");
                return null;
            }
            if (width is null || colour is null)
            {
                reader.Error(node, $"`{where}` must be `<width> <#colour>` or a mapping with width and color");
                return null;
            }
            return new BorderStyle(width.Value, colour.Value);
        }
        foreach (var (key, value) in reader.Entries(node, where, ["width", "color"]))
        {
            if (key == "width")
            {
                width = reader.Points(value, $"{where}.width", 0, LengthLimits.Rule);
            }
            else
            {
                colour = reader.Colour(value, $"{where}.color");
            }
        }
        return new BorderStyle(width ?? 0.5f, colour ?? Rgba.Black);
    }
}
