using Briefing.Diagnostics;
using Briefing.FactSheets.Format;
using Briefing.FactSheets.Yaml;

namespace Briefing.FactSheets.Markings;

/// <summary>Checks the markings of a validated fact sheet: the scheme, every portion's mark, the banner and the US indicator blocks.</summary>
internal static class SheetMarkings
{
    /// <summary>The scheme and portions when the sheet declares <c>markings</c>; null when it declares none or the scheme cannot be read.</summary>
    public static (MarkingScheme Scheme, IReadOnlyList<MarkedPortion> Portions, Marking Banner, Marking Derived)? Check(
        SheetMap root, string folder, DiagnosticBag bag)
    {
        var scheme = root["markings"] is SheetScalar reference ? Scheme(reference, folder, bag) : null;
        // A scheme that cannot be read has been reported; its marks cannot be judged.
        if (scheme is null && root["markings"] is not null) return null;
        var portions = PortionReader.Read(root, FactSheetFormat.Root, scheme, bag);
        if (scheme is null || portions.Count == 0) return null;

        var derived = BannerDerivation.Combine(scheme, portions.Select(p => p.Marking).ToList());
        var banner = Declared(root, scheme, portions, derived, bag) ?? derived;
        CheckIndicator(root, scheme, banner, bag);
        return (scheme, portions, banner, derived);
    }

    private static Marking? Declared(SheetMap root, MarkingScheme scheme, IReadOnlyList<MarkedPortion> portions, Marking derived, DiagnosticBag bag)
    {
        if (root["classification"] is not SheetScalar declared) return null;
        var parsed = MarkingParser.Banner(scheme, declared.Value);
        if (parsed.Marking is not { } marking)
        {
            bag.Error(declared.Start.Line, declared.Start.Column,
                $"`classification` is not a banner of the {scheme.Name} scheme: `{declared.Value.Trim()}` ({parsed.Problem})",
                $"leave it out to derive it from the portions (`{scheme.BannerText(derived)}`); {scheme.ValidBanners()}");
            return null;
        }

        if (portions.FirstOrDefault(p => !BannerDerivation.Covers(marking, p.Marking)) is { } above)
        {
            bag.Error(declared.Start.Line, declared.Start.Column,
                $"`classification` `{scheme.BannerText(marking)}` is lower than `{above.Path}`, marked `{scheme.PortionMark(above.Marking)}` at line {above.At.Line}",
                $"the portions need `{scheme.BannerText(derived)}`; leave `classification` out to derive it");
            return null;
        }

        if (!marking.Equals(derived))
        {
            bag.Note(declared.Start.Line, declared.Start.Column,
                $"the declared classification `{scheme.BannerText(marking)}` is higher than the portions need (`{scheme.BannerText(derived)}`); the banner shows the declared one");
        }

        return marking;
    }

    private static void CheckIndicator(SheetMap root, MarkingScheme scheme, Marking banner, DiagnosticBag bag)
    {
        var (key, noun, fields) = banner.Level.Indicator switch
        {
            "authority" => ("authority", "the classification authority block", "`classified_by`, `reason` or `derived_from`, and `declassify_on`"),
            "cui" => ("cui", "the CUI designation indicator", "`controlled_by`, `categories`, `poc` and optionally `dissemination`"),
            _ => (null, null, null),
        };
        if (key is not null && root[key] is null)
        {
            var at = root.Find("markings")!.Key.Start;
            bag.Error(at.Line, at.Column, $"a `{scheme.BannerText(banner)}` document carries {noun} on its first page, but the fact sheet has no `{key}`",
                $"add `{key}:` with {fields}");
        }

        foreach (var other in new[] { "authority", "cui" })
        {
            if (other != key && root.Find(other) is { } entry)
            {
                bag.Warning(entry.Key.Start.Line, entry.Key.Start.Column,
                    $"`{other}` is not printed: the document is `{scheme.BannerText(banner)}`",
                    other == "authority" ? "the block belongs on classified documents" : "the indicator belongs on CUI documents");
            }
        }
    }

    private static MarkingScheme? Scheme(SheetScalar reference, string folder, DiagnosticBag bag)
    {
        var name = reference.Value.Trim();
        if (SchemeLoader.Shipped.Contains(name)) return SchemeLoader.LoadShipped(name);
        if (!name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            var close = Format.KeySuggestion.Closest(name, SchemeLoader.Shipped);
            bag.Error(reference.Start.Line, reference.Start.Column, $"`markings` names no marking scheme: `{name}`",
                (close is null ? "" : $"did you mean `{close}`? ") + "shipped schemes: `us`, `uk`, `nato`; or the path of a scheme file ending in `.yaml`");
            return null;
        }

        var text = SideFile.Read(folder, name, SchemeLoader.MaxBytes, "marking scheme", out var problem);
        if (text is null)
        {
            bag.Error(reference.Start.Line, reference.Start.Column, $"cannot read the marking scheme `{name}`: {problem}");
            return null;
        }

        var loaded = SchemeLoader.Load(name, Path.Combine(folder, name), text);
        bag.AddRange(loaded.Diagnostics);
        if (loaded.Scheme is null)
        {
            bag.Error(reference.Start.Line, reference.Start.Column, $"the marking scheme `{name}` has errors", "they are listed with its file name");
        }

        return loaded.Scheme;
    }
}
