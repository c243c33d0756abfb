using Briefing.Document;

namespace Briefing.Export.Docx;

/// <summary>
/// How the notes become Word footnotes. Word numbers its footnotes by their references in the main text, and a
/// footnote cannot cite another (Word and LibreOffice refuse such a file). So a note cited only inside notes is set
/// inside the Word footnote of the note of the text that leads to it, after that note; and when Word's own count
/// would give any note another number than the document's, every mark is written out as the document numbers it.
/// </summary>
/// <param name="WrittenMarks">True when the marks carry their numbers as text instead of Word's count.</param>
/// <param name="Footnotes">Each Word footnote: a note cited in the text, and the notes cited only inside notes it carries.</param>
internal sealed record DocxNotePlan(bool WrittenMarks, IReadOnlyList<(FootnoteNode Note, IReadOnlyList<FootnoteNode> Carried)> Footnotes)
{
    public static DocxNotePlan Of(DocumentTree tree)
    {
        var inText = tree.Blocks.SelectMany(NodeWalk.Self).OfType<FootnoteReferenceNode>().Select(r => r.Number).Distinct().ToList();
        var own = inText.ToHashSet();
        var written = !inText.SequenceEqual(tree.Footnotes.Select(n => n.Number));
        // The lowest-numbered note citing a note has a lower number than it (notes are numbered as they are reached),
        // so following citers back ends at a note of the text.
        int Host(int number) =>
            tree.Footnotes.First(n => n.Number != number && NodeWalk.Self(n).OfType<FootnoteReferenceNode>().Any(r => r.Number == number)).Number
                is var citer && own.Contains(citer) ? citer : Host(citer);
        var carried = tree.Footnotes.Where(n => !own.Contains(n.Number)).ToLookup(n => Host(n.Number));
        var footnotes = tree.Footnotes.Where(n => own.Contains(n.Number))
            .Select(n => (n, (IReadOnlyList<FootnoteNode>)carried[n.Number].ToList())).ToList();
        return new DocxNotePlan(written, footnotes);
    }
}
