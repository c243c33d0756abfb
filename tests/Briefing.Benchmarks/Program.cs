using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Briefing.Benchmarks;

if (args is ["serve-latency", ..])
{
    return await ServeLatency.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50);
}

var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, new PagesColumn(perSecond: false), new PagesColumn(perSecond: true));
BenchmarkSwitcher.FromAssembly(typeof(Inputs).Assembly).Run(args, config);
return 0;
