using Briefing.Diagnostics;
using Briefing.Layout.Pages;
using Briefing.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Layout;

/// <summary>Reads theme YAML (format: docs/theme-format.md) into a <see cref="Theme"/>, reporting problems with file:line:col.</summary>
public static class ThemeLoader
{
    private static readonly string[] RootKeys = ["page", "fonts", "base", "blocks", "styles", "header", "footer", "banner", "watermark"];

    /// <summary>The built-in theme; also the basis every theme file is read over.</summary>
    public static Theme Default { get; } = BuiltIn();

    private static Theme BuiltIn()
    {
        var result = Load("default-theme.yaml", DefaultThemeText.Yaml, basis: null);
        return result.Theme ?? throw new InvalidOperationException(
            "The built-in theme does not load: " + string.Join("; ", result.Diagnostics));
    }

    /// <summary>Reads a theme. Keys a theme leaves out keep the values of <see cref="Default"/>.</summary>
    public static ThemeLoadResult Load(string displayPath, string yamlText) => Load(displayPath, yamlText, Default);

    private static ThemeLoadResult Load(string displayPath, string yamlText, Theme? basis)
    {
        var reader = new ThemeReader(displayPath);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException e)
        {
            var d = new Diagnostic(displayPath, (int)e.Start.Line, (int)e.Start.Column, Severity.Error, $"theme is not valid YAML: {e.InnerException?.Message ?? e.Message}");
            return new ThemeLoadResult(null, [d]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new ThemeLoadResult(basis, []);
        }
        var root = stream.Documents[0].RootNode;
        var entries = reader.Entries(root, "theme", RootKeys).ToDictionary(e => e.Key, e => e.Value);

        var fonts = entries.TryGetValue("fonts", out var fontsNode) ? Fonts(reader, fontsNode, basis?.Fonts) : basis?.Fonts;
        fonts ??= new FontFamilies(ShippedFonts.BodyFamilies, ShippedFonts.HeadingFamilies, ShippedFonts.MonoFamilies);
        var page = entries.TryGetValue("page", out var pageNode) ? Page(reader, pageNode, basis?.Page) : basis?.Page;
        page ??= new PageSetup(595.276f, 841.89f, 72, 72, 72, 72);
        var baseStyle = entries.TryGetValue("base", out var baseNode)
            ? BlockStyleReader.Read(reader, baseNode, "base").Over(basis?.Base ?? BlockStyle.Empty)
            : basis?.Base ?? BlockStyle.Empty;
        baseStyle = baseStyle with { Font = baseStyle.Font ?? FontChoice.OfRole(FontChoice.Body), Size = baseStyle.Size ?? 10.5f, Colour = baseStyle.Colour ?? Rgba.Black };
        var blocks = StyleMap(reader, entries.GetValueOrDefault("blocks"), "blocks", basis?.Blocks);
        var styles = StyleMap(reader, entries.GetValueOrDefault("styles"), "styles", basis?.Styles);
        var header = entries.TryGetValue("header", out var headerNode) ? Running(reader, headerNode, "header") : basis?.Header;
        var footer = entries.TryGetValue("footer", out var footerNode) ? Running(reader, footerNode, "footer") : basis?.Footer;
        var banner = entries.TryGetValue("banner", out var bannerNode) ? BannerOf(reader, bannerNode) : basis?.Banner;

        var watermark = entries.TryGetValue("watermark", out var watermarkNode) ? WatermarkOf(reader, watermarkNode) : basis?.Watermark;
        var theme = new Theme(page, fonts, baseStyle, blocks, styles, header, footer, banner) { Watermark = watermark };
        var failed = reader.Diagnostics.Any(d => d.Severity == Severity.Error);
        return new ThemeLoadResult(failed ? null : theme, reader.Diagnostics);
    }

    private static FontFamilies Fonts(ThemeReader reader, YamlNode node, FontFamilies? basis)
    {
        var result = basis ?? new FontFamilies(ShippedFonts.BodyFamilies, ShippedFonts.HeadingFamilies, ShippedFonts.MonoFamilies);
        foreach (var (key, value) in reader.Entries(node, "fonts", ["body", "heading", "mono"]))
        {
            var families = reader.Families(value, $"fonts.{key}");
            if (families is null)
            {
                continue;
            }
            result = key switch
            {
                "body" => result with { Body = families },
                "heading" => result with { Heading = families },
                _ => result with { Mono = families },
            };
        }
        return result;
    }

    private static PageSetup Page(ThemeReader reader, YamlNode node, PageSetup? basis)
    {
        var page = basis ?? new PageSetup(595.276f, 841.89f, 72, 72, 72, 72);
        var landscape = false;
        foreach (var (key, value) in reader.Entries(node, "page", ["size", "width", "height", "margins", "orientation"]))
        {
            switch (key)
            {
                case "size":
                    var name = reader.Text(value, "page.size");
                    if (name is not null)
                    {
                        if (PageSizes.Named(name) is { } size)
                        {
                            page = page with { Width = size.Width, Height = size.Height };
                        }
                        else
                        {
                            reader.Error(value, $"unknown page size `{name}`", "use A4, A5, A3, Letter or Legal, or give width and height");
                        }
                    }
                    break;
                case "width":
                    page = page with { Width = reader.Points(value, "page.width") ?? page.Width };
                    break;
                case "height":
                    page = page with { Height = reader.Points(value, "page.height") ?? page.Height };
                    break;
                case "orientation":
                    landscape = reader.Text(value, "page.orientation") == "landscape";
                    break;
                case "margins":
                    page = Margins(reader, value, page);
                    break;
            }
        }
        if (landscape && page.Width < page.Height)
        {
            page = page with { Width = page.Height, Height = page.Width };
        }
        if (page.BodyWidth < 72 || page.BodyHeight < 72)
        {
            reader.Error(node, "the page margins leave less than an inch for the text");
        }
        return page;
    }

