using System.Diagnostics;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>A fact sheet read from standard input that was closed at start is a usage error at once, never a wait.</summary>
public class ClosedInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    public async Task Reading_a_closed_standard_input_is_refused_at_once(string command)
    {
        using var folder = new TemporaryFolder();
        var output = folder.Combine("out.pdf");
        var extra = command == "render" ? $" --templates '{RepositoryRoot.Combine("templates")}' -o '{output}'" : "";

        // The shell closes descriptor 0 before starting the program, as `briefing render - <&-` does.
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"exec dotnet '{Path.Combine(AppContext.BaseDirectory, "briefing.dll")}' {command} -{extra} <&-");
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        Assert.Equal(2, await ProcessExit.Within(process, HangGuard, "the program waited on a closed standard input"));
        Assert.Contains("<stdin>: error: standard input is closed", await error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
