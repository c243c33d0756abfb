using Briefing.Workspace;
using SkiaSharp;

namespace Briefing.Text;

/// <summary>
/// Resolves font families to faces: fonts in the given folders first, then the fonts that ship with Briefing, then,
/// unless switched off, the system's (fontconfig). Nothing is opened before a document asks for it: a folder is
/// scanned at the first family lookup, a shipped font is read when its family and style are first used, and
/// fontconfig is started only when a family or a character is found nowhere else.
/// It is the cache of typefaces and HarfBuzz fonts for one renderer; it is not shared between threads.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly IReadOnlyList<string> _fontFolders;
    private readonly bool _systemFonts;
    private SKFontManager? _system;
    private bool _foldersScanned;
    private readonly List<FontFace> _faces = [];
    private readonly Dictionary<string, FontFace> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Families, bool Bold, bool Italic), FontFace?> _byRequest = [];
    private readonly Dictionary<(string Family, bool Bold, bool Italic), FontFace?> _byFamily = [];
    private readonly Dictionary<((string Families, bool Bold, bool Italic) Request, int Codepoint), FontFace?> _fallback = [];
    private readonly Dictionary<(string Families, bool Bold, bool Italic), CodepointFaces> _codepointFaces = [];
    private readonly List<(string Family, bool Bold, bool Italic, string Path, int Index)> _folderFonts = [];
    private readonly Dictionary<(int Face, float Size, bool RightToLeft, string Language), Dictionary<string, ShapedRun>> _shaped = [];
    private int _shapedCount;
    private ShapedRuns? _last;
    private readonly List<string> _problems = [];

    // Enough for the vocabulary of many documents; past it the cache starts again rather than growing without bound.
    private const int ShapedRunLimit = 100_000;

    /// <summary>
    /// Creates a library that looks in <paramref name="fontFolders"/> (if any exist), then in the shipped fonts, then,
    /// when <paramref name="systemFonts"/> is true, in the fonts installed on the machine.
    /// </summary>
    public FontLibrary(IEnumerable<string>? fontFolders = null, bool systemFonts = true)
    {
        _fontFolders = fontFolders?.ToArray() ?? [];
        _systemFonts = systemFonts;
    }

    /// <summary>Whether fonts installed on the machine are looked at when the folders and shipped fonts lack a family or character.</summary>
    public bool SystemFonts => _systemFonts;

    private SKFontManager? System => _systemFonts ? _system ??= SKFontManager.Default : null;

    private void ScanFolders()
    {
        if (_foldersScanned)
        {
            return;
        }
        _foldersScanned = true;
        foreach (var folder in _fontFolders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }
            var files = FolderWalk.Files(folder,
                f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase));
            foreach (var file in files)
            {
                if (new FileInfo(file).Length > InputFile.FontLimit)
                {
                    _problems.Add($"the font `{file}` is larger than the limit of {InputFile.Size(InputFile.FontLimit)} for a font; it is not used");
                    continue;
                }
                using var typeface = SKTypeface.FromFile(file);
                if (typeface is null)
                {
                    continue;
                }
                _folderFonts.Add((typeface.FamilyName, typeface.IsBold, typeface.IsItalic, file, 0));
            }
        }
    }

    internal IReadOnlyList<FontFace> Faces => _faces;

    internal FontFace Face(int id) => _faces[id];

    /// <summary>The table of faces per character for <paramref name="request"/>, made once per library.</summary>
    internal CodepointFaces CodepointFaces(FontRequest request)
    {
        if (!_codepointFaces.TryGetValue(request.Key, out var faces))
        {
            faces = new CodepointFaces(this, request);
            _codepointFaces[request.Key] = faces;
        }
        return faces;
    }

    /// <summary>Font files of the folders that are not used, and why (such as a file over the size limit).</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Whether a family by this name is in the fonts folders, among the shipped fonts, or (if allowed) installed on the system.</summary>
    public bool HasFamily(string family) => Family(family, false, false) is not null;

    /// <summary>The first family of the request that exists, else the shipped sans in the style asked for.</summary>
    internal FontFace Primary(FontRequest request)
    {
        if (_byRequest.TryGetValue(request.Key, out var cached) && cached is not null)
        {
            return cached;
        }
        FontFace? face = null;
        foreach (var family in request.Families)
        {
            face = Family(family, request.Bold, request.Italic);
            if (face is not null)
            {
                break;
            }
        }
        face ??= Family(ShippedFonts.Sans, request.Bold, request.Italic)
            ?? throw new InvalidOperationException("The shipped fonts are missing.");
        _byRequest[request.Key] = face;
        return face;
    }

    /// <summary>
    /// The glyphs of <paramref name="text"/> in <paramref name="face"/>. Words repeat within and across documents,
    /// and shaping is a pure function of these five values (the language chooses a font's localised forms), so each
    /// is shaped once per library. The text is looked up as a span, so a word already shaped costs no string.
    /// </summary>
    internal ShapedRun Shape(FontFace face, ReadOnlySpan<char> text, float size, bool rightToLeft, string? language = null)
    {
        var languageKey = language ?? "";
        // Runs of a paragraph mostly share face, size, direction and language: the last set's cache is kept at hand.
        if (_last is not { } last || last.Face != face.Id || last.Size != size || last.RightToLeft != rightToLeft || !string.Equals(last.Language, languageKey, StringComparison.Ordinal))
        {
            var key = (face.Id, size, rightToLeft, languageKey);
            if (!_shaped.TryGetValue(key, out var cache))
            {
                cache = new Dictionary<string, ShapedRun>(StringComparer.Ordinal);
                _shaped[key] = cache;
            }
            _last = last = new ShapedRuns(face.Id, size, rightToLeft, languageKey, cache, cache.GetAlternateLookup<ReadOnlySpan<char>>());
        }
        var runs = last.Runs;
        if (last.Lookup.TryGetValue(text, out var known))
        {
            return known;
        }

        if (_shapedCount >= ShapedRunLimit)
        {
            foreach (var cache in _shaped.Values)
            {
                cache.Clear();
            }
            _shapedCount = 0;
        }

        var run = TextShaper.Shape(face, text.ToString(), size, rightToLeft, language);
        runs[run.Text] = run;
        _shapedCount++;
        return run;
    }

    /// <summary>
    /// The face that draws <paramref name="codepoint"/>: the request's families in order, then the shipped fonts, then
    /// (if allowed) any system font; null if none can.
    /// </summary>
    internal FontFace? ForCodepoint(FontRequest request, int codepoint)
    {
        var key = (request.Key, codepoint);
        if (_fallback.TryGetValue(key, out var known))
        {
            return known;
        }
        FontFace? found = null;
        foreach (var family in request.Families)
        {
            var face = Family(family, request.Bold, request.Italic);
            if (face is not null && face.HasGlyph(codepoint))
            {
                found = face;
                break;
            }
        }
        if (found is null)
        {
            var primary = Primary(request);
            if (primary.HasGlyph(codepoint))
            {
                found = primary;
            }
        }
        if (found is null)
        {
            foreach (var family in ShippedFonts.Families)
            {
                var face = Family(family, request.Bold, request.Italic);
                if (face is not null && face.HasGlyph(codepoint))
                {
                    found = face;
                    break;
                }
            }
        }
        if (found is null && System is { } system)
        {
            // Typefaces from the font manager are shared native objects; they are not disposed here.
            var match = system.MatchCharacter(request.Families.FirstOrDefault(), Style(request.Bold, request.Italic), null, codepoint);
            var face = match is null ? null : FromTypeface(match);
            if (face is not null && face.HasGlyph(codepoint))
            {
                found = face;
            }
        }
        _fallback[key] = found;
        return found;
    }

    private FontFace? Family(string family, bool bold, bool italic)
    {
        var key = (family, bold, italic);
        if (_byFamily.TryGetValue(key, out var known))
        {
            return known;
        }
        ScanFolders();
        FontFace? face = null;
        var local = _folderFonts
            .Where(f => string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => (f.Bold == bold ? 0 : 2) + (f.Italic == italic ? 0 : 1))
            .FirstOrDefault();
        if (local.Path is not null)
        {
            face = Load(local.Path, InputFile.ReadBytes(local.Path, InputFile.FontLimit, "font"), local.Index);
        }
        else if (ShippedFonts.Find(family, bold, italic) is { } shipped)
        {
            face = Load(shipped.Name, shipped);
        }
        else if (System is { } system)
        {
            var typeface = system.MatchFamily(family, Style(bold, italic));
            // fontconfig answers with some default family for unknown names; only accept the family asked for.
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                face = FromTypeface(typeface);
            }
        }
        _byFamily[key] = face;
        return face;
    }

    private FontFace? FromTypeface(SKTypeface? typeface)
    {
        if (typeface is null)
        {
            return null;
        }
        using var stream = typeface.OpenStream(out var index);
        if (stream is null)
        {
            return null;
        }
        var name = $"{typeface.FamilyName}|{typeface.FontWeight}|{typeface.FontSlant}|{index}";
        if (_byFile.TryGetValue(name, out var existing))
        {
            return existing;
        }
        var bytes = new byte[stream.Length];
        var read = stream.Read(bytes, bytes.Length);
        if (read != bytes.Length)
        {
            return null;
        }
        return Load(name, bytes, index);
    }

    private FontFace Load(string name, ShippedFont shipped) =>
        _byFile.TryGetValue(name, out var existing) ? existing : Load(name, shipped.Read(), 0);

    private FontFace Load(string name, byte[] data, int index)
    {
        if (_byFile.TryGetValue(name, out var existing))
        {
            return existing;
        }
        var face = new FontFace(_faces.Count, name, data, index);
        _faces.Add(face);
        _byFile[name] = face;
        return face;
    }

    private static SKFontStyle Style(bool bold, bool italic) => new(
        bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal,
        SKFontStyleWidth.Normal,
        italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);

    public void Dispose()
    {
        foreach (var face in _faces)
        {
            face.Dispose();
        }
        _faces.Clear();
        _codepointFaces.Clear();
    }

    /// <summary>The shaped runs of one face, size, direction and language, with their lookup by span.</summary>
    private sealed record ShapedRuns(int Face, float Size, bool RightToLeft, string Language, Dictionary<string, ShapedRun> Runs,
        Dictionary<string, ShapedRun>.AlternateLookup<ReadOnlySpan<char>> Lookup);
}
