using System.ComponentModel;
using System.Diagnostics;

namespace Briefing.Cli.Serve;

/// <summary>Opens an address in the user's browser when there is a screen to show it on.</summary>
internal static class BrowserLauncher
{
    /// <returns>False when there is no display or no browser could be started.</returns>
    public static bool TryOpen(Uri address)
    {
        ProcessStartInfo start;
        if (OperatingSystem.IsWindows())
        {
            start = new ProcessStartInfo(address.ToString()) { UseShellExecute = true };
        }
        else if (OperatingSystem.IsMacOS())
        {
            start = new ProcessStartInfo("open", [address.ToString()]);
        }
        else if (HasDisplay())
        {
            start = new ProcessStartInfo("xdg-open", [address.ToString()]);
        }
        else
        {
            return false;
        }

        start.RedirectStandardOutput = !start.UseShellExecute;
        start.RedirectStandardError = !start.UseShellExecute;
        try
        {
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    private static bool HasDisplay() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
}
