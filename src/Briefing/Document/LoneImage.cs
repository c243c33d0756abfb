namespace Briefing.Document;

/// <summary>An image a paragraph holds alone (spaces and line breaks aside), which a table cell shows as an image rather than its alt text.</summary>
public static class LoneImage
{
    public static InlineImageNode? In(ParagraphNode paragraph)
    {
        InlineImageNode? image = null;
        foreach (var node in paragraph.Content)
        {
            switch (node)
            {
                case LineBreakNode:
                case TextNode text when string.IsNullOrWhiteSpace(text.Text):
                    continue;
                case InlineImageNode only when image is null:
                    image = only;
                    continue;
                default:
                    return null;
            }
        }
        return image;
    }
}
