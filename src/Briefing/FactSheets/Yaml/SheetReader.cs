using Briefing.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.FactSheets.Yaml;

/// <summary>Turns YAML text into a <see cref="SheetNode"/> tree, reporting what a fact sheet may not contain.</summary>
/// <remarks>
/// Walks YamlDotNet's parser events in a loop with an explicit stack: no recursion, so a file of
/// 100,000 nested brackets ends in a diagnostic, not in a stack overflow that would kill the process.
/// Anchors and aliases are refused outright: the format has no use for them and refusing them
/// disarms "billion laughs" expansion.
/// </remarks>
internal static class SheetReader
{
    /// <summary>Deepest nesting of maps and lists accepted; a fact sheet needs about six.</summary>
    public const int MaxDepth = 64;

    private static readonly HashSet<string> AllowedTags =
    [
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq",
    ];

    /// <summary>The single document of <paramref name="text"/>, or null when there is none or it could not be read.</summary>
    public static SheetNode? Read(string text, DiagnosticBag bag)
    {
        var hidden = YamlBreaks.Hide(text);
        var parser = new Parser(new StringReader(hidden));
        var stack = new Stack<Collection>();
        SheetNode? root = null;
        var documents = 0;
        var readUpTo = new SourcePoint(1, 1);
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                var at = Point(ev.Start);
                readUpTo = Point(ev.End);
                switch (ev)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            bag.Error(at.Line, at.Column, "a fact sheet holds one YAML document; a second one starts here",
                                "remove the `---` line and everything after it, or move it to its own file");
                            return root;
                        }

                        break;

                    case Scalar scalar:
                        CheckProperties(scalar, scalar.Anchor, scalar.Tag, at, bag);
                        var value = YamlBreaks.Restore(scalar.Value);
                        CheckCharacters(hidden, scalar, value, at, bag);
                        Add(stack, new SheetScalar(value, scalar.Style == ScalarStyle.Plain, at), bag, ref root);
                        break;

                    case AnchorAlias alias:
                        bag.Error(at.Line, at.Column, $"aliases (`*{alias.Value}`) are not supported in fact sheets",
                            "write the value out in full");
                        Add(stack, new SheetInvalid(at), bag, ref root);
                        break;

                    case MappingStart map:
                        CheckProperties(map, map.Anchor, map.Tag, at, bag);
                        if (!Push(stack, new Collection(at, isMap: true), bag)) return null;
                        break;

                    case SequenceStart list:
                        CheckProperties(list, list.Anchor, list.Tag, at, bag);
                        if (!Push(stack, new Collection(at, isMap: false), bag)) return null;
                        break;

