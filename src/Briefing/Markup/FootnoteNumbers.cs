using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Briefing.Markup;

/// <summary>
/// Numbers the notes in the order a reader meets them. Reading the text from its start, a note takes the next
/// number at its first reference; the notes its own text cites first are numbered right after it, in the order it
/// cites them (and theirs after each of them), before the reading of the text goes on. A note reached from no
/// reference of the text has no number: it is never cited, even if a note nobody cites mentions it.
/// </summary>
/// <remarks>
/// Markdig numbers notes as it parses, and it reaches the notes' own text only after the whole text, so a note
/// cited in a note came after every note of the text. Its numbers are left alone; the tree takes these.
/// </remarks>
internal static class FootnoteNumbers
{
    public static Dictionary<Footnote, int> Of(MarkdownDocument document)
    {
        var numbers = new Dictionary<Footnote, int>();
        // A reference is linked only to a note that is defined, and the notes are gathered in a group at the end: a
        // text without one cites none, and its inlines need no walk.
        if (!document.OfType<FootnoteGroup>().Any())
        {
            return numbers;
        }
        void Visit(IEnumerable<FootnoteLink> links)
        {
            foreach (var link in links)
            {
                if (link.IsBackLink || link.Footnote is not { } note || !numbers.TryAdd(note, numbers.Count + 1))
                {
                    continue;
                }
                Visit(note.Descendants<FootnoteLink>());
            }
        }
        // Markdig's Descendants of a leaf block leave out its inlines; the document's take in all, the notes' own too.
        var inNotes = document.OfType<FootnoteGroup>().SelectMany(g => g.Descendants<FootnoteLink>()).ToHashSet();
        Visit(document.Descendants<FootnoteLink>().Where(l => !inNotes.Contains(l)));
        return numbers;
    }
}
