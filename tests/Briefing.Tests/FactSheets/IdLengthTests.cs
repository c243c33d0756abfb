using Briefing.FactSheets;

namespace Briefing.Tests.FactSheets;

/// <summary>An id names the output files (<c>ID.TEMPLATE.pdf</c>), so it is refused at its line when no file name could hold it.</summary>
public class IdLengthTests
{
    [Fact]
    public void An_id_of_a_hundred_characters_is_valid()
    {
        var text = SampleSheets.Minimal.Replace("id: example-talks", "id: " + new string('a', 100), StringComparison.Ordinal);

        Assert.True(FactSheetLoader.Load(DiagnosticAssert.File, text).Succeeded);
    }

    [Fact]
    public void A_longer_id_is_an_error_at_its_line_naming_the_limit()
    {
        var text = SampleSheets.Minimal.Replace("id: example-talks", "id: " + new string('a', 300), StringComparison.Ordinal);

        var result = FactSheetLoader.Load(DiagnosticAssert.File, text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 5), (error.Line, error.Column));
        Assert.Contains("at most 100 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("it has 300 characters", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void New_refuses_an_id_the_format_would_refuse()
    {
        using var folder = new Infrastructure.TemporaryFolder();

        var run = Cli.CliRun.Of("new", new string('a', 101), "--folder", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("at most 100 characters", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }
}