                    case MappingEnd or SequenceEnd:
                        Add(stack, stack.Pop().ToNode(), bag, ref root);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            ReportSyntaxError(ex, text, bag);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // YamlDotNet has been seen to fail on malformed input with InvalidOperationException
            // (an unclosed flow sequence followed by a key) instead of a YamlException. For the
            // author it is the same thing: the YAML cannot be read past the last good event.
            bag.Error(readUpTo.Line, readUpTo.Column, "YAML syntax error: the text after this point cannot be read",
                "look for an unclosed bracket or quote");
            return null;
        }

        return root;
    }

    private static bool Push(Stack<Collection> stack, Collection collection, DiagnosticBag bag)
    {
        if (stack.Count >= MaxDepth)
        {
            bag.Error(collection.Start.Line, collection.Start.Column,
                $"maps and lists are nested more than {MaxDepth} levels deep");
            return false;
        }

        stack.Push(collection);
        return true;
    }

    private static void Add(Stack<Collection> stack, SheetNode node, DiagnosticBag bag, ref SheetNode? root)
    {
        if (stack.Count == 0)
        {
            root = node;
            return;
        }

        stack.Peek().Add(node, bag);
    }

    private static void CheckProperties(ParsingEvent ev, AnchorName anchor, TagName tag, SourcePoint at, DiagnosticBag bag)
    {
        if (!anchor.IsEmpty)
        {
            bag.Error(at.Line, at.Column, $"anchors (`&{anchor.Value}`) are not supported in fact sheets",
                "write each value out in full");
        }

        if (!tag.IsEmpty && !tag.IsNonSpecific && !AllowedTags.Contains(tag.Value))
        {
            bag.Error(at.Line, at.Column, $"YAML tags (`{tag.Value}`) are not supported in fact sheets",
                ev is Scalar ? "quote the value if it is meant as text" : null);
        }
    }

    /// <summary>
    /// The file itself holds no control character (<see cref="SheetText.Check"/>), but a double-quoted YAML string
    /// can write one as an escape (<c>"\0"</c>, <c>"\e[2J"</c>), or a noncharacter (<c>"\uFFFF"</c>). None has a place
    /// in a document: it would be drawn as a box, reach the PDF's metadata or steer a terminal that prints the
    /// value, so it is refused at the escape that writes it, as the same character written raw would be.
    /// </summary>
    private static void CheckCharacters(string text, Scalar scalar, string value, SourcePoint at, DiagnosticBag bag)
    {
        if (scalar.Style == ScalarStyle.DoubleQuoted && QuotedEscapes.Refuse(text, (int)scalar.Start.Index, (int)scalar.End.Index, bag))
        {
            return;
        }

        // Not reached while the escapes are read as YAML reads them; kept so that a value never holds what the
        // escapes would have refused. U+0085 is allowed raw (YAML 1.2 reads it as a character), so also here.
        if (UnprintableCharacter.Find(value.Replace('\u0085', ' ')) is { } found)
        {
            bag.Error(at.Line, at.Column, $"the value contains {found.Description}", "it cannot be printed; remove the escape");
        }

        // An override shows the text after it in reverse, so what a reader sees is not what the value says (the trick
        // of spoofed file names); marks and isolates set a direction without reordering the letters.
        if (value.AsSpan().IndexOfAny('\u202D', '\u202E') is var overrideAt and >= 0)
        {
            var which = value[overrideAt] == '\u202E' ? "a right-to-left override (U+202E)" : "a left-to-right override (U+202D)";
            bag.Warning(at.Line, at.Column, $"the value contains {which}, which shows the text after it in reverse order",
                "write the text in the order it is read; a direction mark (U+200E, U+200F) or an isolate (U+2066 to U+2069) sets its direction");
        }
    }

    private static void ReportSyntaxError(YamlException ex, string text, DiagnosticBag bag)
    {
        var at = Point(ex.Start);
        if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FindIndentingTab(text, at.Line) is { } tab)
        {
            bag.Error(tab.Line, tab.Column, "a tab is used for indentation", "YAML indents with spaces only");
            return;
        }

        if (LongKey(text, at.Line) is { } key)
        {
            bag.Error(key.Line, key.Column, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the key is {key.Length:N0} characters long; YAML allows at most {MaxKeyLength:N0} characters for a key"),
                "use a shorter key (a fact sheet's keys are short names)");
            return;
        }

        bag.Error(at.Line, at.Column, $"YAML syntax error: {ex.Message.TrimEnd('.')}");
    }

    /// <summary>YAML 1.2 (7.4, implicit keys): a key written without `?` is at most 1,024 characters.</summary>
    private const int MaxKeyLength = 1024;

    /// <summary>
    /// YamlDotNet stops looking for the `:` of a key after 1,024 characters and says only "did not find expected
    /// key", often lines later; the author needs the key and the limit.
    /// </summary>
    private static (int Line, int Column, int Length)? LongKey(string text, int upToLine)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < Math.Min(lines.Length, upToLine + 1); i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '-').Length;
            var colon = line.IndexOf(':', indent);
            var end = colon < 0 ? line.TrimEnd('\r').Length : colon;
            if (end - indent > MaxKeyLength && (colon > 0 || i + 1 < lines.Length))
            {
                return (i + 1, indent + 1, end - indent);
            }
        }
        return null;
    }

    /// <summary>YamlDotNet reports a tab at the start of the block it was reading; authors need the tab itself.</summary>
    private static SourcePoint? FindIndentingTab(string text, int fromLine)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (line >= fromLine)
            {
                for (var i = start; i < end && text[i] is ' ' or '\t'; i++)
                {
                    if (text[i] == '\t') return new SourcePoint(line, i - start + 1);
                }
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    private static SourcePoint Point(Mark mark) =>
        new((int)Math.Clamp(mark.Line, 1, int.MaxValue), (int)Math.Clamp(mark.Column, 1, int.MaxValue));

    /// <summary>A map or list being read: its items so far and, for a map, the key waiting for its value.</summary>
    private sealed class Collection(SourcePoint start, bool isMap)
    {
        private readonly List<SheetNode> _items = [];
        private readonly List<SheetEntry> _entries = [];
        private readonly Dictionary<string, SourcePoint> _keys = new(StringComparer.Ordinal);
        private bool _hasKey;
        private SheetScalar? _key;

        public SourcePoint Start { get; } = start;

        public void Add(SheetNode node, DiagnosticBag bag)
        {
            if (!isMap)
            {
                _items.Add(node);
                return;
            }

            if (!_hasKey)
            {
                _hasKey = true;
                _key = AcceptKey(node, bag);
                return;
            }

            if (_key is not null) _entries.Add(new SheetEntry(_key, node));
            _hasKey = false;
            _key = null;
        }

        /// <summary>The key, or null when its entry is to be dropped (already reported).</summary>
        private SheetScalar? AcceptKey(SheetNode node, DiagnosticBag bag)
        {
            if (node is not SheetScalar key)
            {
                if (node is not SheetInvalid)
                {
                    bag.Error(node.Start.Line, node.Start.Column, "a key must be plain text, not a map or a list");
                }

                return null;
            }

            if (_keys.TryGetValue(key.Value, out var first))
            {
                bag.Error(key.Start.Line, key.Start.Column, $"duplicate key `{key.Value}`",
                    $"first given at line {first.Line}");
                return null;
            }

            _keys.Add(key.Value, key.Start);
            return key;
        }

        public SheetNode ToNode() => isMap ? new SheetMap(_entries, Start) : new SheetList(_items, Start);
    }
}
