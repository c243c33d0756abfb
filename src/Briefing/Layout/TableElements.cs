using Briefing.Document;
using Briefing.Layout.Elements;
using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>Maps a table node to a <see cref="Table"/> element: cells padded, header rows styled and repeated.</summary>
internal sealed class TableElements(TypesetContext context, StyleSheet styles, ElementBuilder blocks)
{
    public (IElement Table, float SpaceAfter) Build(Flow flow, TableNode table, BlockStyle inherited, StructureTag tableTag)
    {
        var style = styles.Resolve("table", inherited.TextOnly(), table.Style.Classes, table.Span, inherited.TableOnly());
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
        var padding = style.CellPadding ?? 4;
        // The gap between two columns' text is twice the cell padding, but never less than the column gap.
        var extraGap = Math.Max(0, (style.ColumnGap ?? DefaultColumnGap) - 2 * padding);
        var look = new TableLook(style.HeaderBackground, style.RuleColour ?? Rgba.Black, style.RuleWidth ?? 0.5f, extraGap);
        flow.Space(style.SpaceBefore ?? 0);
        var element = new Table(rows, columns, look, context.BodyHeight, AskedWidths(table, style, columns), tableTag.NodeId);
        return (element, style.SpaceAfter ?? 0);
    }

    /// <summary>The least space between the text of two columns, in points.</summary>
    public const float DefaultColumnGap = 6;

    /// <summary>
    /// The widths asked for the columns: a <c>{widths=..}</c> attribute first, then the widths a grid table is
    /// drawn with, then the style's <c>column-widths</c>; none of them leaves every column automatic.
    /// </summary>
    private IReadOnlyList<ColumnWidth> AskedWidths(TableNode table, BlockStyle style, int columns)
    {
        IReadOnlyList<ColumnWidth>? asked = null;
        var source = "";
        if (table.Widths is { } attribute)
        {
            var (widths, problem) = ColumnWidth.ParseList([attribute]);
            if (problem is not null)
            {
                Warn(table, $"table widths `{attribute}`: {problem}", ColumnWidth.Hint);
            }
            (asked, source) = (widths, "its `widths` attribute");
        }
        if (asked is null && table.GridWidths is { } grid)
        {
            asked = grid.Select(w => w > 0 ? new ColumnWidth(null, w / 100) : ColumnWidth.Auto).ToList();
        }
        if (asked is null && style.ColumnWidths is { } themed)
        {
            (asked, source) = (themed, "the theme's `column-widths`");
        }
        if (asked is null)
        {
            return [];
        }
        if (asked.Count != columns && source.Length > 0)
        {
            Warn(table, $"the table has {columns} columns, but {source} gives {asked.Count} widths",
                asked.Count < columns ? "the columns without a width are sized by their content; give one width per column" : "the extra widths are not used; give one width per column");
        }
        return asked;
    }

    private void Warn(TableNode table, string message, string hint) =>
        context.Diagnostics.Add(new Diagnostics.Diagnostic(context.SourcePath, table.Span.Line, table.Span.Column, Diagnostics.Severity.Warning, message, hint));

    private IElement[] Cells(TableRowNode row, BlockStyle style, TableNode table, int columns, float padding, StructureTag[] tags)
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
                var image = LoneImage.In(paragraph) is { } only ? blocks.CellImage(only, cell.Span, tag, cellStyle.Align ?? TextAlign.Left) : null;
                content.Add(image ?? blocks.Paragraph(paragraph.Content, cellStyle, tag));
                content.Space(3);
            }
            cells.Add(new Box(content.ToColumn(), BoxPadding.All(padding), null, null, null, null));
        }
        while (cells.Count < columns)
        {
            cells.Add(new Spacer(0));
        }
        return [.. cells];
    }
}
