using Briefing.Cli;

var terminal = Terminal.FromConsole();
using var interruption = new Interruption(terminal.Error);
return BriefingApp.Run(args, terminal, interruption.Token);
