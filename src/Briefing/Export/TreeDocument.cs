using Briefing.Document;
using Briefing.Layout;
using Briefing.Layout.Pages;

namespace Briefing.Export;

/// <summary>
/// What the HTML and Word writers read: the document tree, the metadata from its front matter, the theme, and the
/// folder images are read from (none are read when it is null).
/// </summary>
public sealed record TreeDocument(DocumentTree Tree, DocumentMetadata Metadata, Theme Theme, string? ImageDirectory);
