namespace Briefing.Document;

/// <summary>A table: the alignment of each column and its rows, header rows first as written.</summary>
public sealed record TableNode(NodeHead Head, IReadOnlyList<ColumnAlign> Columns, IReadOnlyList<TableRowNode> Rows) : BlockNode(Head)
{
    public int HeaderRows => Rows.TakeWhile(r => r.IsHeader).Count();
}
