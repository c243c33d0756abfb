namespace Briefing.Document;

/// <summary>
/// A bulleted or numbered list. <see cref="Start"/> is the first number and <see cref="Delimiter"/> the character
/// after it (<c>.</c> or <c>)</c>) of an ordered list; a loose list has blank lines between its items.
/// </summary>
public sealed record ListNode(NodeHead Head, bool Ordered, int Start, char Delimiter, bool Loose, IReadOnlyList<ListItemNode> Items) : BlockNode(Head);
