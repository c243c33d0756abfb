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

    [Fact]
    public void Every_two_byte_code_written_into_a_literal_string_reads_back_as_its_two_bytes()
    {
        var bytes = new PdfBytes();
        bytes.Raw("[");
        for (var code = 0; code <= ushort.MaxValue; code++)
        {
            bytes.Raw("(").LiteralCode16(code).Raw(")");
        }
        bytes.Raw("] TJ\n");

        var strings = ContentTokens.Read(Encoding.Latin1.GetString(bytes.Span)).Where(t => t.Kind == ContentTokens.Kind.String).ToList();
        Assert.Equal(65536, strings.Count);
        for (var code = 0; code <= ushort.MaxValue; code++)
        {
            Assert.Equal(new[] { (byte)(code >> 8), (byte)code }, strings[code].Bytes);
        }
        // No line end stands unescaped in a string, where a reader would change it.
        Assert.DoesNotContain((byte)'\r', bytes.Span.ToArray());
    }

    [Theory]
    [InlineData(0x2829, @"\(\)")]
    [InlineData(0x5C0A, @"\\\n")]
    [InlineData(0x0D41, @"\rA")]
    [InlineData(0x0102, "\u0001\u0002")]
    public void A_code_escapes_only_what_a_literal_string_must(int code, string written)
    {
        Assert.Equal(written, Encoding.Latin1.GetString(new PdfBytes().LiteralCode16(code).Span));
    }
}
