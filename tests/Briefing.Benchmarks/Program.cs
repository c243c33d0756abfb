using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Briefing.Benchmarks;

if (args is ["serve-latency", ..])
{
    return await ServeLatency.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50);
}

if (args is ["stage-cpu", ..])
{
    static int Number(string[] args, int at, int otherwise) =>
        args.Length > at ? int.Parse(args[at], System.Globalization.CultureInfo.InvariantCulture) : otherwise;
    return StageCpu.Run(Number(args, 1, 300), Number(args, 2, 300), args.Length > 3 ? args[3] : "memo");
}

var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, new PagesColumn(perSecond: false), new PagesColumn(perSecond: true));
BenchmarkSwitcher.FromAssembly(typeof(Inputs).Assembly).Run(args, config);
return 0;
