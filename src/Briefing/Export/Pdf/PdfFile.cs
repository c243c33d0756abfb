using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Briefing.Export.Pdf;

/// <summary>
/// The objects of one PDF file, written out at the end as PDF 1.7 with compressed object streams and a
/// cross-reference stream (ISO 32000-1, 7.5.7 and 7.5.8). Objects are numbered in the order they are reserved,
/// and written in number order, so the same objects always give the same file.
/// </summary>
internal sealed class PdfFile
{
    // Object streams hold this many objects each: small enough for readers to jump into, large enough to compress well.
    private const int PerObjectStream = 200;

    /// <summary>
    /// The zlib level for what is compressed anew with every file (content streams, object streams, ToUnicode maps,
    /// the cross-reference stream). Level 2 deflates the content streams in about a third of the time of level 6,
    /// zlib's default, for a file some 7 % larger (PdfPartsBenchmarks); level 1 switches to fixed Huffman codes and
    /// the file grows by about a sixth. Font programs and the ICC profile are compressed once at the highest setting
    /// and kept, so their level costs nothing per file.
    /// </summary>
    public const int DefaultLevel = 2;

    private readonly List<Entry?> _objects = [];
    private readonly MemoryStream _deflated = new();
    private readonly ZLibCompressionOptions _options;

    public PdfFile(int level = DefaultLevel)
    {
        Level = level;
        _options = new ZLibCompressionOptions { CompressionLevel = level };
    }

    /// <summary>The zlib level of what this file compresses anew.</summary>
    public int Level { get; }

    public PdfRef Reserve()
    {
        _objects.Add(null);
        return new PdfRef(_objects.Count);
    }

    /// <summary>A dictionary, array or other direct value, written without the <c>obj</c> wrapper.</summary>
    public void Set(PdfRef reference, PdfBytes value) => _objects[reference.Number - 1] = new Entry(value.ToArray(), null);

    /// <summary>A stream: its dictionary entries (without Length and Filter) and its data, Flate-compressed unless told.</summary>
    public void SetStream(PdfRef reference, PdfBytes dictionaryEntries, ReadOnlySpan<byte> data, bool compress = true)
    {
        var body = compress ? Deflate(data) : data.ToArray();
        _objects[reference.Number - 1] = new Entry(dictionaryEntries.ToArray(), body, compress);
    }

    /// <summary>A stream whose data is already compressed with Flate.</summary>
    public void SetCompressedStream(PdfRef reference, PdfBytes dictionaryEntries, byte[] flateData) =>
        _objects[reference.Number - 1] = new Entry(dictionaryEntries.ToArray(), flateData, true);

    public PdfRef Add(PdfBytes value)
    {
        var reference = Reserve();
        Set(reference, value);
        return reference;
    }

    public PdfRef AddStream(PdfBytes dictionaryEntries, ReadOnlySpan<byte> data, bool compress = true)
    {
        var reference = Reserve();
        SetStream(reference, dictionaryEntries, data, compress);
        return reference;
    }

    public PdfRef AddCompressedStream(PdfBytes dictionaryEntries, byte[] flateData)
    {
        var reference = Reserve();
        SetCompressedStream(reference, dictionaryEntries, flateData);
        return reference;
    }

    /// <summary>Data compressed with zlib at this writer's level, through one reused buffer.</summary>
    public byte[] Deflate(ReadOnlySpan<byte> data) => Deflate(data, default);

    /// <summary>Two pieces of data compressed as one, one after the other.</summary>
    private byte[] Deflate(ReadOnlySpan<byte> data, ReadOnlySpan<byte> more)
    {
        _deflated.SetLength(0);
        using (var zlib = new ZLibStream(_deflated, _options, leaveOpen: true))
        {
            zlib.Write(data);
            zlib.Write(more);
        }
        return _deflated.ToArray();
    }

