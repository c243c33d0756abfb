using Briefing.Cli;

return BriefingApp.Run(args, Terminal.FromConsole());
