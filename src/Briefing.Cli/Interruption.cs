using System.Runtime.InteropServices;

namespace Briefing.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM: the first asks the command to stop cleanly through the cancellation token; if it has
/// not ended within <see cref="Grace"/> (blocked reading a FIFO or standard input, deep in a native call), the process
/// ends with <see cref="ExitCode.Cancelled"/> anyway. A second signal ends it at once.
/// </summary>
/// <remarks>
/// Outputs are written by renaming a finished temporary file, so ending the process at any point leaves every
/// output either as it was or whole.
/// </remarks>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long a cancelled command may take to stop on its own; well under the second users wait for.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(400);

    private readonly CancellationTokenSource cancellation = new();
    private readonly TextWriter error;
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;
    private int signals;

    public Interruption(TextWriter error)
    {
        this.error = error;
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => cancellation.Token;

    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (Interlocked.Increment(ref signals) > 1)
        {
            Environment.Exit(ExitCode.Cancelled);
        }

        // A thread of its own: the thread pool may be busy with a parallel build and start a timer late.
        new Thread(() =>
        {
            Thread.Sleep(Grace);
            error.WriteLine("cancelled");
            Environment.Exit(ExitCode.Cancelled);
        })
        { IsBackground = true, Name = "cancellation deadline" }.Start();
        cancellation.Cancel();
    }
}
