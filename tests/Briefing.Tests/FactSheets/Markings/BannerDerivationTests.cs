using Briefing.FactSheets.Markings;

namespace Briefing.Tests.FactSheets.Markings;

/// <summary>The banner from portion marks, per shipped scheme: highest level, restrictive controls united, release lists intersected.</summary>
public class BannerDerivationTests
{
    private static string Banner(string scheme, params string[] portionMarks)
    {
        var s = SchemeLoader.LoadShipped(scheme);
        var marks = portionMarks.Select(m => MarkingParser.Portion(s, m).Marking ?? throw new Xunit.Sdk.XunitException($"`{m}` did not parse")).ToList();
        return s.BannerText(BannerDerivation.Combine(s, marks));
    }

    [Theory]
    [InlineData("us", "UNCLASSIFIED", "U", "U")]
    [InlineData("us", "CUI", "U", "CUI")]
    [InlineData("us", "TOP SECRET", "C", "TS", "S", "U")]
    [InlineData("us", "SECRET//NOFORN", "U", "C//NF", "S")]
    [InlineData("us", "SECRET//REL TO USA, GBR", "S//REL TO USA, GBR, AUS", "C//REL TO GBR, USA, CAN", "U")]
    [InlineData("us", "SECRET//NOFORN", "S//REL TO USA, GBR", "C//REL TO USA, AUS")]
    [InlineData("us", "SECRET//NOFORN", "S//REL TO USA, GBR", "C//NF")]
    [InlineData("us", "SECRET", "S//REL TO USA, GBR", "C")]
    [InlineData("uk", "OFFICIAL", "O", "O")]
    [InlineData("uk", "OFFICIAL-SENSITIVE", "O", "OS")]
    [InlineData("uk", "TOP SECRET UK EYES ONLY", "S//UKEO", "TS", "O")]
    [InlineData("uk", "SECRET RELEASABLE TO GBR, AUS", "S//REL TO AUS, GBR, USA", "OS//REL TO GBR, AUS, NZL")]
    [InlineData("uk", "SECRET UK EYES ONLY", "S//REL TO GBR, USA", "OS//REL TO GBR, AUS")]
    [InlineData("uk", "SECRET UK EYES ONLY", "S//REL TO GBR, USA", "OS//UKEO")]
    [InlineData("nato", "NATO UNCLASSIFIED", "NU")]
    [InlineData("nato", "COSMIC TOP SECRET ATOMAL", "NS//ATOMAL", "CTS", "NR")]
    [InlineData("nato", "NATO SECRET RELEASABLE TO AUS", "NS//REL TO AUS, JPN", "NC//REL TO AUS, NZL", "NU")]
    [InlineData("nato", "NATO SECRET", "NS//REL TO AUS", "NC//REL TO JPN")]
    public void Derives_the_banner(string scheme, string banner, params string[] portions) =>
        Assert.Equal(banner, Banner(scheme, portions));

    [Theory]
    [InlineData("us", "S//REL TO GBR, USA, AUS", "(S//REL TO USA, AUS, GBR)")]
    [InlineData("us", "TS//NF", "(TS//NF)")]
    [InlineData("uk", "OS", "(OS)")]
    [InlineData("nato", "CTS//ATOMAL", "(CTS//ATOMAL)")]
    public void Writes_portion_marks_in_canonical_order(string scheme, string mark, string expected)
    {
        var s = SchemeLoader.LoadShipped(scheme);
        Assert.Equal(expected, s.PortionMark(MarkingParser.Portion(s, mark).Marking!));
    }

    [Theory]
    [InlineData("us", "X", "`X` is not a level of the United States scheme")]
    [InlineData("us", "S//NOFORN", "`NOFORN` is not a control of the United States scheme")]
    [InlineData("us", "S//NF//NF", "`NF` is given twice")]
    [InlineData("us", "S//REL TO", "is not a control")]
    [InlineData("us", "S//REL TO 12", "needs a list of country codes")]
    [InlineData("us", "s//nf", "marks are written in capitals: `(S//NF)`")]
    [InlineData("us", "", "the mark is empty")]
    [InlineData("uk", "OFFICIAL", "`OFFICIAL` is not a level of the United Kingdom scheme")]
    [InlineData("nato", "NS//", "an empty control after `//`")]
    public void Refuses_marks_with_the_reason(string scheme, string mark, string problem)
    {
        var result = MarkingParser.Portion(SchemeLoader.LoadShipped(scheme), mark);
        Assert.Null(result.Marking);
        Assert.Contains(problem, result.Problem);
    }

    [Theory]
    [InlineData("us", "SECRET//REL TO USA, GBR")]
    [InlineData("uk", "OFFICIAL-SENSITIVE UK EYES ONLY")]
    [InlineData("uk", "TOP SECRET")]
    [InlineData("nato", "NATO SECRET RELEASABLE TO AUS, JPN")]
    public void Reads_banners_back(string scheme, string banner)
    {
        var s = SchemeLoader.LoadShipped(scheme);
        Assert.Equal(banner, s.BannerText(MarkingParser.Banner(s, banner).Marking!));
    }
}
