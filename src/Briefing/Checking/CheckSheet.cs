namespace Briefing.Checking;

/// <summary>A generated fact sheet (YAML text) and what it is meant to exercise in a template.</summary>
public sealed record CheckSheet(string Name, string Purpose, string Yaml);
