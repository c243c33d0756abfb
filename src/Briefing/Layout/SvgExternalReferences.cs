using System.Text.RegularExpressions;
using System.Xml;

namespace Briefing.Layout;

/// <summary>
/// Finds what an SVG file would fetch from outside itself: an <c>href</c> to a file or a web address, or a CSS
/// <c>url()</c> or <c>@import</c> that is not a fragment or a <c>data:</c> URI.
/// </summary>
/// <remarks>
/// The SVG renderer resolves <c>&lt;image href="file:///..."&gt;</c> and web addresses on its own, ignoring its
/// "resolve external images" switch, so an image in the templates' folder could draw any file of the machine into
/// the document, or make it fetch an address. An SVG is drawn only with what it holds.
/// </remarks>
internal static partial class SvgExternalReferences
{
    // Enough for any real drawing's entities, far below what expansion attacks ("billion laughs") need.
    private const long MaxEntityCharacters = 1_000_000;

    /// <summary>The first reference outside the file, or null; throws <see cref="XmlException"/> when the file is not well-formed XML.</summary>
    public static string? First(byte[] svg)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = MaxEntityCharacters,
        };
        using var reader = XmlReader.Create(new MemoryStream(svg), settings);
        var inStyle = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    inStyle = reader.LocalName == "style" && !reader.IsEmptyElement;
                    while (reader.MoveToNextAttribute())
                    {
                        // An href is a reference as a whole; any other attribute (fill, style, filter) may hold CSS url().
                        var outside = reader.LocalName == "href" ? (IsInside(reader.Value) ? null : reader.Value) : OutsideInCss(reader.Value);
                        if (outside is not null)
                        {
                            return outside;
                        }
                    }

                    reader.MoveToElement();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA when inStyle:
                    if (OutsideInCss(reader.Value) is { } css)
                    {
                        return css;
                    }

                    break;
                case XmlNodeType.EndElement:
                    inStyle = false;
                    break;
            }
        }

        return null;
    }

    private static bool IsInside(string reference)
    {
        var value = reference.Trim();
        return value.Length == 0 || value.StartsWith('#') || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    private static string? OutsideInCss(string css)
    {
        foreach (Match match in CssReference().Matches(css))
        {
            var target = match.Groups["target"].Value.Trim().Trim('"', '\'');
            if (match.Groups["import"].Success || !IsInside(target))
            {
                return target;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<import>@import)\s*(?:url\()?\s*(?<target>[^;)\s]*)|url\(\s*(?<target>[^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssReference();
}
