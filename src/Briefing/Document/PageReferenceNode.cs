namespace Briefing.Document;

/// <summary>
/// A cross-reference to a heading: layout prints the number of the page the heading with id <see cref="Target"/>
/// starts on, linked to it. Written <c>[](#target){.page}</c> in Markdown, or <c>{{ b.ref "target" }}</c> in a template.
/// </summary>
public sealed record PageReferenceNode(NodeHead Head, string Target) : InlineNode(Head);
