using Briefing.Diagnostics;
using Briefing.FactSheets;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.FactSheets.Provenance;

/// <summary>Quotes checked against the saved text of their source, with a source text written for these tests.</summary>
public class QuoteProvenanceTests
{
    // Curly quotation marks, an en dash and a line break inside a sentence, as saved articles have them.
    private const string Source = """
        The harbour talks opened on Monday. “We will not sign anything that
        divides the island,” the mayor said – adding that the ferry “must keep running”.
        Officials said the next round could take place in spring.

        """;

    private static string Sheet(string quoteText, string? source = "report", string file = "report.txt") => $$"""
        schema: briefing/v1.1
        id: harbour
        title: Harbour talks
        date: 2025-03-01
        event:
          name: Harbour talks
          date: 2025-03-03
          venue: { city: Valletta, country: Malta }
        summary:
          - The talks opened.
        parties:
          - id: town
            name: Town
            position:
              summary: Keeps the ferry.
            quotes:
              - text: {{quoteText}}
                by: The mayor
        {{(source is null ? "" : $"        source: {source}\n")}}sources:
          - { id: report, title: Harbour report, file: {{file}} }

        """;

    private static LoadResult Load(string sheet, bool strict = false, bool writeSource = true)
    {
        using var folder = new TemporaryFolder();
        if (writeSource) folder.Write("report.txt", Source);
        return FactSheetLoader.Load(folder.Combine("harbour.yaml"), sheet, new LoadOptions(Strict: strict));
    }

    private static string Only(LoadResult result) =>
        Assert.Single(result.Diagnostics).ToString()[(result.Diagnostics[0].File.Length + 1)..];

    [Theory]
    [InlineData("\"We will not sign anything that divides the island,\"")]
    [InlineData("'must keep running'")]
    [InlineData("\"the mayor said - adding that the ferry\"")]
    [InlineData("\"the mayor said — adding that the ferry\"")]
    [InlineData("\"the ferry \\\"must keep running\\\"\"")]
    [InlineData("\"We will not sign anything … divides the island\"")]
    public void A_verbatim_quote_passes_whatever_its_quotation_marks_dashes_and_line_breaks(string quote)
    {
        var result = Load(Sheet(quote));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_paraphrase_is_a_warning_with_the_closest_passage_and_how_it_differs()
    {
        var result = Load(Sheet("We will not sign anything that splits the island."));
        Assert.True(result.Succeeded);
        Assert.Equal(Severity.Warning, result.Diagnostics[0].Severity);
        var text = Only(result);
        Assert.StartsWith("17:15: warning: `parties[0].quotes[0]` does not appear word for word in the text of source `report` (report.txt)", text);
        Assert.Contains("closest passage: “\"We will not sign anything that divides the island,\"”", text);
        Assert.Contains("the quote has `We` where the source has `\"We`", text);
        Assert.Contains("has `splits` where the source has `divides`; has `island.` where the source has `island,\"`", text);
    }

    [Fact]
    public void Strict_makes_a_paraphrase_an_error()
    {
        var result = Load(Sheet("The ferry must keep running."), strict: true);
        Assert.False(result.Succeeded);
        Assert.StartsWith("17:15: error: `parties[0].quotes[0]` does not appear word for word", Only(result));
    }

    [Fact]
    public void Case_and_words_count()
    {
        Assert.Single(Load(Sheet("\"we will not sign anything\"")).Diagnostics);
        Assert.Single(Load(Sheet("\"officials said the next round could take place\"")).Diagnostics);
    }

    [Fact]
    public void A_quote_without_a_source_is_an_error_in_version_1_1()
    {
        var result = Load(Sheet("\"must keep running\"", source: null));
        Assert.Equal("17:9: error: `parties[0].quotes[0]` cites no source (every quote names the source it comes from: add `source:` with an id from `sources`)", Only(result));
        var v1 = Sheet("\"must keep running\"", source: null).Replace("briefing/v1.1", "briefing/v1").Replace(", file: report.txt", "");
        Assert.True(Load(v1).Succeeded);
    }

    [Fact]
    public void A_missing_source_file_is_an_error_at_its_name()
    {
        var result = Load(Sheet("\"must keep running\""), writeSource: false);
        Assert.StartsWith("21:48: error: cannot read the text of source `report`: no such file", Only(result));
        var outside = Load(Sheet("\"must keep running\"", file: "../report.txt"));
        Assert.Contains("`sources[0].file` must be a relative path", Only(outside));
    }
}
