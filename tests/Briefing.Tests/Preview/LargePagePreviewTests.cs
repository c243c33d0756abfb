using Briefing.Preview;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Preview;

/// <summary>
/// A page too large for the PNG pixel limit at the resolution the preview or a snapshot wishes for (a legal 200-inch
/// page) is drawn at the highest resolution within the limit, never an internal error.
/// </summary>
public sealed class LargePagePreviewTests
{
    private const string HugePage = "page:\n  width: 14000pt\n  height: 14000pt\n";

    [Fact]
    public async Task The_preview_draws_a_huge_page_within_the_pixel_limit()
    {
        using var folder = new TemporaryFolder();
        var sheet = folder.Write("brief.yaml", File.ReadAllText(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml")));
        var theme = folder.Write("huge.yaml", HugePage);
        using var pool = new RendererPool(1);
        using var session = new PreviewSession(new PreviewInputs(sheet, new RenderOptions(RepositoryRoot.Combine("templates"), "one-pager", theme) { SystemFonts = false }), pool);
        await session.Refresh();
        Assert.Empty(session.Current.Problems);

        var image = await session.PageImage(session.Current.Pages[0].Key, 96)!;

        var (width, height) = PngSize(image);
        Assert.True((long)width * height <= Briefing.Export.PngExporter.PixelLimit, $"{width} x {height}");
        Assert.True(width > 1000, $"{width} x {height}");
    }

    [Fact]
    public void Verify_takes_snapshots_of_a_huge_page()
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml"), folder.Combine("minimal.yaml"));
        Directory.CreateDirectory(folder.Combine("briefs"));
        File.Move(folder.Combine("minimal.yaml"), folder.Combine("briefs", "minimal.yaml"));
        var theme = folder.Write("huge.yaml", HugePage);

        var run = Cli.CliRun.Of("verify", folder.Combine("briefs"), "--templates", RepositoryRoot.Combine("templates"), "--snapshots", folder.Combine("snapshots"),
            "--templates-list", "one-pager", "--theme", theme, "--no-system-fonts", "--accept");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var png = File.ReadAllBytes(Directory.GetFiles(folder.Combine("snapshots"), "*.png").First());
        var (width, height) = PngSize(png);
        Assert.True((long)width * height <= Briefing.Export.PngExporter.PixelLimit, $"{width} x {height}");
    }

    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
