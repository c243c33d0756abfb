using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Briefing.Benchmarks;

var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, new PagesColumn(perSecond: false), new PagesColumn(perSecond: true));
BenchmarkSwitcher.FromAssembly(typeof(Inputs).Assembly).Run(args, config);
