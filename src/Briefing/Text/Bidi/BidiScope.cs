using System.Text;

namespace Briefing.Text.Bidi;

/// <summary>
/// Text a viewer shows on its own, outside the page: in its title bar, its document properties or its bookmarks.
/// Every embedding, override and isolate the text opens is closed at its end, so that its direction cannot spill
/// into the words the viewer sets around it.
/// </summary>
public static class BidiScope
{
    private const char PopFormatting = '\u202C';
    private const char PopIsolate = '\u2069';

    public static string Closed(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\u202A', '\u202E') < 0 && span.IndexOfAnyInRange('\u2066', '\u2068') < 0)
        {
            return text;
        }

        // As the bidi algorithm pairs them (UAX #9, X1-X8): a pop closes the last embedding or override only when no
        // isolate was opened after it; a pop of an isolate closes it and everything opened inside it.
        var open = new List<char>();
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u202A' or '\u202B' or '\u202D' or '\u202E':
                    open.Add(PopFormatting);
                    break;
                case PopFormatting when open.Count > 0 && open[^1] == PopFormatting:
                    open.RemoveAt(open.Count - 1);
                    break;
                case '\u2066' or '\u2067' or '\u2068':
                    open.Add(PopIsolate);
                    break;
                case PopIsolate when open.LastIndexOf(PopIsolate) is var isolate and >= 0:
                    open.RemoveRange(isolate, open.Count - isolate);
                    break;
            }
        }

        if (open.Count == 0)
        {
            return text;
        }

        var closed = new StringBuilder(text, text.Length + open.Count);
        for (var k = open.Count - 1; k >= 0; k--)
        {
            closed.Append(open[k]);
        }

        return closed.ToString();
    }
}
