using Briefing.Layout.Pages;

namespace Briefing.Layout;

/// <summary>A line around (or beside) a box.</summary>
public sealed record BorderStyle(float Width, Rgba Colour);
