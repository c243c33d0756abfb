using System.IO.Compression;
using System.Text;

namespace Briefing.Tests.Serve;

public class ServeDownloadTests
{
    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("html", "text/html")]
    [InlineData("md", "text/markdown")]
    public async Task Downloads_the_document_shown_in_each_format(string format, string type)
    {
        await using var preview = await RunningPreview.Start();

        var response = await Download(preview, format);

        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"riyadh-us-russia-talks.memo.{format}", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = format switch
        {
            "pdf" => Encoding.ASCII.GetString(bytes, 0, 5),
            "docx" => DocumentXml(bytes),
            _ => Encoding.UTF8.GetString(bytes),
        };
        Assert.Contains(format == "pdf" ? "%PDF-" : "Zelensky said his own trip to Saudi Arabia", text);
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        await using var preview = await RunningPreview.Start();
        await Download(preview, "pdf");

        var response = await preview.Client.GetAsync($"/api/download?{preview.Query()}&format=odt");

        Assert.Equal(400, (int)response.StatusCode);
    }

    // The first render may still be running when the server starts; until then a download is refused with 409.
    private static async Task<HttpResponseMessage> Download(RunningPreview preview, string format)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await preview.Client.GetAsync($"/api/download?{preview.Query()}&format={format}");
            if ((int)response.StatusCode != 409 || attempt == 100)
            {
                Assert.Equal(200, (int)response.StatusCode);
                return response;
            }

            await Task.Delay(100);
        }
    }

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}
