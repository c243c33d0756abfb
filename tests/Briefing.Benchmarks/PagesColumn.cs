using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Briefing.Benchmarks;

/// <summary>A benchmark class whose document has a page count, known after its global setup.</summary>
public interface IPageCounted
{
    int Pages { get; }
}

/// <summary>Marks a benchmark whose one operation produces (or writes) the whole document, so pages per second mean something.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PagesPerOpAttribute : Attribute;

/// <summary>
/// Adds "Pages" and "Pages/s" to the summary. The page count is found in the host process by running the
/// benchmark class's setup once with the case's parameters; timings still come from the measured runs.
/// </summary>
internal sealed class PagesColumn(bool perSecond) : IColumn
{
    private static readonly Dictionary<string, int> Counted = new(StringComparer.Ordinal);

    public string Id => perSecond ? "PagesPerSecond" : "Pages";
    public string ColumnName => perSecond ? "Pages/s" : "Pages";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => perSecond ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => perSecond ? "Pages laid out or written per second (median)" : "Pages in the document";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var method = benchmarkCase.Descriptor.WorkloadMethod;
        if (!method.IsDefined(typeof(PagesPerOpAttribute), inherit: false))
        {
            return "-";
        }

        var pages = PageCount(benchmarkCase);
        if (!perSecond)
        {
            return pages.ToString(CultureInfo.InvariantCulture);
        }

        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return median is > 0 ? (pages / (median.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture) : "?";
    }

    private static int PageCount(BenchmarkCase benchmarkCase)
    {
        var key = benchmarkCase.Descriptor.Type.FullName + "|" + benchmarkCase.Parameters.DisplayInfo;
        lock (Counted)
        {
            if (Counted.TryGetValue(key, out var known))
            {
                return known;
            }

            var instance = Activator.CreateInstance(benchmarkCase.Descriptor.Type)!;
            foreach (var parameter in benchmarkCase.Parameters.Items)
            {
                benchmarkCase.Descriptor.Type.GetProperty(parameter.Name)?.SetValue(instance, parameter.Value);
            }

            benchmarkCase.Descriptor.GlobalSetupMethod?.Invoke(instance, null);
            var pages = ((IPageCounted)instance).Pages;
            benchmarkCase.Descriptor.GlobalCleanupMethod?.Invoke(instance, null);
            Counted[key] = pages;
            return pages;
        }
    }
}
