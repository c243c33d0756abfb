using Briefing.Layout.Pages;

namespace Briefing.Layout.Elements;

/// <summary>Table colours and rules: header fill, horizontal rules between rows.</summary>
internal sealed record TableLook(Rgba? HeaderBackground, Rgba RuleColour, float RuleWidth);
