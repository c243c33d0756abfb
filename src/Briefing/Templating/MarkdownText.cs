namespace Briefing.Templating;

/// <summary>Markup that the template wrote itself (a literal, an include, a helper's link), printed without escaping.</summary>
internal sealed record MarkdownText(string Value)
{
    public override string ToString() => Value;
}
