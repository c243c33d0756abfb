using Briefing.Export;
using Briefing.Layout.Pages;
using Briefing.Templating;

namespace Briefing.Tests.Templating;

/// <summary>Dates in the document's language, in the body and in the running texts of every output.</summary>
public sealed class DateTextTests
{
    [Theory]
    [InlineData("en", "18 February 2025")]
    [InlineData("fr", "18 février 2025")]
    [InlineData("ru", "18 февраля 2025")]
    [InlineData("de", "18. Februar 2025")]
    [InlineData("da", "18. februar 2025")]
    [InlineData("pl", "18 lutego 2025")]
    public void A_day_is_written_as_the_language_writes_it(string language, string expected)
    {
        Assert.Equal(expected, new DateText(language).Date("2025-02-18"));
    }

    [Fact]
    public void The_running_texts_of_html_and_word_write_the_date_in_the_document_s_language()
    {
        var metadata = new DocumentMetadata("Titre", null, null, null, "fr", "DIFFUSION RESTREINTE", new DateTimeOffset(2025, 2, 18, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("DIFFUSION RESTREINTE · 18 février 2025 · {page}", RunningValues.Fill("{classification} · {date} · {page}", metadata));
    }

    [Fact]
    public void A_value_holding_a_placeholder_is_printed_as_it_is()
    {
        var metadata = new DocumentMetadata("Talks {date} {classification}", null, null, null, "en", "SECRET {title}", new DateTimeOffset(2025, 2, 18, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("Talks {date} {classification} | SECRET {title} | 18 February 2025", RunningValues.Fill("{title} | {classification} | {date}", metadata));
    }
}
