using Briefing.Document;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefing.Markup;

/// <summary>Maps a pipe or grid table to a table node: column alignments, header rows, cells with their paragraphs.</summary>
internal static class TableTreeBuilder
{
    public static TableNode Build(TreeBuilder tree, InlineTreeBuilder inlines, Table table, IReadOnlyList<string> classes, string? language)
    {
        var head = tree.Head(table, new StyleKey("table", classes), language);
        var columns = table.ColumnDefinitions.Select(d => d.Alignment switch
        {
            TableColumnAlign.Left => ColumnAlign.Left,
            TableColumnAlign.Center => ColumnAlign.Center,
            TableColumnAlign.Right => ColumnAlign.Right,
            _ => ColumnAlign.Default,
        }).ToList();
        var rows = new List<TableRowNode>();
        // A header row with nothing in it marks a table without a header (as in Pandoc): a pipe table must have one.
        foreach (var row in table.OfType<TableRow>().Where(r => !(r.IsHeader && r.Descendants<Markdig.Syntax.Inlines.Inline>().All(IsBlank))))
        {
            var kind = row.IsHeader ? "table-header" : "table";
            var rowHead = tree.Head(row, StyleKey.Of(kind), language);
            var cells = new List<TableCellNode>();
            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : column;
                var cellHead = tree.Head(cell, StyleKey.Of(kind), TreeBuilder.Language(cell, language));
                var paragraphs = cell.OfType<ParagraphBlock>()
                    .Select(p => new ParagraphNode(tree.Head(p, StyleKey.Of(kind), cellHead.Language), inlines.Build(p.Inline, cellHead.Language)))
                    .ToList();
                cells.Add(new TableCellNode(cellHead, index, Math.Max(1, cell.ColumnSpan), paragraphs));
                column = index + Math.Max(1, cell.ColumnSpan);
            }
            rows.Add(new TableRowNode(rowHead, row.IsHeader, cells));
        }
        var gridWidths = table.ColumnDefinitions.Any(d => d.Width > 0) ? table.ColumnDefinitions.Select(d => d.Width).ToList() : null;
        var widths = table.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "widths").Value;
        return new TableNode(head, columns, rows, gridWidths, widths);
    }

    private static bool IsBlank(Markdig.Syntax.Inlines.Inline inline) =>
        inline is Markdig.Syntax.Inlines.ContainerInline and not Markdig.Syntax.Inlines.LinkInline || (inline is Markdig.Syntax.Inlines.LiteralInline literal && literal.Content.IsEmptyOrWhitespace());
}
