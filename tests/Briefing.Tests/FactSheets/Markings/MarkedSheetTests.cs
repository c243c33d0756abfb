using Briefing.FactSheets;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.FactSheets.Markings;

/// <summary>Fact sheets that declare a marking scheme: every portion's mark checked, the banner derived, per scheme.</summary>
public class MarkedSheetTests
{
    public static TheoryData<string, string, string, string> Schemes => new()
    {
        // scheme, lowest mark, a higher mark with a control, the banner it gives
        { "us", "U", "S//NF", "SECRET//NOFORN" },
        { "uk", "O", "S//UKEO", "SECRET UK EYES ONLY" },
        { "nato", "NU", "NS//ATOMAL", "NATO SECRET ATOMAL" },
    };

    public static TheoryData<string, string> Lowest => new() { { "us", "U" }, { "uk", "O" }, { "nato", "NU" } };

    private static LoadResult Load(string yaml) => FactSheetLoader.Load(DiagnosticAssert.File, yaml);

    private static string WithAuthority(string yaml) => yaml.Replace("markings: us\n",
        "markings: us\nauthority: { classified_by: \"J. Smith, Director\", reason: 1.4(d), declassify_on: 20500101 }\n");

    [Theory]
    [MemberData(nameof(Lowest))]
    public void Reads_a_mark_on_every_kind_of_portion(string scheme, string lowest)
    {
        var result = Load(MarkedSheets.For(scheme, lowest));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var sheet = result.FactSheet!;
        Assert.Equal(MarkedSheets.PortionLines.Length, sheet.Markings!.Portions.Count);
        Assert.All(sheet.Markings.Portions.Values, m => Assert.Equal(lowest, m.Level.Portion));
        Assert.Equal(sheet.Markings.Scheme.Levels[0].Banner, sheet.Classification);
        // Marks are not part of the text.
        Assert.Equal(["A summary bullet.", "An object summary bullet."], sheet.Summary);
        Assert.Equal("A prefixed quote.", sheet.Parties[0].Quotes[1].Text);
        Assert.Equal("A position summary.", sheet.Parties[0].Position.Summary);
        Assert.Equal(["An earlier entry.", "A later entry."], sheet.Timeline.Select(e => e.Event));
        Assert.Equal($"({lowest})", sheet.Markings.PortionMark("timeline[0]"));
    }

    [Theory]
    [MemberData(nameof(Lowest))]
    public void A_missing_mark_on_any_portion_is_an_error_at_its_place(string scheme, string lowest)
    {
        foreach (var (path, line, column) in MarkedSheets.PortionLines)
        {
            var yaml = MarkedSheets.WithLine(scheme, lowest, line, l => l.Replace($"({lowest}) ", "").Replace($", marking: {lowest}", ""));
            var result = Load(yaml);
            var printed = DiagnosticAssert.Printed(result);
            Assert.False(result.Succeeded, path);
            var error = Assert.Single(printed);
            Assert.Contains($"`{path}` has no portion mark", error);
            Assert.Contains($"valid marks: `({lowest})`", error);
            Assert.StartsWith($"{line}:", error);
        }
    }

