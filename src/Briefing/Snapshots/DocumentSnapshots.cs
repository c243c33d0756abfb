using Briefing.Layout.Pages;

namespace Briefing.Snapshots;

/// <summary>
/// The three kinds of snapshot of one rendered document: <c>{stem}.md</c> (what the template produced),
/// <c>{stem}.pdf.txt</c> (text per page, page count and metadata as a reader sees them) and
/// <c>{stem}.page-N.png</c> (each page, compared with a tolerance).
/// </summary>
public static class DocumentSnapshots
{
    /// <summary>One pixel per point: fine enough that a one-point shift moves every edge by a whole pixel.</summary>
    public const float Dpi = 72;

    public static IReadOnlyList<SnapshotFile> Create(string stem, string markdown, LaidOutDocument document)
    {
        var utf8 = new System.Text.UTF8Encoding(false);
        var files = new List<SnapshotFile>
        {
            new($"{stem}.md", utf8.GetBytes(TextComparison.Normalize(markdown))),
            new($"{stem}.pdf.txt", utf8.GetBytes(TextComparison.Normalize(PdfTextDump.Create(BriefingRenderer.ToPdf(document))))),
        };
        for (var page = 0; page < document.Pages.Count; page++)
        {
            // A page too large for the pixel limit at one pixel per point (a legal 200-inch page) is drawn smaller.
            files.Add(new($"{stem}.page-{page + 1}.png", BriefingRenderer.ToPng(document, page, Export.PngExporter.FittingDpi(document.Pages[page], Dpi))));
        }

        return files;
    }

    /// <summary>Compares fresh snapshots with the ones stored in <paramref name="folder"/>, including stored pages that no longer exist.</summary>
    public static IReadOnlyList<SnapshotDifference> Compare(string folder, string stem, IReadOnlyList<SnapshotFile> fresh)
    {
        var differences = new List<SnapshotDifference>();
        foreach (var file in fresh)
        {
            var path = Path.Combine(folder, file.Name);
            if (!File.Exists(path))
            {
                differences.Add(new SnapshotDifference(file.Name, "new: no stored snapshot"));
                continue;
            }

            var stored = File.ReadAllBytes(path);
            var description = file.IsImage
                ? ImageComparison.Compare(stored, file.Content) is { IsSame: false } image ? image.Description : null
                : TextComparison.FirstDifference(Text(stored), Text(file.Content));
            if (description is not null)
            {
                differences.Add(new SnapshotDifference(file.Name, description));
            }
        }

        var names = fresh.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        differences.AddRange(Stored(folder, stem)
            .Where(name => !names.Contains(name))
            .Select(name => new SnapshotDifference(name, "gone: the document no longer has this page")));
        return differences;
    }

    /// <summary>Writes the fresh snapshots and removes stored pages that no longer exist.</summary>
    public static void Accept(string folder, string stem, IReadOnlyList<SnapshotFile> fresh)
    {
        Directory.CreateDirectory(folder);
        var names = fresh.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Stored(folder, stem).Where(name => !names.Contains(name)))
        {
            File.Delete(Path.Combine(folder, stale));
        }

        foreach (var file in fresh)
        {
            Workspace.AtomicFile.WriteAllBytes(Path.Combine(folder, file.Name), file.Content);
        }
    }

    private static IEnumerable<string> Stored(string folder, string stem) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, $"{stem}.page-*.png").Select(p => Path.GetFileName(p)!)
            : [];

    private static string Text(byte[] bytes) => new System.Text.UTF8Encoding(false).GetString(bytes);
}