    private static PageSetup Margins(ThemeReader reader, YamlNode node, PageSetup page)
    {
        if (node is YamlScalarNode)
        {
            var all = reader.Points(node, "page.margins");
            return all is { } m ? page with { MarginTop = m, MarginRight = m, MarginBottom = m, MarginLeft = m } : page;
        }
        foreach (var (key, value) in reader.Entries(node, "page.margins", ["top", "right", "bottom", "left"]))
        {
            var v = reader.Points(value, $"page.margins.{key}");
            if (v is not { } m)
            {
                continue;
            }
            page = key switch
            {
                "top" => page with { MarginTop = m },
                "right" => page with { MarginRight = m },
                "bottom" => page with { MarginBottom = m },
                _ => page with { MarginLeft = m },
            };
        }
        return page;
    }

    private static IReadOnlyDictionary<string, BlockStyle> StyleMap(
        ThemeReader reader, YamlNode? node, string where, IReadOnlyDictionary<string, BlockStyle>? basis)
    {
        var result = new Dictionary<string, BlockStyle>(basis ?? new Dictionary<string, BlockStyle>(), StringComparer.Ordinal);
        if (node is null)
        {
            return result;
        }
        var known = where == "blocks" ? BlockKinds.All : null;
        foreach (var (key, value) in reader.Entries(node, where, known))
        {
            var style = BlockStyleReader.Read(reader, value, $"{where}.{key}");
            result[key] = result.TryGetValue(key, out var old) ? style.Over(old) : style;
        }
        return result;
    }

    private static RunningText? Running(ThemeReader reader, YamlNode node, string where)
    {
        if (node is YamlScalarNode { Value: null or "" or "none" or "false" })
        {
            return null;
        }
        string? left = null, center = null, right = null;
        var rule = false;
        var firstPage = true;
        var style = BlockStyle.Empty;
        foreach (var (key, value) in reader.Entries(node, where, ["left", "center", "right", "rule", "first-page", "style"]))
        {
            switch (key)
            {
                case "left":
                    left = reader.RunningText(value, $"{where}.left");
                    break;
                case "center":
                    center = reader.RunningText(value, $"{where}.center");
                    break;
                case "right":
                    right = reader.RunningText(value, $"{where}.right");
                    break;
                case "rule":
                    rule = reader.Flag(value, $"{where}.rule") ?? false;
                    break;
                case "first-page":
                    firstPage = reader.Flag(value, $"{where}.first-page") ?? true;
                    break;
                default:
                    style = BlockStyleReader.Read(reader, value, $"{where}.style");
                    break;
            }
        }
        return new RunningText(left, center, right, style, rule, firstPage);
    }

    private static Banner? BannerOf(ThemeReader reader, YamlNode node)
    {
        if (node is YamlScalarNode { Value: null or "" or "none" or "false" })
        {
            return null;
        }
        var banner = new Banner("{classification}", new Rgba(0xc0, 0, 0), 9, true, new Dictionary<string, Rgba>());
        foreach (var (key, value) in reader.Entries(node, "banner", ["text", "color", "size", "bold", "colors"]))
        {
            switch (key)
            {
                case "text":
                    banner = banner with { Text = reader.RunningText(value, "banner.text") ?? banner.Text };
                    break;
                case "color":
                    banner = banner with { Colour = reader.Colour(value, "banner.color") ?? banner.Colour };
                    break;
                case "size":
                    banner = banner with { Size = reader.Number(value, "banner.size", 4, 72) ?? banner.Size };
                    break;
                case "bold":
                    banner = banner with { Bold = reader.Flag(value, "banner.bold") ?? banner.Bold };
                    break;
                default:
                    var colours = new Dictionary<string, Rgba>(StringComparer.OrdinalIgnoreCase);
                    foreach (var (name, colourNode) in reader.Entries(value, "banner.colors"))
                    {
                        if (reader.Colour(colourNode, $"banner.colors.{name}") is { } c)
                        {
                            colours[name] = c;
                        }
                    }
                    banner = banner with { Colours = colours };
                    break;
            }
        }
        return banner;
    }

    private static Watermark WatermarkOf(ThemeReader reader, YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return Watermark.Default with { Text = reader.Text(node, "watermark") };
        }
        var watermark = Watermark.Default;
        foreach (var (key, value) in reader.Entries(node, "watermark", ["text", "color", "size"]))
        {
            watermark = key switch
            {
                "text" => watermark with { Text = reader.Text(value, "watermark.text") },
                "color" => watermark with { Colour = reader.Colour(value, "watermark.color") ?? watermark.Colour },
                _ => watermark with { Size = reader.Number(value, "watermark.size", 12, 300) ?? watermark.Size },
            };
        }
        return watermark;
    }
}
