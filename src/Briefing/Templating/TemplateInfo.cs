namespace Briefing.Templating;

/// <summary>A template in a templates folder: its name, the first paragraph of its README, and its folder.</summary>
public sealed record TemplateInfo(string Name, string Description, string Directory);
