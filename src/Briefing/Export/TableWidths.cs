using Briefing.Document;
using Briefing.Layout;
using Briefing.Layout.Elements;

namespace Briefing.Export;

/// <summary>
/// The column widths each table asks for, found as layout finds them: its <c>{widths=..}</c> attribute, the widths a
/// grid table is drawn with, the <c>column-widths</c> of its own named style, of the named container around it, or of
/// the theme's table style. A table that asks for none is left out: its columns are sized by their content.
/// </summary>
internal static class TableWidths
{
    public static IReadOnlyDictionary<int, IReadOnlyList<ColumnWidth>> Of(DocumentTree tree, Theme theme)
    {
        var widths = new Dictionary<int, IReadOnlyList<ColumnWidth>>();
        foreach (var block in tree.Blocks.Concat<BlockNode>(tree.Footnotes))
        {
            Walk(block, theme.Block("table").ColumnWidths, theme, widths);
        }
        return widths;
    }

    private static void Walk(Node node, IReadOnlyList<ColumnWidth>? around, Theme theme, Dictionary<int, IReadOnlyList<ColumnWidth>> widths)
    {
        var named = node.Style.Classes.Select(theme.Named).Select(s => s?.ColumnWidths).FirstOrDefault(w => w is not null) ?? around;
        if (node is TableNode table && (Asked(table) ?? named) is { Count: > 0 } asked && asked.Any(w => !w.IsAuto))
        {
            widths[table.Id] = asked;
        }
        foreach (var child in NodeWalk.Children(node))
        {
            Walk(child, named, theme, widths);
        }
    }

    private static IReadOnlyList<ColumnWidth>? Asked(TableNode table) =>
        table.Widths is { } attribute ? ColumnWidth.ParseList([attribute]).Widths
        : table.GridWidths is { } grid ? grid.Select(w => w > 0 ? new ColumnWidth(null, w / 100) : ColumnWidth.Auto).ToList()
        : null;

    /// <summary>
    /// Each column's width in points within <paramref name="tableWidth"/>: lengths as given, shares of the table, and
    /// what is left split evenly between automatic columns (and columns the list does not reach).
    /// </summary>
    public static float[] Resolve(IReadOnlyList<ColumnWidth> asked, int columns, float tableWidth)
    {
        var resolved = new float[columns];
        var fixedTotal = 0f;
        for (var i = 0; i < columns; i++)
        {
            var width = i < asked.Count ? asked[i] : ColumnWidth.Auto;
            resolved[i] = width.Points ?? (width.Share is { } share ? share * tableWidth : 0);
            fixedTotal += resolved[i];
        }
        var automatic = resolved.Count(w => w == 0);
        var left = Math.Max(0, tableWidth - fixedTotal);
        for (var i = 0; i < columns; i++)
        {
            if (resolved[i] == 0)
            {
                resolved[i] = automatic > 0 ? left / automatic : 0;
            }
        }
        return resolved;
    }
}
