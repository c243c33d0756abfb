namespace Briefing.Text;

/// <summary>
/// A font file cut down to the glyphs a document uses, renumbered from 0 so that the tables indexed by glyph id
/// stay as short as the subset; <see cref="NewGlyph"/> turns a glyph id of the whole font into the subset's.
/// </summary>
internal sealed class FontSubset(byte[] data, ushort[] newGlyphs)
{
    private byte[]? _compressed;
    private byte[]? _sha256;
    private Kept? _kept;

    public byte[] Data { get; } = data;

    /// <summary>
    /// <see cref="Data"/> compressed with zlib, as a PDF embeds it; made once, since a batch or a watch writes the same
    /// subset many times and compressing it is most of the cost of writing a font. Two threads may both make it.
    /// </summary>
    public byte[] Compressed => _compressed ??= Compress(Data);

    /// <summary>
    /// <paramref name="data"/> made by <paramref name="compress"/>, kept for the next document whose data for this
    /// subset is the same bytes: the documents of a batch that cut one subset mostly write the same map for it, and
    /// a small stream costs zlib more to set up than to compress. One is kept, with <paramref name="data"/> itself,
    /// which the caller no longer changes; a thread may replace another's.
    /// </summary>
    public byte[] CompressedOnce(string kind, byte[] data, Func<byte[]> compress)
    {
        if (_kept is { } kept && kept.Kind == kind && data.AsSpan().SequenceEqual(kept.Data))
        {
            return kept.Compressed;
        }
        var compressed = compress();
        _kept = new Kept(kind, data, compressed);
        return compressed;
    }

    /// <summary>The SHA-256 of <see cref="Data"/>, which names the subset in every file that embeds it.</summary>
    public byte[] Sha256 => _sha256 ??= System.Security.Cryptography.SHA256.HashData(Data);

    private sealed record Kept(string Kind, byte[] Data, byte[] Compressed);

    /// <summary>The subset's id for <paramref name="glyph"/> of the whole font; 0 (.notdef) for a glyph it does not hold.</summary>
    public ushort NewGlyph(ushort glyph) => glyph < newGlyphs.Length ? newGlyphs[glyph] : (ushort)0;

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }
}
