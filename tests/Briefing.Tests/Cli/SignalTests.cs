using System.Diagnostics;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Cli;

/// <summary>SIGTERM and SIGINT end the real process with exit 130 wherever it is: in a template, or blocked reading.</summary>
public class SignalTests
{
    private static readonly string Minimal = File.ReadAllText(RepositoryRoot.Combine("tests", "Briefing.Tests", "Briefs", "minimal.yaml"));

    // A hang guard: the process must end long before it, in well under a second after the signal.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_signal_during_a_runaway_template_ends_the_process_with_130(string signal)
    {
        using var folder = new TemporaryFolder();
        var brief = folder.Write("in.yaml", Minimal);
        folder.Write("templates/t/template.sbn", "{{ func f(n); if n > 0; f(n - 1); f(n - 1); end; end; f(60) }}");

        using var process = Start("render", brief, "--templates", folder.Combine("templates"), "--template", "t", "-o", folder.Combine("out.pdf"));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(process.HasExited, "the process ended before the signal");
        await Signal(process, signal);

        Assert.Equal(130, await ExitCode(process));
        Assert.False(File.Exists(folder.Combine("out.pdf")));
    }

    [Fact]
    public async Task A_signal_while_blocked_reading_a_fifo_ends_the_process_with_130()
    {
        using var folder = new TemporaryFolder();
        var fifo = folder.Combine("in.yaml");
        using (var mkfifo = Process.Start("mkfifo", fifo)!)
        {
            await mkfifo.WaitForExitAsync();
        }

        using var process = Start("validate", fifo);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(process.HasExited, "the process ended before the signal");
        await Signal(process, "TERM");

        Assert.Equal(130, await ExitCode(process));
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefing.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    private static async Task Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    private static Task<int> ExitCode(Process process) => ProcessExit.Within(process, HangGuard, "the process did not end after the signal");
}
