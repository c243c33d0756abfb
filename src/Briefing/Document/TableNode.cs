namespace Briefing.Document;

/// <summary>
/// A table: the alignment of each column and its rows, header rows first as written. <paramref name="GridWidths"/>
/// are the shares of a grid table's columns as drawn (percent, 0 when not known); <paramref name="Widths"/> is the
/// text of a <c>{widths="30% auto"}</c> attribute, if any.
/// </summary>
public sealed record TableNode(NodeHead Head, IReadOnlyList<ColumnAlign> Columns, IReadOnlyList<TableRowNode> Rows,
    IReadOnlyList<float>? GridWidths = null, string? Widths = null) : BlockNode(Head)
{
    public int HeaderRows => Rows.TakeWhile(r => r.IsHeader).Count();
}
