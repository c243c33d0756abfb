using Briefing.Layout;
using Briefing.Layout.Elements;
using Briefing.Layout.Pages;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Briefing.Markup;

/// <summary>Maps a pipe or grid table to a <see cref="Table"/> element: cells padded, header rows styled and repeated.</summary>
internal sealed class TableBuilder(TypesetContext context, StyleSheet styles, DocumentBuilder blocks)
{
    public (IElement Table, float SpaceAfter) Build(Flow flow, Markdig.Extensions.Tables.Table table, BlockStyle inherited, IReadOnlyList<string> classes, int blockId)
    {
        var style = styles.Resolve("table", inherited.TextOnly(), classes, table);
        var headerStyle = styles.Resolve("table-header", style.TextOnly(), [], null);
        var columns = Math.Max(1, table.ColumnDefinitions.Count);
        var rows = new List<TableRowSpec>();
        foreach (var row in table.OfType<TableRow>())
        {
            var captured = row;
            rows.Add(new TableRowSpec(() => Cells(captured, captured.IsHeader ? headerStyle : style, table, columns, style.CellPadding ?? 4, blockId), row.IsHeader));
        }
        var look = new TableLook(style.HeaderBackground, style.RuleColour ?? Rgba.Black, style.RuleWidth ?? 0.5f);
        flow.Space(style.SpaceBefore ?? 0);
        var element = new Layout.Elements.Table(rows, columns, look, context.BodyHeight, new StructureTag(BlockRole.Table, 0, null, blockId));
        return (element, style.SpaceAfter ?? 0);
    }

    private IReadOnlyList<IElement> Cells(TableRow row, BlockStyle style, Markdig.Extensions.Tables.Table table, int columns, float padding, int blockId)
    {
        var cells = new List<IElement>();
        var column = 0;
        foreach (var cell in row.OfType<TableCell>())
        {
            var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : column;
            var align = index < table.ColumnDefinitions.Count ? table.ColumnDefinitions[index].Alignment : null;
            var cellStyle = style with
            {
                Align = align switch
                {
                    TableColumnAlign.Center => TextAlign.Center,
                    TableColumnAlign.Right => TextAlign.Right,
                    TableColumnAlign.Left => TextAlign.Left,
                    _ => style.Align,
                },
                SpaceBefore = 0,
                SpaceAfter = 0,
                Background = null,
                Border = null,
                BorderLeft = null,
                BorderBottom = null,
                Padding = null,
                KeepTogether = null,
            };
            var role = row.IsHeader ? BlockRole.TableHeaderCell : BlockRole.TableCell;
            var content = new Flow();
            foreach (var block in cell)
            {
                if (block is ParagraphBlock paragraph)
                {
                    content.Add(blocks.Paragraph(paragraph.Inline, cellStyle, new StructureTag(role, 0, null, blockId)));
                    content.Space(3);
                }
            }
            cells.Add(new Box(content.ToColumn(), padding, null, null, null, null, new StructureTag(role, 0, null, blockId)));
            column = index + Math.Max(1, cell.ColumnSpan);
        }
        while (cells.Count < columns)
        {
            cells.Add(new Spacer(0));
        }
        return cells;
    }
}