    [Theory]
    [MemberData(nameof(Lowest))]
    public void An_unknown_mark_on_any_portion_is_an_error_at_the_mark(string scheme, string lowest)
    {
        foreach (var (path, line, column) in MarkedSheets.PortionLines)
        {
            var yaml = MarkedSheets.WithLine(scheme, lowest, line, l => l.Replace($"({lowest})", "(ZZ)").Replace($"marking: {lowest}", "marking: ZZ"));
            var printed = DiagnosticAssert.Printed(Load(yaml));
            var error = Assert.Single(printed);
            Assert.StartsWith($"{line}:{column}: error: `{path}", error);
            Assert.Contains("`ZZ` is not a level of the", error);
            Assert.Contains($"valid marks: `({lowest})`", error);
        }
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Derives_the_banner_from_the_highest_portion(string scheme, string lowest, string higher, string banner)
    {
        var yaml = MarkedSheets.WithLine(scheme, lowest, 25, l => l.Replace($"({lowest})", $"({higher})"));
        if (scheme == "us") yaml = WithAuthority(yaml);
        var result = Load(yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(banner, result.FactSheet!.Classification);
        Assert.Equal($"({higher})", result.FactSheet.Markings!.PortionMark("parties[0].position.points[0]"));
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void A_declared_banner_lower_than_a_portion_is_an_error_naming_the_portion(string scheme, string lowest, string higher, string _)
    {
        var yaml = MarkedSheets.WithLine(scheme, lowest, 25, l => l.Replace($"({lowest})", $"({higher})"));
        var lowBanner = Briefing.FactSheets.Markings.SchemeLoader.LoadShipped(scheme).Levels[0].Banner;
        yaml = yaml.Replace("title: Marked\n", $"title: Marked\nclassification: {lowBanner}\n");
        if (scheme == "us") yaml = WithAuthority(yaml);
        DiagnosticAssert.Matches(Load(yaml), $"4:17: error: `classification` `{lowBanner}` is lower than `parties[0].position.points[0]`, marked `({higher})` at line {(scheme == "us" ? 27 : 26)}");
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void A_declared_banner_higher_than_the_portions_stands_with_a_note(string scheme, string lowest, string _, string banner)
    {
        var yaml = MarkedSheets.For(scheme, lowest).Replace("title: Marked\n", $"title: Marked\nclassification: {banner}\n");
        if (scheme == "us") yaml = WithAuthority(yaml);
        var result = Load(yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(banner, result.FactSheet!.Classification);
        var note = Assert.Single(DiagnosticAssert.Printed(result));
        Assert.StartsWith($"4:17: note: the declared classification `{banner}` is higher than the portions need", note);
    }

    [Fact]
    public void A_declared_banner_that_is_not_of_the_scheme_lists_the_banners()
    {
        var yaml = MarkedSheets.For("uk", "O").Replace("title: Marked\n", "title: Marked\nclassification: RESTRICTED\n");
        DiagnosticAssert.Matches(Load(yaml), "4:17: error: `classification` is not a banner of the United Kingdom scheme: `RESTRICTED` (`RESTRICTED` is not a level");
        Assert.Contains("levels: `OFFICIAL`, `OFFICIAL-SENSITIVE`, `SECRET`, `TOP SECRET`", DiagnosticAssert.Printed(Load(yaml))[0]);
    }

    [Fact]
    public void A_release_list_wider_than_a_portion_is_too_low()
    {
        var yaml = WithAuthority(MarkedSheets.For("us", "U")
            .Replace("  - (U) A point.", "  - (S//REL TO USA, GBR) A point.")
            .Replace("  - (U) A red line.", "  - (S//REL TO USA, GBR, AUS) A red line.")
            .Replace("title: Marked\n", "title: Marked\nclassification: SECRET//REL TO USA, AUS, GBR\n"));
        DiagnosticAssert.Matches(Load(yaml), "4:17: error: `classification` `SECRET//REL TO USA, AUS, GBR` is lower than `parties[0].position.points[0]`, marked `(S//REL TO USA, GBR)` at line 27 (the portions need `SECRET//REL TO USA, GBR`");
    }

    [Fact]
    public void A_malformed_prefix_is_an_error_with_the_valid_marks()
    {
        var yaml = MarkedSheets.WithLine("us", "U", 15, l => l.Replace("(U) A", "(U A"));
        DiagnosticAssert.Matches(Load(yaml), "15:5: error: `summary[0]` has a malformed portion mark");
    }

    [Fact]
    public void Us_classified_documents_need_the_authority_block_and_cui_documents_the_indicator()
    {
        var secret = MarkedSheets.WithLine("us", "U", 15, l => l.Replace("(U)", "(C)"));
        DiagnosticAssert.Matches(Load(secret), "5:1: error: a `CONFIDENTIAL` document carries the classification authority block on its first page, but the fact sheet has no `authority`");
        var cui = MarkedSheets.WithLine("us", "U", 15, l => l.Replace("(U)", "(CUI)"));
        DiagnosticAssert.Matches(Load(cui), "5:1: error: a `CUI` document carries the CUI designation indicator on its first page, but the fact sheet has no `cui`");
        var incomplete = cui.Replace("markings: us\n", "markings: us\ncui: { controlled_by: DoS, poc: J. Smith }\n");
        DiagnosticAssert.Matches(Load(incomplete), "6:6: error: `cui` is missing the required key `categories`");
        var complete = cui.Replace("markings: us\n", "markings: us\ncui: { controlled_by: [DoS, EUR/RUS], categories: [PRVCY], poc: J. Smith }\n");
        var loaded = Load(complete);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.Equal(["DoS", "EUR/RUS"], loaded.FactSheet!.Cui!.ControlledBy);
        var noReason = WithAuthority(secret).Replace("reason: 1.4(d), ", "");
        DiagnosticAssert.Matches(Load(noReason), "6:12: error: `authority` needs `reason` or `derived_from`");
    }

    [Fact]
    public void A_mark_without_a_scheme_is_an_error_and_text_is_left_alone()
    {
        var yaml = MarkedSheets.For("us", "U").Replace("markings: us\n", "");
        var result = Load(yaml);
        var printed = DiagnosticAssert.Printed(result);
        Assert.Equal(3, printed.Count);
        Assert.All(printed, p => Assert.Contains("needs a marking scheme", p));
        var plain = SampleSheets.Minimal.Replace("  - The first", "  - (U) The first");
        Assert.Equal("(U) The first senior meeting in three years.", Load(plain).FactSheet!.Summary[0]);
    }

    [Fact]
    public void Version_1_1_keys_are_refused_in_a_version_1_sheet()
    {
        var yaml = SampleSheets.Minimal + "markings: us\nwatermark: DRAFT\n";
        DiagnosticAssert.Matches(Load(yaml),
            "16:1: error: `markings` is part of `briefing/v1.1` (write `schema: briefing/v1.1` at the top)",
            "17:1: error: `watermark` is part of `briefing/v1.1`");
        var objectForm = SampleSheets.Minimal.Replace("  - The first senior meeting in three years.", "  - { text: x, marking: U }");
        DiagnosticAssert.Matches(Load(objectForm), "10:5: error: `summary[0]` must be text, found a map (the form { text: ..., marking: ... } is part of `briefing/v1.1`");
    }

    [Fact]
    public void An_unknown_scheme_name_suggests_the_shipped_ones()
    {
        var yaml = MarkedSheets.For("usa", "U");
        DiagnosticAssert.Matches(Load(yaml), "5:11: error: `markings` names no marking scheme: `usa` (did you mean `us`?");
    }

    [Fact]
    public void A_scheme_file_beside_the_sheet_defines_the_marks()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "ministry.yaml"), """
            name: Ministry
            levels:
              - { portion: P, banner: PUBLIC, open: true }
              - { portion: I, banner: INTERNAL }
            controls:
              - { portion: NOD, banner: NO DISTRIBUTION }

            """);
        var yaml = MarkedSheets.For("ministry.yaml", "P").Replace("  - (P) A risk.", "  - (I//NOD) A risk.");
        var sheetPath = Path.Combine(folder.Path, "sheet.yaml");
        var result = FactSheetLoader.Load(sheetPath, yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("INTERNAL//NO DISTRIBUTION", result.FactSheet!.Classification);

        File.WriteAllText(Path.Combine(folder.Path, "broken.yaml"), "name: Broken\nlevels:\n  - { portion: P }\n");
        var broken = FactSheetLoader.Load(sheetPath, MarkedSheets.For("broken.yaml", "P"));
        Assert.Equal([
            $"{Path.Combine(folder.Path, "broken.yaml")}:3:5: error: `levels[0]` is missing the required key `banner`",
            $"{sheetPath}:5:11: error: the marking scheme `broken.yaml` has errors (they are listed with its file name)",
        ], broken.Diagnostics.Select(d => d.ToString()).Order());

        var missing = FactSheetLoader.Load(sheetPath, MarkedSheets.For("none.yaml", "P"));
        Assert.Contains("5:11: error: cannot read the marking scheme `none.yaml`: no such file", Assert.Single(missing.Diagnostics).ToString());
        var outside = FactSheetLoader.Load(sheetPath, MarkedSheets.For("../x.yaml", "P"));
        Assert.Contains("the path must be relative and stay in the fact sheet's folder", Assert.Single(outside.Diagnostics).ToString());
    }
}
