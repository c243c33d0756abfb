using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>
/// Table colours and rules: header fill, horizontal rules between rows; <paramref name="ExtraGap"/> is the space
/// added between columns beyond the cells' own padding.
/// </summary>
internal sealed record TableLook(Rgba? HeaderBackground, Rgba RuleColour, float RuleWidth, float ExtraGap = 0);