    /// <summary>Data compressed with zlib at its best, for what is compressed once and kept.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>
    /// The whole file. The document ID is a hash of everything written before the trailer, so it changes exactly
    /// when the content does (PDF/A asks for an ID; the clock or a random number would break reproducible output).
    /// </summary>
    public byte[] ToBytes(PdfRef catalog, PdfRef? info)
    {
        var count = _objects.Count;
        // Per object: type 1 (offset in the file) or 2 (object stream number and index in it).
        var kinds = new byte[count + 1];
        var first = new long[count + 1];
        var second = new int[count + 1];

        var streams = new List<int>();
        var plain = new List<int>();
        for (var number = 1; number <= count; number++)
        {
            var entry = _objects[number - 1] ?? throw new InvalidOperationException($"PDF object {number} was reserved but never written.");
            (entry.Data is not null ? streams : plain).Add(number);
        }

        // The object streams are compressed before the file is sized: the file then holds what they compress to, not
        // the dictionaries they hold, and a file of 50 KB is not given a buffer of 90 KB (which the collector would
        // take for a large object, and count towards a full collection).
        var extra = new List<(int Number, Entry Entry)>();
        var nextNumber = count + 1;
        var header = new PdfBytes();
        var bodies = new PdfBytes(4096);
        for (var start = 0; start < plain.Count; start += PerObjectStream)
        {
            var group = CollectionsMarshal.AsSpan(plain)[start..Math.Min(plain.Count, start + PerObjectStream)];
            var streamNumber = nextNumber++;
            header.Clear();
            bodies.Clear();
            for (var i = 0; i < group.Length; i++)
            {
                header.Int(group[i]).Space().Int(bodies.Length).Space();
                bodies.Raw(_objects[group[i] - 1]!.Dictionary).Line();
                kinds[group[i]] = 2;
                first[group[i]] = streamNumber;
                second[group[i]] = i;
            }
            var dictionary = new PdfBytes().Raw("/Type /ObjStm /N ").Int(group.Length).Raw(" /First ").Int(header.Length);
            extra.Add((streamNumber, new Entry(dictionary.ToArray(), Deflate(header.Span, bodies.Span), true)));
        }

        var size = 4096;
        foreach (var number in streams)
        {
            size += Size(_objects[number - 1]!);
        }
        foreach (var (_, entry) in extra)
        {
            size += Size(entry);
        }
        var xrefNumber = nextNumber;
        var total = xrefNumber + 1;
        size += total * 7 + 256;
        var file = PdfBytes.Rent(size);
        try
        {
            return Write(file, streams, extra, catalog, info, kinds, first, second, xrefNumber);
        }
        finally
        {
            file.Return();
        }
    }

    private byte[] Write(PdfBytes file, List<int> streams, List<(int Number, Entry Entry)> extra, PdfRef catalog, PdfRef? info,
        byte[] kinds, long[] first, int[] second, int xrefNumber)
    {
        var total = xrefNumber + 1;
        // The comment's bytes above 127 tell transfer tools the file is binary (ISO 32000-1, 7.5.2).
        file.Raw("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Line();
        foreach (var number in streams)
        {
            kinds[number] = 1;
            first[number] = file.Length;
            WriteStreamObject(file, number, _objects[number - 1]!);
        }

        Array.Resize(ref kinds, total);
        Array.Resize(ref first, total);
        Array.Resize(ref second, total);
        foreach (var (number, entry) in extra)
        {
            kinds[number] = 1;
            first[number] = file.Length;
            WriteStreamObject(file, number, entry);
        }
        var xrefOffset = file.Length;
        kinds[xrefNumber] = 1;
        first[xrefNumber] = xrefOffset;

        var id = SHA256.HashData(file.Span)[..16];
        var offsetBytes = xrefOffset > 0xFFFFFF ? 4 : 3;
        var rows = new byte[total * (1 + offsetBytes + 2)];
        var at = 0;
        for (var number = 0; number < total; number++)
        {
            // Object 0 is the head of the free list (type 0, generation 65535).
            rows[at++] = kinds[number];
            var value = number == 0 ? 0 : first[number];
            for (var b = offsetBytes - 1; b >= 0; b--)
            {
                rows[at++] = (byte)(value >> (8 * b));
            }
            var last = number == 0 ? 0xFFFF : second[number];
            rows[at++] = (byte)(last >> 8);
            rows[at++] = (byte)last;
        }
        var xref = new PdfBytes().Raw("/Type /XRef /Size ").Int(total).Raw(" /W [1 ").Int(offsetBytes).Raw(" 2] /Root ").Reference(catalog);
        if (info is { } information)
        {
            xref.Raw(" /Info ").Reference(information);
        }
        xref.Raw(" /ID [").HexString(id).HexString(id).Raw("]");
        WriteStreamObject(file, xrefNumber, new Entry(xref.ToArray(), Deflate(rows), true));
        file.Raw("startxref\n").Int(xrefOffset).Raw("\n%%EOF\n");
        return file.ToArray();
    }

    // Room for a stream object: its dictionary, data, and the syntax around them.
    private static int Size(Entry entry) => entry.Dictionary.Length + (entry.Data?.Length ?? 0) + 96;

    private static void WriteStreamObject(PdfBytes file, int number, Entry entry)
    {
        file.Int(number).Raw(" 0 obj\n<<");
        if (entry.Dictionary.Length > 0)
        {
            file.Raw(entry.Dictionary).Space();
        }
        if (entry.Compressed)
        {
            file.Raw("/Filter /FlateDecode ");
        }
        file.Raw("/Length ").Int(entry.Data!.Length).Raw(">>\nstream\n").Raw(entry.Data).Raw("\nendstream\nendobj\n");
    }

    private sealed record Entry(byte[] Dictionary, byte[]? Data, bool Compressed = false);
}
