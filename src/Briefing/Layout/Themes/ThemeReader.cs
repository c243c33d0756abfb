using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Layout.Pages;
using YamlDotNet.RepresentationModel;

namespace Briefing.Layout;

/// <summary>Reads values out of YAML nodes, reporting each problem with the node's position.</summary>
internal sealed partial class ThemeReader(string file, string text = "")
{
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The theme file being read: files it names (header images) are relative to its folder.</summary>
    public string File => file;

    public void Error(YamlNode node, string message, string? hint = null) =>
        Diagnostics.Add(new Diagnostic(file, (int)node.Start.Line, (int)node.Start.Column, Severity.Error, message, hint));

    public void Warning(YamlNode node, string message, string? hint = null) =>
        Diagnostics.Add(new Diagnostic(file, (int)node.Start.Line, (int)node.Start.Column, Severity.Warning, message, hint));

    /// <summary>The entries of a mapping; reports keys outside <paramref name="known"/> as errors.</summary>
    public IEnumerable<(string Key, YamlNode Value)> Entries(YamlNode node, string where, IReadOnlyCollection<string>? known = null)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node, $"`{where}` must be a mapping");
            yield break;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (known is not null && !known.Contains(key))
            {
                Error(keyNode, $"unknown key `{key}` in `{where}`", $"expected one of: {string.Join(", ", known)}");
                continue;
            }
            yield return (key, value);
        }
    }

    public ThemePlace PlaceOf(YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public string? Text(YamlNode node, string where)
    {
        if (node is YamlScalarNode scalar)
        {
            // A double-quoted escape can write any character; one that cannot be printed would reach every page.
            if (UnprintableCharacter.Find(scalar.Value ?? "") is { } found)
            {
                Error(node, $"`{where}` contains {found.Description}", "it cannot be printed; remove it");
                return null;
            }
            return scalar.Value ?? "";
        }
        Error(node, $"`{where}` must be text");
        return null;
    }

    /// <summary>Text for a header, footer or banner; a <c>{name}</c> that is not a placeholder is an error (a typo would print as is).</summary>
    public string? RunningText(YamlNode node, string where)
    {
        var text = Text(node, where);
        foreach (System.Text.RegularExpressions.Match match in PlaceholderPattern().Matches(text ?? ""))
        {
            var name = match.Groups[1].Value;
            if (!Layout.RunningText.Placeholders.Contains(name))
            {
                var close = FactSheets.Format.KeySuggestion.Closest(name, Layout.RunningText.Placeholders);
                Error(node, $"unknown placeholder `{{{name}}}` in `{where}`",
                    (close is null ? "" : $"did you mean `{{{close}}}`? ") + $"known: {string.Join(", ", Layout.RunningText.Placeholders.Select(p => $"{{{p}}}"))}");
            }
        }

        // The text is plain text with placeholders, not Markdown: a page reference would print as written.
        if (PageReferencePattern().Match(text ?? "") is { Success: true } reference)
        {
            Error(node, $"`{where}` holds the Markdown page reference `{reference.Value}`, which a header, footer or banner prints as written",
                "these texts are plain text with placeholders: use {page} and {pages}, or write the reference in the template");
        }
        return text;
    }

    /// <summary>
    /// A length from <paramref name="min"/> to <paramref name="max"/> points. Every length has a range, so an absurd
    /// value (a 1e8 pt page, a 100,000 pt indent) is an error here instead of pages that cannot be drawn or text
    /// pushed out of sight.
    /// </summary>
    public float? Points(YamlNode node, string where, float min, float max)
    {
        var text = Text(node, where);
        if (text is null)
        {
            return null;
        }
        var range = $"from {Pt(min)} to {Pt(max)} pt";
        if (Length.TryParse(text, out var points))
        {
            if (points >= min && points <= max)
            {
                return points;
            }
            Error(node, $"`{where}` must be a length {range}, not `{text}`" + (text.Trim() == Pt(points) ? "" : $" ({Pt(points)} pt)"));
            return null;
        }
        if (text.TrimStart().StartsWith('-') && Length.TryParse(text.TrimStart()[1..], out _))
        {
            Error(node, $"`{where}` must not be negative: `{text}`", "use 0 or a positive length");
            return null;
        }
        Error(node, $"`{where}` is not a length: `{text}`", $"use a number of points, or a number with pt, mm, cm or in, {range}");
        return null;
    }

    /// <summary>A box's padding: one to four lengths in CSS order, each from 0 to the padding limit.</summary>
    public BoxPadding? Padding(YamlNode node, string where)
    {
        var text = Text(node, where);
        if (text is null)
        {
            return null;
        }
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length <= 1)
        {
            return Points(node, where, 0, LengthLimits.Padding) is { } all ? BoxPadding.All(all) : null;
        }
        var sides = new List<float>();
        foreach (var part in parts)
        {
            if (!Length.TryParse(part, out var points) || points < 0 || points > LengthLimits.Padding)
            {
                Error(node, $"`{where}` must be one to four lengths from 0 to {Pt(LengthLimits.Padding)} pt, not `{part}` in `{text}`",
                    "give the sides as in CSS: all; top and bottom, left and right; top, sides, bottom; or top, right, bottom, left");
                return null;
            }
            sides.Add(points);
        }
        var padding = BoxPadding.FromSides(sides);
        if (padding is null)
        {
            Error(node, $"`{where}` takes one to four lengths, not {parts.Length}: `{text}`",
                "give the sides as in CSS: all; top and bottom, left and right; top, sides, bottom; or top, right, bottom, left");
        }
        return padding;
    }

    private static string Pt(float points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    public float? Number(YamlNode node, string where, float min, float max)
    {
        var text = Text(node, where);
        if (text is null)
        {
            return null;
        }
        if (float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        Error(node, $"`{where}` must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not `{text}`");
        return null;
    }

    public bool? Flag(YamlNode node, string where)
    {
        var text = Text(node, where);
        switch (text?.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            case null:
                return null;
            default:
                Error(node, $"`{where}` must be true or false, not `{text}`");
                return null;
        }
    }

    public Rgba? Colour(YamlNode node, string where)
    {
        var value = Text(node, where);
        if (value is null)
        {
            return null;
        }
        if (value.Length == 0 && UnquotedColour.On(text, (int)node.Start.Line) is { } unquoted)
        {
            Error(node, $"`{where}` is empty: YAML read `{unquoted}` as a comment", UnquotedColour.QuoteHint(unquoted));
            return null;
        }
        if (Rgba.TryParse(value, out var colour))
        {
            return colour;
        }
        // `none` clears a fill a style would otherwise inherit (a rules-only table over a theme with header fills).
        if (value is "none" or "transparent")
        {
            return Rgba.Transparent;
        }
        Error(node, $"`{where}` is not a colour: `{value}`", "write it as \"#rrggbb\", in quotes, or none");
        return null;
    }

    /// <summary>A family list: one name or a sequence of names.</summary>
    public IReadOnlyList<string>? Families(YamlNode node, string where)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return scalar.Value!.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
            case YamlSequenceNode sequence:
                var names = sequence.Children.Select(c => Text(c, where)).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToArray();
                if (names.Length > 0)
                {
                    return names;
                }
                break;
        }
        Error(node, $"`{where}` must name at least one font family");
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[[^\]\n]*\]\(#[^)\s]*\)(\{[^}\n]*\})?")]
    private static partial System.Text.RegularExpressions.Regex PageReferencePattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_-]*)\}")]
    private static partial System.Text.RegularExpressions.Regex PlaceholderPattern();
}
