using Briefing.Workspace;
using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Layout.Pages;
using Briefing.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Layout;

/// <summary>Reads theme YAML (format: docs/theme-format.md) into a <see cref="Theme"/>, reporting problems with file:line:col.</summary>
public static class ThemeLoader
{
    private static readonly string[] RootKeys = ["extends", "page", "fonts", "base", "blocks", "styles", "header", "footer", "banner", "watermark"];

    /// <summary>The built-in theme; also the basis every theme file is read over.</summary>
    public static Theme Default { get; } = BuiltIn();

    private static Theme BuiltIn()
    {
        var reader = new ThemeReader("default-theme.yaml", DefaultThemeText.Yaml);
        var (root, _) = Parse("default-theme.yaml", DefaultThemeText.Yaml);
        var result = Apply(reader, root!, basis: null, inherited: false);
        return result.Theme ?? throw new InvalidOperationException(
            "The built-in theme does not load: " + string.Join("; ", result.Diagnostics));
    }

    /// <summary>Reads a theme. Keys a theme leaves out keep the values of <see cref="Default"/>; <c>extends</c> is refused (there is no file to resolve it from).</summary>
    public static ThemeLoadResult Load(string displayPath, string yamlText) => Load(displayPath, yamlText, Default);

    /// <summary>Reads a theme over <paramref name="basis"/>: the theme changes only the keys it names.</summary>
    public static ThemeLoadResult Load(string displayPath, string yamlText, Theme? basis)
    {
        var (root, error) = Parse(displayPath, yamlText);
        if (error is not null)
        {
            return new ThemeLoadResult(null, [error]);
        }
        if (root is null)
        {
            return new ThemeLoadResult(basis, []);
        }
        var reader = new ThemeReader(displayPath, yamlText);
        if (root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("extends"), out var extends))
        {
            reader.Error(extends, "`extends` needs the theme to be read from a file", "load the theme with ThemeLoader.LoadFile");
        }
        return Apply(reader, root, basis, inherited: !ReferenceEquals(basis, Default));
    }

    /// <summary>
    /// Reads a theme file. A theme with <c>extends: NAME</c> (a template of <paramref name="templatesDirectory"/>)
    /// or <c>extends: PATH</c> (relative to the theme's folder) is read over that theme; otherwise over
    /// <paramref name="basis"/>, or over <see cref="Default"/> when no basis is given.
    /// </summary>
    public static ThemeLoadResult LoadFile(string path, string? templatesDirectory, Theme? basis = null) =>
        LoadFile(path, templatesDirectory, basis, []);

    private static ThemeLoadResult LoadFile(string path, string? templatesDirectory, Theme? basis, IReadOnlyList<string> chain)
    {
        string text;
        try
        {
            text = InputFile.ReadText(path, InputFile.TextLimit, "theme");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ThemeLoadResult(null, [new Diagnostic(path, 0, 0, Severity.Error, $"cannot read the theme: {e.Message}")]) { Files = [.. chain, path] };
        }
        var files = chain.Append(path).ToList();
        var (root, error) = Parse(path, text);
        if (error is not null)
        {
            return new ThemeLoadResult(null, [error]) { Files = files };
        }
        if (root is null)
        {
            return new ThemeLoadResult(basis ?? Default, []) { Files = files };
        }
        var reader = new ThemeReader(path, text);
        if (root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("extends"), out var extends))
        {
            var parent = ThemeParent.Resolve(reader, extends, path, templatesDirectory, files);
            if (parent is null)
            {
                return new ThemeLoadResult(null, reader.Diagnostics) { Files = files };
            }
            var loaded = LoadFile(parent, templatesDirectory, null, files);
            if (loaded.Theme is null)
            {
                var failure = new Diagnostic(path, (int)extends.Start.Line, (int)extends.Start.Column, Severity.Error,
                    $"the theme it extends, `{parent}`, has errors", "fix the errors reported for that file");
                return new ThemeLoadResult(null, [.. loaded.Diagnostics, failure]) { Files = loaded.Files };
            }
            var result = Apply(reader, root, loaded.Theme, inherited: true);
            return result with { Diagnostics = [.. loaded.Diagnostics, .. result.Diagnostics], Files = loaded.Files };
        }
        var own = Apply(reader, root, basis ?? Default, inherited: basis is not null);
        return own with { Files = files };
    }

    private static (YamlNode? Root, Diagnostic? Error) Parse(string displayPath, string yamlText)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException e)
        {
            return (null, new Diagnostic(displayPath, (int)e.Start.Line, (int)e.Start.Column, Severity.Error,
                $"theme is not valid YAML: {e.InnerException?.Message ?? e.Message}", UnquotedColour.HintNear(yamlText, (int)e.Start.Line)));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (null, null);
        }
        return (stream.Documents[0].RootNode, null);
    }

    // Over the built-in default, header, footer and banner replace the default's as a whole; over a theme that
    // is extended (or under --theme), they change only the slots they name, like every other section.
    private static ThemeLoadResult Apply(ThemeReader reader, YamlNode root, Theme? basis, bool inherited)
    {
        var entries = reader.Entries(root, "theme", RootKeys).Where(e => e.Key != "extends").ToDictionary(e => e.Key, e => e.Value);

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
        var header = entries.TryGetValue("header", out var headerNode) ? Running(reader, headerNode, "header", inherited ? basis?.Header : null) : basis?.Header;
        var footer = entries.TryGetValue("footer", out var footerNode) ? Running(reader, footerNode, "footer", inherited ? basis?.Footer : null) : basis?.Footer;
        var banner = entries.TryGetValue("banner", out var bannerNode) ? BannerOf(reader, bannerNode, inherited ? basis?.Banner : null) : basis?.Banner;

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
                            page = page with { Width = size.Width, Height = size.Height, Place = reader.PlaceOf(value) };
                        }
                        else
                        {
                            reader.Error(value, $"unknown page size `{name}`", "use A4, A5, A3, Letter or Legal, or give width and height");
                        }
                    }
                    break;
                case "width":
                    page = page with { Width = reader.Points(value, "page.width", LengthLimits.PageMin, LengthLimits.PageMax) ?? page.Width, Place = reader.PlaceOf(value) };
                    break;
                case "height":
                    page = page with { Height = reader.Points(value, "page.height", LengthLimits.PageMin, LengthLimits.PageMax) ?? page.Height, Place = reader.PlaceOf(value) };
                    break;
                case "orientation":
                    landscape = Orientation(reader, value) ?? landscape;
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
            reader.Error(node, string.Create(CultureInfo.InvariantCulture,
                $"the page margins leave {Math.Max(0, page.BodyWidth):0.#} x {Math.Max(0, page.BodyHeight):0.#} pt for the text of a {page.Width:0.#} x {page.Height:0.#} pt page; at least 72 x 72 pt (an inch) is needed"),
                "make the margins smaller or the page larger");
        }
        return page;
    }

    private static readonly string[] Orientations = ["portrait", "landscape"];

    private static bool? Orientation(ThemeReader reader, YamlNode node)
    {
        var text = reader.Text(node, "page.orientation");
        if (text is null || Orientations.Contains(text))
        {
            return text is null ? null : text == "landscape";
        }
        var close = FactSheets.Format.KeySuggestion.Closest(text, Orientations);
        reader.Error(node, $"`page.orientation` must be portrait or landscape, not `{text}`",
            close is null ? "write `orientation: portrait` or `orientation: landscape`" : $"did you mean `{close}`?");
        return null;
    }

    private static PageSetup Margins(ThemeReader reader, YamlNode node, PageSetup page)
    {
        if (node is YamlScalarNode)
        {
            var all = reader.Points(node, "page.margins", 0, LengthLimits.Margin);
            return all is { } m ? page with { MarginTop = m, MarginRight = m, MarginBottom = m, MarginLeft = m } : page;
        }
        foreach (var (key, value) in reader.Entries(node, "page.margins", ["top", "right", "bottom", "left"]))
        {
            var v = reader.Points(value, $"page.margins.{key}", 0, LengthLimits.Margin);
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

    private static RunningText? Running(ThemeReader reader, YamlNode node, string where, RunningText? basis)
    {
        if (node is YamlScalarNode { Value: null or "" or "none" or "false" })
        {
            return null;
        }
        string? left = basis?.Left, center = basis?.Center, right = basis?.Right;
        var rule = basis?.Rule ?? false;
        var firstPage = basis?.FirstPage ?? true;
        var style = basis?.Style ?? BlockStyle.Empty;
        var images = new Dictionary<string, RunningImage>(basis?.Images ?? new Dictionary<string, RunningImage>());
        var places = new Dictionary<string, ThemePlace>(basis?.Places ?? new Dictionary<string, ThemePlace>());
        foreach (var (key, value) in reader.Entries(node, where, ["left", "center", "right", "rule", "first-page", "style"]))
        {
            if (key is "left" or "center" or "right")
            {
                places[key] = reader.PlaceOf(value);
                images.Remove(key);
                if (value is YamlMappingNode && RunningImageReader.Read(reader, value, $"{where}.{key}") is { } image)
                {
                    images[key] = image;
                }
            }
            switch (key)
            {
                case "left":
                    left = value is YamlMappingNode ? null : reader.RunningText(value, $"{where}.left");
                    break;
                case "center":
                    center = value is YamlMappingNode ? null : reader.RunningText(value, $"{where}.center");
                    break;
                case "right":
                    right = value is YamlMappingNode ? null : reader.RunningText(value, $"{where}.right");
                    break;
                case "rule":
                    rule = reader.Flag(value, $"{where}.rule") ?? false;
                    break;
                case "first-page":
                    firstPage = reader.Flag(value, $"{where}.first-page") ?? true;
                    break;
                default:
                    style = BlockStyleReader.Read(reader, value, $"{where}.style").Over(basis?.Style ?? BlockStyle.Empty);
                    break;
            }
        }
        return new RunningText(left, center, right, style, rule, firstPage) { Images = images, Places = places };
    }

    private static Banner? BannerOf(ThemeReader reader, YamlNode node, Banner? basis)
    {
        if (node is YamlScalarNode { Value: null or "" or "none" or "false" })
        {
            return null;
        }
        var banner = basis ?? new Banner("{classification}", new Rgba(0xc0, 0, 0), 9, true, new Dictionary<string, Rgba>());
        if (basis?.Place is null)
        {
            banner = banner with { Place = reader.PlaceOf(node) };
        }

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
                    banner = banner with { Size = reader.Number(value, "banner.size", 4, 72) ?? banner.Size, Place = reader.PlaceOf(value) };
                    break;
                case "bold":
                    banner = banner with { Bold = reader.Flag(value, "banner.bold") ?? banner.Bold };
                    break;
                default:
                    var colours = new Dictionary<string, Rgba>(basis?.Colours ?? new Dictionary<string, Rgba>(), StringComparer.OrdinalIgnoreCase);
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
