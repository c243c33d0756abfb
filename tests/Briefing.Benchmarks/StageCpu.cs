using System.Globalization;
using System.Runtime.InteropServices;
using Briefing.FactSheets;
using Briefing.Layout;
using Briefing.Markup;
using Briefing.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// The stages of a warm render of the Riyadh brief timed by the CPU time of the thread that runs them, not by the
/// clock: on a machine shared with other work, waiting for a core inflates wall times several fold, and CPU time does
/// not count the wait. The stages run in turn, round after round, so any slowdown touches all of them alike, and the
/// whole (YAML text to PDF bytes) is timed beside them to show what the stages leave out. Linux only.
/// </summary>
internal static class StageCpu
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static int Run(int renders, int warmups, string template)
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("stage-cpu reads the thread's CPU clock, which it does only on Linux.");
            return 1;
        }

        var yaml = File.ReadAllText(Inputs.RiyadhBrief);
        var sheet = Inputs.Riyadh();
        var options = Inputs.Options(template);
        using var renderer = new BriefingRenderer();
        using var fonts = new FontLibrary(options.FontFolders, options.SystemFonts);
        var hyphenators = new Briefing.Text.Hyphenation.Hyphenators();
        var theme = File.Exists(options.TemplateThemePath)
            ? ThemeLoader.Load(options.TemplateThemePath, File.ReadAllText(options.TemplateThemePath)).Theme ?? ThemeLoader.Default
            : ThemeLoader.Default;
        var settled = renderer.Render(sheet, Inputs.RiyadhBrief, options);
        var markdown = settled.Markdown ?? throw new InvalidOperationException("The Riyadh brief does not render.");
        var document = settled.Document ?? throw new InvalidOperationException("The Riyadh brief does not lay out.");
        var sources = settled.Sources(Inputs.RiyadhBrief);
        var layoutOptions = new LayoutOptions($"riyadh.{template}.md", Path.Combine(options.TemplatesDirectory, template));

        var stages = new (string Name, Action Run)[]
        {
            ("load (YAML to fact sheet)", () => FactSheetLoader.Load(Inputs.RiyadhBrief, yaml)),
            ("template, one pass", () => renderer.RenderMarkdown(sheet, Inputs.RiyadhBrief, options)),
            ("document tree", () => TreeBuilder.Build(markdown, sources)),
            ("layout, one pass, with tree", () =>
            {
                using var typesetter = new Typesetter(fonts, hyphenators);
                typesetter.Layout(TreeBuilder.Build(markdown, sources), theme, layoutOptions);
            }),
            ("PDF", () => BriefingRenderer.ToPdf(document)),
            ("render (every pass)", () => renderer.Render(sheet, Inputs.RiyadhBrief, options)),
            ("end to end (YAML to PDF)", () =>
            {
                var loaded = FactSheetLoader.Load(Inputs.RiyadhBrief, yaml);
                BriefingRenderer.ToPdf(renderer.Render(loaded.FactSheet!, Inputs.RiyadhBrief, options).Document!);
            }),
        };

        var times = stages.Select(_ => new List<double>(renders)).ToArray();
        var allocated = new long[stages.Length];
        for (var round = 0; round < warmups + renders; round++)
        {
            for (var i = 0; i < stages.Length; i++)
            {
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadCpuMilliseconds();
                stages[i].Run();
                var spent = ThreadCpuMilliseconds() - start;
                if (round >= warmups)
                {
                    times[i].Add(spent);
                    allocated[i] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Riyadh brief, {template} template: {renders} rounds after {warmups} warm-up, thread CPU time, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
        Console.WriteLine($"| {"stage",-28} | {"median",9} | {"25th pct",9} | {"allocated",10} |");
        Console.WriteLine($"|{new string('-', 30)}|{new string('-', 10)}:|{new string('-', 10)}:|{new string('-', 11)}:|");
        for (var i = 0; i < stages.Length; i++)
        {
            var sorted = times[i].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {stages[i].Name,-28} | {sorted[sorted.Count / 2],6:F2} ms | {sorted[sorted.Count / 4],6:F2} ms | {allocated[i] / renders / 1024,7:N0} KB |"));
        }

        return 0;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static double ThreadCpuMilliseconds()
    {
        if (clock_gettime(ThreadCpuClock, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return (time.Seconds * 1_000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
