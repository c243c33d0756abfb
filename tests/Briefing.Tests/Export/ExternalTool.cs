using System.Diagnostics;

namespace Briefing.Tests.Export;

/// <summary>Runs a command-line PDF tool (qpdf, pdftotext); a missing tool fails the test with a clear message.</summary>
internal static class ExternalTool
{
    /// <summary>Writes <paramref name="pdf"/> to a temporary file and runs the tool on it; <c>{pdf}</c> in the arguments is that file.</summary>
    public static (int ExitCode, string Output) RunOnPdf(byte[] pdf, string tool, params string[] arguments)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            return Run(tool, [.. arguments.Select(a => a == "{pdf}" ? path : a)]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The PDF rewritten by qpdf with streams decompressed and no object streams (QDF form), as Latin-1 text, so
    /// tests can look at its objects and content streams as written.
    /// </summary>
    public static string Uncompressed(byte[] pdf)
    {
        var input = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(input, pdf);
            var (exit, messages) = Run("qpdf", "--qdf", "--object-streams=disable", input, output);
            Assert.True(exit == 0, messages);
            return System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(output));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            Assert.Fail($"`{tool}` is not installed, so this check cannot run (apt-get install -y qpdf poppler-utils).");
        }
        var info = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error);
    }
}
