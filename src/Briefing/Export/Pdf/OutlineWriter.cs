using Briefing.Layout.Pages;

namespace Briefing.Export.Pdf;

/// <summary>The document outline (bookmarks, ISO 32000-1, 12.3.3) from the headings, nested by level.</summary>
internal static class OutlineWriter
{
    public static PdfRef? Write(PdfFile file, LaidOutDocument document, IReadOnlyList<PdfRef> pages)
    {
        var entries = document.Outline;
        if (entries.Count == 0)
        {
            return null;
        }
        var parent = new int[entries.Count];
        var stack = new Stack<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            while (stack.Count > 0 && entries[stack.Peek()].Level >= entries[i].Level)
            {
                stack.Pop();
            }
            parent[i] = stack.Count > 0 ? stack.Peek() : -1;
            stack.Push(i);
        }
        var children = Enumerable.Range(-1, entries.Count + 1).ToDictionary(p => p, _ => new List<int>());
        for (var i = 0; i < entries.Count; i++)
        {
            children[parent[i]].Add(i);
        }
        var root = file.Reserve();
        var ids = entries.Select(_ => file.Reserve()).ToArray();
        int Descendants(int p) => children[p].Sum(c => 1 + Descendants(c));

        var top = children[-1];
        file.Set(root, new PdfBytes().Raw("<</Type /Outlines /First ").Reference(ids[top[0]])
            .Raw(" /Last ").Reference(ids[top[^1]]).Raw(" /Count ").Int(entries.Count).Raw(">>"));
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var siblings = children[parent[i]];
            var at = siblings.IndexOf(i);
            var kids = children[i];
            var body = new PdfBytes().Raw("<</Title ").Text(entry.Title)
                .Raw(" /Parent ").Reference(parent[i] < 0 ? root : ids[parent[i]]);
            if (at > 0)
            {
                body.Raw(" /Prev ").Reference(ids[siblings[at - 1]]);
            }
            if (at < siblings.Count - 1)
            {
                body.Raw(" /Next ").Reference(ids[siblings[at + 1]]);
            }
            if (kids.Count > 0)
            {
                body.Raw(" /First ").Reference(ids[kids[0]]).Raw(" /Last ").Reference(ids[kids[^1]])
                    .Raw(" /Count ").Int(Descendants(i));
            }
            var page = document.Pages[entry.PageIndex];
            body.Raw(" /Dest [").Reference(pages[entry.PageIndex]).Raw(" /XYZ 0 ")
                .Real(Math.Max(0, page.Height - entry.Y + 4), 2).Raw(" null]>>");
            file.Set(ids[i], body);
        }
        return root;
    }
}
