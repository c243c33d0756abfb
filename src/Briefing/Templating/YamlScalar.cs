using System.Collections;
using System.Globalization;
using System.Text;
using Scriban;

namespace Briefing.Templating;

/// <summary>A value as a YAML double-quoted scalar or flow sequence, for the front matter the layout reads.</summary>
/// <remarks>Markdown escaping would be wrong inside YAML; quoting makes any text a plain string there.</remarks>
internal static class YamlScalar
{
    public static string Of(TemplateContext context, object? value) => value switch
    {
        null => "\"\"",
        MarkdownText markup => Quote(markup.Value),
        string s => Quote(s),
        bool flag => flag ? "true" : "false",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(i => Of(context, i))) + "]",
        IFormattable number => Quote(number.ToString(null, CultureInfo.InvariantCulture)),
        _ => Quote(context.ObjectToString(value) ?? ""),
    };

    private static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
