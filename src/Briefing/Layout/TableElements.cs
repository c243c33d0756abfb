using Briefing.Document;
using Briefing.Layout.Elements;
using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>Maps a table node to a <see cref="Table"/> element: cells padded, header rows styled and repeated.</summary>
internal sealed class TableElements(TypesetContext context, StyleSheet styles, ElementBuilder blocks)
{
    public (IElement Table, float SpaceAfter) Build(Flow flow, TableNode table, BlockStyle inherited, StructureTag tableTag)
    {
        var style = styles.Resolve("table", inherited.TextOnly(), table.Style.Classes, table.Span);
        var headerStyle = styles.Resolve("table-header", style.TextOnly(), [], null);
        var columns = Math.Max(1, table.Columns.Count);
        var rows = new List<TableRowSpec>();
        foreach (var row in table.Rows)
        {
            // Tags are made once here: header rows are built again for every page and must keep their identity.
            var rowTag = blocks.Tag(BlockRole.TableRow, row, parent: tableTag);
            var cellTags = row.Cells.Select(c => blocks.Tag(row.IsHeader ? BlockRole.TableHeaderCell : BlockRole.TableCell, c, parent: rowTag)).ToArray();
            rows.Add(new TableRowSpec(() => Cells(row, row.IsHeader ? headerStyle : style, table, columns, style.CellPadding ?? 4, cellTags), row.IsHeader));
        }
        var look = new TableLook(style.HeaderBackground, style.RuleColour ?? Rgba.Black, style.RuleWidth ?? 0.5f);
        flow.Space(style.SpaceBefore ?? 0);
        var element = new Table(rows, columns, look, context.BodyHeight);
        return (element, style.SpaceAfter ?? 0);
    }

    private IReadOnlyList<IElement> Cells(TableRowNode row, BlockStyle style, TableNode table, int columns, float padding, StructureTag[] tags)
    {
        var cells = new List<IElement>();
        foreach (var cell in row.Cells)
        {
            var align = cell.Column < table.Columns.Count ? table.Columns[cell.Column] : ColumnAlign.Default;
            var cellStyle = style with
            {
                Align = align switch
                {
                    ColumnAlign.Center => TextAlign.Center,
                    ColumnAlign.Right => TextAlign.Right,
                    ColumnAlign.Left => TextAlign.Left,
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
            var tag = tags[cells.Count];
            var content = new Flow();
            foreach (var paragraph in cell.Content)
            {
                content.Add(blocks.Paragraph(paragraph.Content, cellStyle, tag));
                content.Space(3);
            }
            cells.Add(new Box(content.ToColumn(), padding, null, null, null, null));
        }
        while (cells.Count < columns)
        {
            cells.Add(new Spacer(0));
        }
        return cells;
    }
}
