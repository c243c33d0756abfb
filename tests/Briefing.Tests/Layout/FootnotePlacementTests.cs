using System.Globalization;
using System.Runtime.CompilerServices;
using Briefing.Export;
using Briefing.Layout;
using Briefing.Layout.Pages;
using Briefing.Tests.Infrastructure;

namespace Briefing.Tests.Layout;

/// <summary>Footnotes at the foot of the page that cites them; endnotes as a theme option.</summary>
public sealed class FootnotePlacementTests
{
    private static readonly Theme Endnotes = Theme("page: { width: 300, height: 300, margins: 36 }\nheader: none\nfooter: none\nbanner: none\nblocks: { footnotes: { placement: end } }\n");

    private static Theme Theme(string yaml)
    {
        var result = ThemeLoader.Load("theme.yaml", yaml);
        Assert.True(result.Theme is not null, string.Join("\n", result.Diagnostics));
        return result.Theme!;
    }

    private static string Case(string name, [CallerFilePath] string file = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, "Cases", name + ".md"));

    /// <summary>The letters of the note text on the pages, without the numbers, spaces and hyphens of line ends.</summary>
    private static string Letters(IEnumerable<LaidOutPage> pages) =>
        string.Concat(pages.SelectMany(p => p.Items.OfType<GlyphRunItem>()).Where(r => InNote(r.Tag) && r.Tag.Role != BlockRole.Note)
            .Select(r => r.Text)).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    private static bool InNote(StructureTag? tag)
    {
        for (; tag is not null; tag = tag.Parent)
        {
            if (tag.Role == BlockRole.Note)
            {
                return true;
            }
        }
        return false;
    }

    private static int PageOf(LaidOutDocument document, Func<PageItem, bool> match) =>
        document.Pages.ToList().FindIndex(p => p.Items.Any(match));

    private static int ReferencePage(LaidOutDocument document, int number) =>
        PageOf(document, i => i is LinkItem { Destination: var d } && d == "fn-" + number.ToString(CultureInfo.InvariantCulture));

    private static int NotePage(LaidOutDocument document, int number) =>
        PageOf(document, i => i is DestinationItem { Name: var d } && d == "fn-" + number.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The notes on a page line by line, each number with a space before its text. A reference mark inside a note
    /// is raised above its line, so runs within a few points of a line's baseline belong to it.
    /// </summary>
    private static string NoteText(LaidOutPage page)
    {
        var lines = new List<List<GlyphRunItem>>();
        foreach (var run in page.Items.OfType<GlyphRunItem>().Where(r => InNote(r.Tag)).OrderBy(r => r.Baseline))
        {
            if (lines.Count == 0 || run.Baseline - lines[^1][0].Baseline > 5)
            {
                lines.Add([]);
            }
            lines[^1].Add(run);
        }
        return string.Join(" ", lines.Select(l => string.Concat(l.OrderBy(r => r.X).Select(r => r.Tag.Role == BlockRole.Note ? r.Text + " " : r.Text))));
    }

    private static GlyphRunItem Run(LaidOutPage page, string word) =>
        page.Items.OfType<GlyphRunItem>().Single(r => r.Text == word);

    /// <summary>Every note line is below every line of text on its page, and above the bottom margin.</summary>
    private static void AssertNotesBelowText(LaidOutDocument document, float bottom)
    {
        foreach (var (page, index) in document.Pages.Select((p, i) => (p, i)))
        {
            var runs = page.Items.OfType<GlyphRunItem>().ToList();
            var notes = runs.Where(r => InNote(r.Tag)).ToList();
            var text = runs.Where(r => !InNote(r.Tag)).ToList();
            if (notes.Count == 0 || text.Count == 0)
            {
                continue;
            }
            var lowestText = text.Max(r => r.Baseline);
            var highestNote = notes.Min(r => r.Baseline - r.Size);
            Assert.True(lowestText < highestNote, $"page {index + 1}: text at {lowestText} reaches into the notes from {highestNote}");
            Assert.True(notes.Max(r => r.Baseline) <= bottom, $"page {index + 1}: a note runs past the bottom margin");
        }
    }

    [Fact]
    public void A_note_is_set_at_the_foot_of_the_page_that_cites_it()
    {
        var document = Render.Document("# Title\n\nFirst page text.[^n]\n\n\\newpage\n\nSecond page text.\n\n[^n]: The footnote.", TestThemes.Small);
        Assert.Equal(0, ReferencePage(document, 1));
        Assert.Equal(0, NotePage(document, 1));
        var note = Run(document.Pages[0], "footnote.");
        Assert.InRange(note.Baseline, 250, 264);
        Assert.DoesNotContain("footnote", Render.Text(document.Pages[1]), StringComparison.Ordinal);
        // A short rule, as in TeX, separates the note from the text.
        var rule = Assert.Single(document.Pages[0].Items.OfType<RuleItem>());
        Assert.InRange(rule.X2 - rule.X1, 60, 100);
        Assert.InRange(rule.Y1, 200, note.Baseline - note.Size);
    }

    [Fact]
    public void A_line_near_the_foot_whose_note_does_not_fit_moves_to_the_next_page_with_it()
    {
        var text = Case("008-footnote-near-page-foot");
        var document = Render.Document(text, TestThemes.Small);
        Assert.Equal(1, ReferencePage(document, 1));
        Assert.Equal(1, NotePage(document, 1));
        Assert.StartsWith("The line that cites", Render.Text(document.Pages[1]), StringComparison.Ordinal);
        // Without its note the same line stays on the first page: the note is what moves it.
        var without = Render.Document(text.Replace("[^near]", "", StringComparison.Ordinal), TestThemes.Small);
        Assert.Contains("The line that cites", Render.Text(without.Pages[0]), StringComparison.Ordinal);
        AssertNotesBelowText(document, 264);
    }

    [Fact]
    public void A_note_too_long_for_the_page_continues_at_the_foot_of_the_next_before_its_own_notes()
    {
        var text = Case("009-footnote-too-long");
        var document = Render.Document(text, TestThemes.Small);
        Assert.Equal(0, ReferencePage(document, 1));
        Assert.Equal(0, NotePage(document, 1));
        Assert.Equal(1, ReferencePage(document, 2));
        var first = NoteText(document.Pages[0]);
        var second = NoteText(document.Pages[1]);
        Assert.StartsWith("1. This note goes on and on.", first, StringComparison.Ordinal);
        Assert.EndsWith("each meeting was held in. 2. The second page’s own note.", second, StringComparison.Ordinal);
        // Nothing of the notes is lost or repeated across the break.
        var notes = text[text.IndexOf("[^long]: ", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[(l.IndexOf(' ') + 1)..]);
        Assert.Equal(string.Concat(notes).Replace(" ", "", StringComparison.Ordinal).Replace("'", "’", StringComparison.Ordinal), Letters(document.Pages));
        // The continued note hangs below a rule across the whole measure; the first page's rule is short.
        Assert.Equal(228, document.Pages[1].Items.OfType<RuleItem>().Single().X2 - 36, 1);
        Assert.True(document.Pages[0].Items.OfType<RuleItem>().Single().X2 - 36 < 100);
        AssertNotesBelowText(document, 264);
    }

    /// <summary>The blank space between the lowest line of text on a page and its notes (or its bottom margin).</summary>
    private static float Blank(LaidOutPage page, float bottom)
    {
        var runs = page.Items.OfType<GlyphRunItem>().ToList();
        var text = runs.Where(r => !InNote(r.Tag)).Select(r => r.Baseline).DefaultIfEmpty(36).Max();
        var notes = runs.Where(r => InNote(r.Tag)).Select(r => r.Baseline - r.Size).DefaultIfEmpty(bottom).Min();
        return notes - text;
    }

    [Fact]
    public void A_page_holding_a_continued_note_is_filled_with_text_and_the_note_ends_in_the_room_left()
    {
        var document = Render.Document(Case("012-footnote-continued-page-filled"), TestThemes.Small);
        Assert.Equal(0, NotePage(document, 1));
        Assert.Contains("The second paragraph", Render.Text(document.Pages[1]), StringComparison.Ordinal);
        // The text above the continued note stops only where the next line's own note would have to precede the
        // end of the continued one; the continued note takes the rest of the page instead of half of it.
        Assert.EndsWith("could not be checked and says why.", NoteText(document.Pages[1]), StringComparison.Ordinal);
        Assert.Equal("2. The short note.", NoteText(document.Pages[2]));
        Assert.InRange(Blank(document.Pages[1], 264), 0, 40);
        AssertNotesBelowText(document, 264);
    }

    [Fact]
    public void A_note_too_long_for_the_page_cited_in_a_paragraph_second_line_starts_below_it()
    {
        var result = Render.Layout(Case("013-footnote-too-long-cited-by-second-line"), TestThemes.Small);
        Assert.Empty(result.Diagnostics);
        var document = result.Document!;
        Assert.Equal(0, ReferencePage(document, 1));
        Assert.Equal(0, NotePage(document, 1));
        Assert.InRange(Blank(document.Pages[0], 264), 0, 30);
        AssertNotesBelowText(document, 264);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(32)]
    public void No_page_before_the_last_is_left_far_emptier_than_its_notes_need(int seed)
    {
        var (markdown, _) = RandomNotes(seed, longNoteOneIn: 3, longNoteWords: 300);
        var document = Render.Document(markdown, TestThemes.Small);
        // A line that moves on with its note leaves room for both: a few lines, never some 40% of the page.
        for (var page = 0; page < document.Pages.Count - 1; page++)
        {
            Assert.True(Blank(document.Pages[page], 264) < 95, $"page {page + 1} is {Blank(document.Pages[page], 264):F0} pt blank above its notes");
        }
        AssertNotesBelowText(document, 264);
    }

    [Fact]
    public void A_note_cited_in_a_table_cell_is_set_at_the_foot_of_the_page_of_its_row()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 30).Select(i => i == 18 ? $"| Row {i} | Cited.[^cell] |" : $"| Row {i} | Value {i} |"));
        var document = Render.Document($"| Name | Value |\n|---|---|\n{rows}\n\n[^cell]: The note cited from a table cell.", TestThemes.Small);
        var rowPage = PageOf(document, i => i is GlyphRunItem r && r.Text.Contains("Cited.", StringComparison.Ordinal));
        Assert.True(rowPage > 0, "the cited row is on a later page of the table");
        Assert.Equal(rowPage, ReferencePage(document, 1));
        Assert.Equal(rowPage, NotePage(document, 1));
        Assert.Equal("1. The note cited from a table cell.", NoteText(document.Pages[rowPage]));
        AssertNotesBelowText(document, 264);
    }

    [Fact]
    public void Two_notes_cited_on_one_line_are_both_set_below_it_in_order()
    {
        var document = Render.Document("One line cites two notes,[^a] one after the other.[^b]\n\n[^a]: The first note.\n[^b]: The second note.", TestThemes.Small);
        Assert.Single(document.Pages);
        Assert.Equal("1. The first note. 2. The second note.", NoteText(document.Pages[0]));
        var notes = document.Pages[0].Items.OfType<GlyphRunItem>().Where(r => InNote(r.Tag)).Select(r => r.Baseline).Distinct().Order().ToList();
        Assert.Equal(2, notes.Count);
        Assert.True(notes[1] - notes[0] > 8, "the second note is below the first, not over it");
        Assert.Single(document.Pages[0].Items.OfType<RuleItem>());
    }

    [Fact]
    public void A_note_cited_twice_is_set_once_at_its_first_reference()
    {
        var document = Render.Document("Cited here.[^x]\n\n\\newpage\n\nAnd again.[^x]\n\n[^x]: The note.", TestThemes.Small);
        Assert.Equal("1. The note.", NoteText(document.Pages[0]));
        Assert.Equal("", NoteText(document.Pages[1]));
    }

    [Fact]
    public void A_note_cited_inside_a_note_follows_it_at_the_same_foot()
    {
        var document = Render.Document("Text.[^1]\n\n[^1]: Note citing another.[^2]\n\n[^2]: The other.", TestThemes.Small);
        Assert.Single(document.Pages);
        var text = NoteText(document.Pages[0]);
        Assert.Contains("Note citing another.", text, StringComparison.Ordinal);
        Assert.EndsWith("2. The other.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_cited_only_inside_a_note_is_numbered_right_after_it_before_the_next_note_of_the_text()
    {
        var markdown = "Text.[^a] More text.[^b]\n\n[^a]: The first note cites another.[^c]\n\n[^b]: The note of the text.\n\n[^c]: The note cited in a note.";
        var document = Render.Document(markdown, TestThemes.Small);
        Assert.Equal("1. The first note cites another.2 2. The note cited in a note. 3. The note of the text.", NoteText(document.Pages[0]));
        // The marks in the text carry the same numbers and lead to the notes that bear them.
        Assert.StartsWith("Text.1 More text.3", Render.Text(document.Pages[0]), StringComparison.Ordinal);
        var marks = document.Pages[0].Items.OfType<LinkItem>().Select(l => l.Destination).Where(d => d!.StartsWith("fn-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["fn-1", "fn-3", "fn-2"], marks);
        // Each note's number leads back to its mark.
        var backs = document.Pages[0].Items.OfType<LinkItem>().Where(l => l.Destination!.StartsWith("fnref-", StringComparison.Ordinal));
        Assert.Equal(["fnref-1", "fnref-2", "fnref-3"], backs.Select(l => l.Destination));
        var places = document.Pages[0].Items.OfType<DestinationItem>().Where(d => d.Name.StartsWith("fnref-", StringComparison.Ordinal)).Select(d => d.Name);
        Assert.Equal(["fnref-1", "fnref-3", "fnref-2"], places);
        for (var number = 1; number <= 3; number++)
        {
            var name = number.ToString(CultureInfo.InvariantCulture);
            var destination = document.Pages[0].Items.OfType<DestinationItem>().Single(d => d.Name == "fn-" + name);
            var label = document.Pages[0].Items.OfType<GlyphRunItem>().Single(r => r.Tag.Role == BlockRole.Note && r.Text == name + ".");
            Assert.InRange(label.Baseline - destination.Y, 0, 12);
        }
    }

    [Fact]
    public void Endnotes_are_a_theme_option_and_set_all_notes_after_the_text()
    {
        var document = Render.Document("# Title\n\nFirst page text.[^n]\n\n\\newpage\n\nSecond page text.\n\n[^n]: The footnote.", Endnotes);
        Assert.Equal(0, ReferencePage(document, 1));
        Assert.Equal(1, NotePage(document, 1));
        var text = Run(document.Pages[1], "Second");
        var note = Run(document.Pages[1], "footnote.");
        Assert.InRange(note.Baseline - text.Baseline, 10, 60);
    }

    [Fact]
    public void An_unknown_placement_is_an_error_at_its_place_in_the_theme()
    {
        var result = ThemeLoader.Load("theme.yaml", "blocks:\n  footnotes: { placement: bottom }\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Briefing.Diagnostics.Severity.Error);
        Assert.Equal(2, error.Line);
        Assert.Contains("`blocks.footnotes.placement` must be page", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_note_starts_on_the_page_of_its_reference_and_no_note_overlaps_text(int seed)
    {
        var (markdown, notes) = RandomNotes(seed, longNoteOneIn: 5, longNoteWords: 200);
        var document = Render.Document(markdown, TestThemes.Small);
        for (var n = 1; n <= notes.Count; n++)
        {
            Assert.Equal(ReferencePage(document, n), NotePage(document, n));
        }
        AssertNotesBelowText(document, 264);
        Assert.Equal(string.Concat(notes.Select(n => n[(n.IndexOf(' ') + 1)..])).Replace(" ", "", StringComparison.Ordinal), Letters(document.Pages));
    }

    // Forty paragraphs of random words, a third of them citing a note; one note in longNoteOneIn runs to up to
    // longNoteWords words. The notes are returned as written, "[^n]: text".
    private static (string Markdown, List<string> Notes) RandomNotes(int seed, int longNoteOneIn, int longNoteWords)
    {
        var random = new Random(seed);
        var words = "the talks delegation minister agreed statement framework region security trade water energy border".Split(' ');
        string Sentence(int length) => string.Join(" ", Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)])) + ".";
        var body = new List<string>();
        var notes = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var paragraph = Sentence(random.Next(5, 60));
            if (random.Next(3) == 0)
            {
                notes.Add($"[^{notes.Count + 1}]: {Sentence(random.Next(4, random.Next(longNoteOneIn) == 0 ? longNoteWords : 30))}");
                paragraph = paragraph.Insert(random.Next(paragraph.Length - 1) is var at && paragraph.IndexOf(' ', at) is > 0 and var space ? space : paragraph.Length - 1, $"[^{notes.Count}]");
            }
            body.Add(paragraph);
        }
        return (string.Join("\n\n", body) + "\n\n" + string.Join("\n\n", notes), notes);
    }

    [Theory]
    [InlineData("008-footnote-near-page-foot")]
    [InlineData("009-footnote-too-long")]
    [InlineData("010-footnote-in-table")]
    [InlineData("011-two-footnotes-one-line")]
    [InlineData("014-footnote-cited-in-a-note")]
    public void Footnote_pages_look_as_reviewed(string name)
    {
        var document = Render.Document(Case(name), TestThemes.Small);
        for (var page = 0; page < document.Pages.Count; page++)
        {
            using var png = new MemoryStream();
            PngExporter.Write(document, page, 96, png);
            Snapshot.VerifyPng(png.ToArray(), $"{name}.page-{page + 1}");
        }
    }
}
