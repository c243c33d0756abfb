using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Briefing.Export.Pdf;

/// <summary>
/// A growing buffer of PDF syntax: names, numbers, strings and references written the one way this writer
/// spells them, so that the same objects always give the same bytes.
/// </summary>
internal sealed class PdfBytes
{
    private byte[] _buffer;
    private readonly bool _rented;

    public PdfBytes(int capacity = 256) => _buffer = new byte[capacity];

    private PdfBytes(byte[] buffer, bool rented)
    {
        _buffer = buffer;
        _rented = rented;
    }

    /// <summary>
    /// A buffer from the shared pool, for the large ones every document fills and drops (a whole file, a page's
    /// operators): a batch reuses them instead of leaving the collector one per document. <see cref="Return"/> it.
    /// </summary>
    public static PdfBytes Rent(int capacity) => new(ArrayPool<byte>.Shared.Rent(capacity), rented: true);

    /// <summary>Gives a rented buffer back to the pool; the bytes are gone.</summary>
    public void Return()
    {
        if (_rented && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            Length = 0;
        }
    }

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public byte[] ToArray() => Span.ToArray();

    public void Clear() => Length = 0;

    public PdfBytes Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Grow(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>ASCII syntax (operators, keywords, delimiters) as written in the source.</summary>
    public PdfBytes Raw(string ascii)
    {
        var span = Grow(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            span[i] = (byte)ascii[i];
        }
        Length += ascii.Length;
        return this;
    }

    public PdfBytes Byte(byte value)
    {
        Grow(1)[0] = value;
        Length++;
        return this;
    }

    public PdfBytes Space() => Byte((byte)' ');

    public PdfBytes Line() => Byte((byte)'\n');

    public PdfBytes Int(long value)
    {
        Utf8Formatter.TryFormat(value, Grow(20), out var written);
        Length += written;
        return this;
    }

    /// <summary>A real with at most <paramref name="decimals"/> decimals and no trailing zeros: <c>12</c>, <c>0.5</c>, <c>-3.25</c>.</summary>
    public PdfBytes Real(double value, int decimals = 3)
    {
        var scale = decimals switch { 0 => 1L, 1 => 10L, 2 => 100L, 3 => 1000L, 4 => 10000L, _ => 100000L };
        var scaled = (long)Math.Round(value * scale, MidpointRounding.AwayFromZero);
        if (scaled == 0)
        {
            return Byte((byte)'0');
        }
        if (scaled < 0)
        {
            Byte((byte)'-');
            scaled = -scaled;
        }
        Int(scaled / scale);
        var fraction = scaled % scale;
        if (fraction == 0)
        {
            return this;
        }
        Byte((byte)'.');
        for (var unit = scale / 10; unit > 0 && fraction > 0; unit /= 10)
        {
            Byte((byte)('0' + fraction / unit));
            fraction %= unit;
        }
        return this;
    }

    /// <summary>A name, with every byte outside the regular characters written as <c>#xx</c> (ISO 32000-1, 7.3.5).</summary>
    public PdfBytes Name(string name)
    {
        Byte((byte)'/');
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length)];
        var count = Encoding.UTF8.GetBytes(name, utf8);
        foreach (var b in utf8[..count])
        {
            if (b is > 0x20 and < 0x7F and not ((byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
                or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%'))
            {
                Byte(b);
            }
            else
            {
                Byte((byte)'#').Hex(b);
            }
        }
        return this;
    }

    public PdfBytes Reference(PdfRef reference) => Int(reference.Number).Raw(" 0 R");

    /// <summary>
    /// A text string (ISO 32000-1, 7.9.2.2): printable ASCII as a literal string, anything else as UTF-16BE with a
    /// byte order mark in hex, which every reader takes for any script.
    /// </summary>
    public PdfBytes Text(string value)
    {
        if (!value.AsSpan().ContainsAnyExceptInRange(' ', '\u007E'))
        {
            return Literal(value);
        }
        Raw("<FEFF");
        foreach (var c in value)
        {
            Hex((byte)(c >> 8)).Hex((byte)c);
        }
        return Byte((byte)'>');
    }

    /// <summary>An ASCII literal string with its delimiters and backslashes escaped.</summary>
    public PdfBytes Literal(string ascii)
    {
        Byte((byte)'(');
        foreach (var c in ascii)
        {
            if (c is '(' or ')' or '\\')
            {
                Byte((byte)'\\');
            }
            Byte((byte)c);
        }
        return Byte((byte)')');
    }

    public PdfBytes HexString(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'<');
        foreach (var b in bytes)
        {
            Hex(b);
        }
        return Byte((byte)'>');
    }

    public PdfBytes Hex(byte value)
    {
        const string digits = "0123456789ABCDEF";
        var span = Grow(2);
        span[0] = (byte)digits[value >> 4];
        span[1] = (byte)digits[value & 0xF];
        Length += 2;
        return this;
    }

    /// <summary>Four hex digits, as a two-byte code in a content stream or a CMap.</summary>
    public PdfBytes Hex16(int value)
    {
        const string digits = "0123456789ABCDEF";
        var span = Grow(4);
        span[0] = (byte)digits[(value >> 12) & 0xF];
        span[1] = (byte)digits[(value >> 8) & 0xF];
        span[2] = (byte)digits[(value >> 4) & 0xF];
        span[3] = (byte)digits[value & 0xF];
        Length += 4;
        return this;
    }

    /// <summary>
    /// A two-byte code as the inside of a literal string: the bytes themselves, half the length of four hex digits,
    /// so a content stream has less to compress. The delimiters and the backslash are escaped, and so are the line
    /// ends, which a reader would otherwise normalise (ISO 32000-1, 7.3.4.2).
    /// </summary>
    public PdfBytes LiteralCode16(int value)
    {
        var span = Grow(4);
        var at = Escaped(span, 0, (byte)(value >> 8));
        Length += Escaped(span, at, (byte)value);
        return this;
    }

    private static int Escaped(Span<byte> span, int at, byte value)
    {
        switch (value)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                span[at] = (byte)'\\';
                span[at + 1] = value;
                return at + 2;
            case (byte)'\r':
                span[at] = (byte)'\\';
                span[at + 1] = (byte)'r';
                return at + 2;
            case (byte)'\n':
                span[at] = (byte)'\\';
                span[at + 1] = (byte)'n';
                return at + 2;
            default:
                span[at] = value;
                return at + 1;
        }
    }

    private Span<byte> Grow(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Enlarge(count);
        }
        return _buffer.AsSpan(Length);
    }

    // Apart from Grow, which every byte written passes through and which stays small enough to be inlined.
    private void Enlarge(int count)
    {
        var size = Math.Max(_buffer.Length * 2, Length + count);
        if (_rented)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(size);
            Span.CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        else
        {
            Array.Resize(ref _buffer, size);
        }
    }
}
