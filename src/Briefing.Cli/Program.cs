using System.Runtime.InteropServices;
using Briefing.Cli;

using var cancellation = new CancellationTokenSource();
// The first Ctrl+C (or SIGTERM) asks the command to stop between stages, so no output is left half-written;
// a second Ctrl+C ends the process at once.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return BriefingApp.Run(args, Terminal.FromConsole(), cancellation.Token);
