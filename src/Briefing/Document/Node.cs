namespace Briefing.Document;

/// <summary>A node of the document tree.</summary>
public abstract record Node(NodeHead Head)
{
    public int Id => Head.Id;

    public StyleKey Style => Head.Style;

    /// <summary>BCP 47 language tag, from the node's <c>{lang=..}</c> attribute or the document's language.</summary>
    public string? Language => Head.Language;

    public SourceSpan Span => Head.Span;
}

/// <summary>A block: something that stacks vertically.</summary>
public abstract record BlockNode(NodeHead Head) : Node(Head);

/// <summary>A piece of text flow inside a block.</summary>
public abstract record InlineNode(NodeHead Head) : Node(Head);
