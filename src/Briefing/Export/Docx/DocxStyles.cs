using System.Globalization;
using Briefing.Layout;
using Briefing.Layout.Pages;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Export.Docx;

/// <summary>Word styles from the theme: Normal, Heading 1-6 (so the navigation pane works), Quote, lists, code, footnotes, the table style and the theme's named styles.</summary>
internal static class DocxStyles
{
    public const string Table = "BriefingTable";

    public static Styles Create(Theme theme, string? language)
    {
        var body = theme.Base;
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(theme.Fonts.Body),
                new FontSize { Val = HalfPoints(body.Size ?? 10.5f) },
                new Languages { Val = language ?? "en", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(Paragraph("Normal", "Normal", null, theme.Block("paragraph").Over(body), theme, isDefault: true));
        for (var level = 1; level <= 6; level++)
        {
            var style = Paragraph($"Heading{level}", $"heading {level}", "Normal", theme.Block($"heading{level}"), theme);
            style.StyleParagraphProperties!.PrependChild(new KeepNext());
            style.StyleParagraphProperties.Append(new OutlineLevel { Val = level - 1 });
            if (theme.Block($"heading{level}").Font is null)
            {
                style.StyleRunProperties!.PrependChild(Fonts(theme.Fonts.Heading));
            }
            styles.Append(style);
        }
        styles.Append(Paragraph("Quote", "Quote", "Normal", theme.Block("blockquote"), theme));
        styles.Append(Paragraph("ListParagraph", "List Paragraph", "Normal", theme.Block("list-item"), theme));
        styles.Append(Paragraph("CodeBlock", "Code Block", "Normal", theme.Block("code-block"), theme, mono: true));
        styles.Append(Paragraph("Caption", "caption", "Normal", theme.Block("caption"), theme));
        styles.Append(Paragraph("FootnoteText", "footnote text", "Normal", theme.Block("footnotes"), theme));
        styles.Append(Paragraph("Banner", "Banner", "Normal", BlockStyle.Empty with { Align = TextAlign.Center }, theme));
        styles.Append(Paragraph("TableText", "Table Text", "Normal", theme.Block("table"), theme));
        foreach (var (name, named) in theme.Styles.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            styles.Append(Paragraph(NamedId(name), name, "Normal", named, theme));
        }
        styles.Append(Character("FootnoteReference", "footnote reference", new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })));
        var link = theme.Block("link");
        styles.Append(Character("Hyperlink", "Hyperlink", new RunProperties(
            new Color { Val = Hex(link.Colour ?? new Rgba(0x1f, 0x38, 0x64)) },
            new Underline { Val = link.Underline == false ? UnderlineValues.None : UnderlineValues.Single })));
        styles.Append(Character("Code", "Code", new RunProperties(Fonts(theme.Fonts.Mono))));
        styles.Append(TableStyle(theme));
        return styles;
    }

    /// <summary>The id of the paragraph style made for a theme's named style.</summary>
    public static string NamedId(string name) => "Named" + new string(name.Where(char.IsAsciiLetterOrDigit).ToArray());

    private static Style Paragraph(string id, string name, string? basedOn, BlockStyle look, Theme theme, bool isDefault = false, bool mono = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (look.KeepTogether == true)
        {
            paragraph.Append(new KeepLines());
        }
        if (look.Border is { } border)
        {
            paragraph.Append(new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = Eighths(border.Width), Color = Hex(border.Colour), Space = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = Eighths(border.Width), Color = Hex(border.Colour), Space = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = Eighths(border.Width), Color = Hex(border.Colour), Space = 4 },
                new RightBorder { Val = BorderValues.Single, Size = Eighths(border.Width), Color = Hex(border.Colour), Space = 4 }));
        }
        else if (look.BorderLeft is { } left)
        {
            paragraph.Append(new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = Eighths(left.Width), Color = Hex(left.Colour), Space = 4 }));
        }
        if (look.Background is { A: > 0 } background)
        {
            paragraph.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Hex(background) });
        }
        paragraph.Append(new SpacingBetweenLines
        {
            Before = Twentieths(look.SpaceBefore ?? 0),
            After = Twentieths(look.SpaceAfter ?? 0),
            Line = ((int)Math.Round((look.LineHeight ?? 1.3f) * 240)).ToString(CultureInfo.InvariantCulture),
            LineRule = LineSpacingRuleValues.Auto,
        });
        if (look.Align is { } align && align != TextAlign.Start)
        {
            paragraph.Append(new Justification
            {
                Val = align switch
                {
                    TextAlign.Center => JustificationValues.Center,
                    TextAlign.Right => JustificationValues.Right,
                    TextAlign.Justify => JustificationValues.Both,
                    _ => JustificationValues.Left,
                },
            });
        }
        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (mono)
        {
            run.Append(Fonts(theme.Fonts.Mono));
        }
        else if (look.Font is { } font)
        {
            run.Append(Fonts(font.In(theme.Fonts)));
        }
        if (look.Bold is { } bold)
        {
            run.Append(new Bold { Val = bold });
        }
        if (look.Italic is { } italic)
        {
            run.Append(new Italic { Val = italic });
        }
        if (look.Colour is { } colour)
        {
            run.Append(new Color { Val = Hex(colour) });
        }
        if (look.Size is { } size)
        {
            run.Append(new FontSize { Val = HalfPoints(size) });
        }
        style.Append(run);
        return style;
    }

    private static Style Character(string id, string name, RunProperties properties)
    {
        var run = new StyleRunProperties();
        foreach (var child in properties.ChildElements)
        {
            run.Append(child.CloneNode(true));
        }
        return new Style(new StyleName { Val = name }, new PrimaryStyle(), run) { Type = StyleValues.Character, StyleId = id };
    }

    private static Style TableStyle(Theme theme)
    {
        var table = theme.Block("table");
        var rule = table.RuleColour ?? Rgba.Black;
        var width = Eighths(table.RuleWidth ?? 0.5f);
        var padding = (int)Math.Round((table.CellPadding ?? 4) * 20);
        var style = new Style(
            new StyleName { Val = "Briefing Table" },
            new BasedOn { Val = "TableNormal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepLines()),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = width, Color = Hex(rule) },
                    new BottomBorder { Val = BorderValues.Single, Size = width, Color = Hex(rule) },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = width, Color = Hex(rule) }),
                new TableCellMarginDefault(
                    new TopMargin { Width = padding.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = (short)padding, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = padding.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = (short)padding, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Table };
        var header = new TableStyleProperties(
            new RunPropertiesBaseStyle(new Bold()),
            new TableStyleConditionalFormattingTableCellProperties(
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Hex(table.HeaderBackground is { A: > 0 } fill ? fill : new Rgba(0xff, 0xff, 0xff)) }))
        { Type = TableStyleOverrideValues.FirstRow };
        style.Append(header);
        return style;
    }

    public static RunFonts Fonts(IReadOnlyList<string> families)
    {
        var first = families.FirstOrDefault() ?? "Noto Sans";
        // Arabic and Hebrew text takes the complex-script font: the first family of the list that names either.
        var complex = families.FirstOrDefault(f => f.Contains("Arabic", StringComparison.Ordinal) || f.Contains("Naskh", StringComparison.Ordinal)) ?? first;
        return new RunFonts { Ascii = first, HighAnsi = first, EastAsia = first, ComplexScript = complex };
    }

    public static string Hex(Rgba colour) => $"{colour.R:X2}{colour.G:X2}{colour.B:X2}";

    private static StringValue HalfPoints(float points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    private static StringValue Twentieths(float points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);

    private static UInt32Value Eighths(float points) => (uint)Math.Clamp(Math.Round(points * 8), 2, 96);
}
