using Briefing.FactSheets.Format;

namespace Briefing.FactSheets.Markings;

/// <summary>The format of a marking scheme file, checked by the same validator as fact sheets.</summary>
internal static class SchemeFormat
{
    private static readonly ScalarShape Text = new(ScalarRule.Text);
    private static readonly ScalarShape Bool = new(ScalarRule.Bool);

    private static readonly MapShape Level = new("level", [
        new("portion", Text, "Spelling in a portion mark, inside the parentheses: `S`.", Required: true),
        new("banner", Text, "Spelling in the banner: `SECRET`.", Required: true),
        new("open", Bool, "Portions at this level do not limit release (unclassified).", Default: "false"),
        new("indicator", new ScalarShape(ScalarRule.OneOf("authority", "cui")),
            "The block the first page carries at this level: `authority` (who classified it, until when) or `cui` (CUI designation)."),
    ]);

    private static readonly MapShape Control = new("control", [
        new("portion", Text, "Spelling in a portion mark: `NF`, `REL TO`.", Required: true),
        new("banner", Text, "Spelling in the banner: `NOFORN`, `REL TO`.", Required: true),
        new("release", Bool, "A release list (`REL TO USA, GBR`): lists of the portions are intersected.", Default: "false"),
        new("excludes_release", Bool, "A restrictive control that forbids any release (NOFORN): the release list is dropped.", Default: "false"),
        new("first", Text, "For a release list: the country always named first."),
        new("when_none", Text, "For a release list: the portion spelling of the control the banner gets when no other country is left."),
    ]);

    public static readonly MapShape Root = new("marking scheme", [
        new("name", Text, "Name of the scheme, used in messages.", Required: true),
        new("banner_separator", new ScalarShape(ScalarRule.OneOf("//", " ", " // ")), "What joins the parts of the banner: `//` (the default), a space, or ` // `.", Default: "//"),
        new("levels", new ListShape(Level, MinItems: 1), "The levels, lowest first.", Required: true),
        new("controls", new ListShape(Control), "Dissemination controls, in banner order."),
    ]);
}
