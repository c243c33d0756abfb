using Briefing.Tests.Layout;
using Briefing.Text.Bidi;
using UglyToad.PdfPig;

namespace Briefing.Tests.Text;

/// <summary>Text a viewer shows on its own closes every embedding, override and isolate it opens.</summary>
public class BidiScopeTests
{
    [Theory]
    [InlineData("Talks in Riyadh", "Talks in Riyadh")]
    [InlineData("Invoice \u202Efdp.exe", "Invoice \u202Efdp.exe\u202C")]
    [InlineData("a \u202Bb \u202Dc", "a \u202Bb \u202Dc\u202C\u202C")]
    [InlineData("a \u2067b", "a \u2067b\u2069")]
    [InlineData("a \u202Eb\u202C c", "a \u202Eb\u202C c")]
    [InlineData("a \u2066b\u2069 c", "a \u2066b\u2069 c")]
    // A pop of an isolate closes what was opened inside it; a pop of an override does not reach past an isolate.
    [InlineData("a \u2067b \u202Ec\u2069 d", "a \u2067b \u202Ec\u2069 d")]
    [InlineData("a \u202Eb \u2067c\u202C", "a \u202Eb \u2067c\u202C\u2069\u202C")]
    // A pop with nothing open is left as it is and closes nothing.
    [InlineData("a\u202C\u2069 \u202Eb", "a\u202C\u2069 \u202Eb\u202C")]
    public void Closes_what_the_text_leaves_open(string text, string closed)
    {
        Assert.Equal(closed, BidiScope.Closed(text));
    }

    [Fact]
    public void The_pdf_title_and_bookmarks_close_an_override_their_text_opens()
    {
        const string markdown = "---\ntitle: \"Invoice \u202Efdp.exe\"\n---\n\n# Heading \u202Ereversed\n\nText.\n";

        using var pdf = PdfDocument.Open(Render.Pdf(markdown));

        Assert.Equal("Invoice \u202Efdp.exe\u202C", pdf.Information.Title);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal("Heading \u202Ereversed\u202C", Assert.Single(bookmarks.GetNodes()).Title);
    }
}
