using System.IO.Compression;
using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Layout;

/// <summary>
/// An image file is read as what it holds and no more: an SVG that points outside itself, an SVG whose entities
/// expand without end, and a PNG whose header claims more pixels than memory holds are each a warning at the image
/// (an error at the theme line for a header image), never a file read from elsewhere or an internal error.
/// </summary>
public class HostileImageTests
{
    private const string Outside = "Picture kept outside the folder";

    [Theory]
    [InlineData("<image xlink:href=\"file:///{0}\" width=\"8\" height=\"8\"/>", "file:///")]
    [InlineData("<image href=\"/{0}\" width=\"8\" height=\"8\"/>", "/")]
    [InlineData("<image href=\"http://127.0.0.1:9/x.png\" width=\"8\" height=\"8\"/>", "http://127.0.0.1:9/x.png")]
    [InlineData("<style>@import url(http://127.0.0.1:9/a.css);</style><rect width=\"8\" height=\"8\"/>", "http://127.0.0.1:9/a.css")]
    [InlineData("<rect style=\"fill: url('file:///{0}')\" width=\"8\" height=\"8\"/>", "file:///")]
    public void An_svg_that_refers_outside_itself_is_not_drawn(string content, string named)
    {
        using var folder = new TemporaryFolder();
        var secret = folder.Write("outside/secret.png", Outside).TrimStart('/');
        folder.Write("doc/refers.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"8\" height=\"8\">"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, content, secret) + "</svg>");

        var result = Render.Layout("![Seal](refers.svg)\n", baseDirectory: folder.Combine("doc"));

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("refers.svg", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains($"refers to `{named}", warning.Message, StringComparison.Ordinal);
        Assert.Empty(result.Document!.Pages[0].Items.OfType<ImageItem>());
    }

    [Fact]
    public void An_svg_with_fragments_and_data_uris_is_drawn()
    {
        using var folder = new TemporaryFolder();
        folder.Write("inside.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><defs><linearGradient id=\"g\"/></defs>"
            + "<rect fill=\"url(#g)\" style=\"fill: url('#g')\" width=\"8\" height=\"8\"/><use href=\"#g\"/><image href=\"data:image/png;base64,AAAA\" width=\"1\" height=\"1\"/></svg>");

        var result = Render.Layout("![Seal](inside.svg)\n", baseDirectory: folder.Path);

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("inside.svg", StringComparison.Ordinal));
        Assert.Single(result.Document!.Pages[0].Items.OfType<ImageItem>());
    }

    [Fact]
    public void An_svg_whose_entities_expand_without_end_is_a_warning_not_an_internal_error()
    {
        using var folder = new TemporaryFolder();
        var entities = string.Concat(Enumerable.Range(1, 7).Select(i => $"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">"));
        folder.Write("laughs.svg", $"<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e0 \"ha\">{entities}]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><text>&e7;</text></svg>");

        var result = Render.Layout("![Seal](laughs.svg)\n", baseDirectory: folder.Path);

        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("laughs.svg", StringComparison.Ordinal));
        Assert.Contains("is not a readable SVG file", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_png_that_claims_too_many_pixels_is_an_error_at_its_theme_line()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllBytes(folder.Combine("bomb.png"), Png(60_000, 60_000));

        var result = ThemeLoader.Load(folder.Combine("theme.yaml"), "header:\n  left: { image: bomb.png, height: 10mm }\n");

        Assert.Null(result.Theme);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 18), (error.Line, error.Column));
        Assert.Contains("60,000 × 60,000 pixels, more than the limit of 64,000,000 pixels", error.Message, StringComparison.Ordinal);
    }

    // A valid PNG header and one small compressed row: what a decompression bomb looks like before it is decoded.
    private static byte[] Png(int width, int height)
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            var length = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(data.Length);
            var crc = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(Crc32(typed));
            return BitConverter.GetBytes(length).Concat(typed).Concat(BitConverter.GetBytes(crc)).ToArray();
        }

        static uint Crc32(byte[] bytes)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                crc ^= b;
                for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }

            return ~crc;
        }

        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1;
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[(width / 8) + 1]);
        }

        return [.. new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }
}
