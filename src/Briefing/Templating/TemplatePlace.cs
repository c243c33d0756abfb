namespace Briefing.Templating;

/// <summary>A line of a template or partial, the file named as the user gave the templates folder; 1-based.</summary>
public sealed record TemplatePlace(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
