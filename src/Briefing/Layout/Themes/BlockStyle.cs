using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>
/// How a kind of block (or a named style) looks. Every property is optional: unset ones come from the
/// style below it (named style over block kind over the theme's base).
/// </summary>
public sealed record BlockStyle
{
    public FontChoice? Font { get; init; }
    public float? Size { get; init; }
    public bool? Bold { get; init; }
    public bool? Italic { get; init; }
    public Rgba? Colour { get; init; }
    public TextAlign? Align { get; init; }
    public float? LineHeight { get; init; }
    public float? SpaceBefore { get; init; }
    public float? SpaceAfter { get; init; }
    public Rgba? Background { get; init; }
    public BorderStyle? Border { get; init; }
    public BorderStyle? BorderLeft { get; init; }
    public BorderStyle? BorderBottom { get; init; }
    public BoxPadding? Padding { get; init; }
    public float? Indent { get; init; }
    public bool? KeepTogether { get; init; }
    public bool? KeepWithNext { get; init; }
    public bool? Underline { get; init; }
    public string? Bullet { get; init; }
    public Rgba? HeaderBackground { get; init; }
    public Rgba? RuleColour { get; init; }
    public float? RuleWidth { get; init; }
    public float? CellPadding { get; init; }
    public IReadOnlyList<Elements.ColumnWidth>? ColumnWidths { get; init; }
    public float? ColumnGap { get; init; }
    public FootnotePlacement? Placement { get; init; }

    public static BlockStyle Empty { get; } = new();

    /// <summary>This style's set properties over <paramref name="basis"/>.</summary>
    public BlockStyle Over(BlockStyle basis) => new()
    {
        Font = Font ?? basis.Font,
        Size = Size ?? basis.Size,
        Bold = Bold ?? basis.Bold,
        Italic = Italic ?? basis.Italic,
        Colour = Colour ?? basis.Colour,
        Align = Align ?? basis.Align,
        LineHeight = LineHeight ?? basis.LineHeight,
        SpaceBefore = SpaceBefore ?? basis.SpaceBefore,
        SpaceAfter = SpaceAfter ?? basis.SpaceAfter,
        Background = Background ?? basis.Background,
        Border = Border ?? basis.Border,
        BorderLeft = BorderLeft ?? basis.BorderLeft,
        BorderBottom = BorderBottom ?? basis.BorderBottom,
        Padding = Padding ?? basis.Padding,
        Indent = Indent ?? basis.Indent,
        KeepTogether = KeepTogether ?? basis.KeepTogether,
        KeepWithNext = KeepWithNext ?? basis.KeepWithNext,
        Underline = Underline ?? basis.Underline,
        Bullet = Bullet ?? basis.Bullet,
        HeaderBackground = HeaderBackground ?? basis.HeaderBackground,
        RuleColour = RuleColour ?? basis.RuleColour,
        RuleWidth = RuleWidth ?? basis.RuleWidth,
        CellPadding = CellPadding ?? basis.CellPadding,
        ColumnWidths = ColumnWidths ?? basis.ColumnWidths,
        ColumnGap = ColumnGap ?? basis.ColumnGap,
        Placement = Placement ?? basis.Placement,
    };

    /// <summary>Only the properties that pass from a block to the text inside it.</summary>
    public BlockStyle TextOnly() => new()
    {
        Font = Font,
        Size = Size,
        Bold = Bold,
        Italic = Italic,
        Colour = Colour,
        Align = Align,
        LineHeight = LineHeight,
        Underline = Underline,
    };

    /// <summary>
    /// Only the table properties: a named style's container passes them to the tables inside it, over the
    /// theme's <c>table</c> block.
    /// </summary>
    public BlockStyle TableOnly() => new()
    {
        HeaderBackground = HeaderBackground,
        RuleColour = RuleColour,
        RuleWidth = RuleWidth,
        CellPadding = CellPadding,
        ColumnWidths = ColumnWidths,
        ColumnGap = ColumnGap,
    };

    /// <summary>What a container passes to the blocks inside it: the text properties and the table properties.</summary>
    public BlockStyle Passed() => TextOnly().Over(TableOnly());
}
