using Markdig.Helpers;
using Markdig.Renderers.Html;

namespace Briefing.Markup;

/// <summary>
/// Reads an attribute list, <c>{#id .class name=value name="a value" flag}</c>, at the start of a slice. Markdig's
/// own reader refuses an id or class of one character (<c>{#t}</c>, <c>{.x}</c>) and drops the whole list, so the
/// heading's text ends in a literal <c>{#t}</c> and every reference to it dangles; this one takes any length.
/// </summary>
internal static class AttributeList
{
    /// <summary>Reads the list at <paramref name="slice"/>'s start (its <c>{</c>) and moves the slice past its <c>}</c>; false, the slice unmoved, when there is none.</summary>
    public static bool TryParse(ref StringSlice slice, out HtmlAttributes attributes)
    {
        attributes = new HtmlAttributes();
        // "{{" is not an attribute list (Markdig's rule, which templates' text relies on).
        if (slice.CurrentChar != '{' || slice.PeekCharExtra(-1) == '{')
        {
            return false;
        }

        var text = slice.Text;
        var end = slice.End;
        var i = slice.Start + 1;
        while (true)
        {
            while (i <= end && text[i].IsWhitespace())
            {
                i++;
            }

            if (i > end)
            {
                return false;
            }

            var c = text[i];
            if (c == '}')
            {
                slice.Start = i + 1;
                return true;
            }

            if (c is '#' or '.')
            {
                var start = ++i;
                while (i <= end && text[i] != '}' && !text[i].IsWhitespace())
                {
                    i++;
                }

                if (i == start)
                {
                    return false;
                }

                var token = text[start..i];
                if (c == '#')
                {
                    attributes.Id = token;
                }
                else
                {
                    attributes.AddClass(token);
                }

                continue;
            }

            if (!IsNameStart(c))
            {
                return false;
            }

            var nameStart = i;
            while (i <= end && (text[i].IsAlphaNumeric() || text[i] is '_' or ':' or '.' or '-'))
            {
                i++;
            }

            var name = text[nameStart..i];
            var spaced = i <= end && text[i].IsWhitespace();
            while (i <= end && text[i].IsWhitespace())
            {
                i++;
            }

            if (i > end)
            {
                return false;
            }

            if (text[i] != '=')
            {
                // A name alone is a flag; it must stand apart from what follows it.
                if (text[i] != '}' && !spaced)
                {
                    return false;
                }

                attributes.AddProperty(name, null!);
                continue;
            }

            i++;
            while (i <= end && text[i].IsWhitespace())
            {
                i++;
            }

            if (i > end)
            {
                return false;
            }

            string value;
            if (text[i] is '"' or '\'')
            {
                var quote = text[i];
                var close = text.IndexOf(quote, i + 1);
                if (close < 0 || close > end)
                {
                    return false;
                }

                value = text[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i <= end && text[i] != '}' && !text[i].IsWhitespace())
                {
                    i++;
                }

                if (i == start || i > end)
                {
                    return false;
                }

                value = text[start..i];
            }

            attributes.AddProperty(name, value);
        }
    }

    private static bool IsNameStart(char c) => c.IsAlpha() || c is '_' or ':';
}
