using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Briefing.Benchmarks.Inputs).Assembly).Run(args);
