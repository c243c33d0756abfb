using Briefing.Layout.Elements;

namespace Briefing.Layout;

/// <summary>
/// A run of content laid out on pages of one setup: the document's own, or its landscape turn for a
/// <c>::: landscape</c> section. Each section starts on a new page.
/// </summary>
internal sealed record PageSection(IElement Content, PageSetup Page);
