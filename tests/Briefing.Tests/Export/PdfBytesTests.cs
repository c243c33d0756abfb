using System.Text;
using Briefing.Export.Pdf;

namespace Briefing.Tests.Export;

public sealed class PdfBytesTests
{
    [Fact]
    public void A_rented_buffer_keeps_everything_written_as_it_grows_past_what_was_rented()
    {
        var bytes = PdfBytes.Rent(16);
        var expected = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            bytes.Int(i).Space().Real(i / 8.0).Line();
            expected.Append(i).Append(' ').Append((i / 8.0).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        Assert.Equal(expected.ToString(), Encoding.ASCII.GetString(bytes.ToArray()));
        bytes.Return();
        Assert.Equal(0, bytes.Length);
    }

    [Fact]
    public void A_buffer_given_back_twice_goes_back_once()
    {
        var bytes = PdfBytes.Rent(64);
        bytes.Raw("abc");
        bytes.Return();
        bytes.Return();

        // The pool hands out distinct arrays afterwards: a second return would have put one array in it twice.
        var first = PdfBytes.Rent(64).Raw("first");
        var second = PdfBytes.Rent(64).Raw("second");
        Assert.Equal("first", Encoding.ASCII.GetString(first.Span));
        Assert.Equal("second", Encoding.ASCII.GetString(second.Span));
    }
}
