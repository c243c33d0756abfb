using System.Diagnostics;

namespace Briefing.Tests.Infrastructure;

/// <summary>Waits for a started program to end, killing it and failing the test when it outlives a hang guard.</summary>
internal static class ProcessExit
{
    public static async Task<int> Within(Process process, TimeSpan hangGuard, string hangMessage)
    {
        using var guard = new CancellationTokenSource(hangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(hangMessage);
        }

        return process.ExitCode;
    }
}
