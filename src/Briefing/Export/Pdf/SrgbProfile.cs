using System.Buffers.Binary;
using System.Text;

namespace Briefing.Export.Pdf;

/// <summary>
/// An ICC v2 display profile for sRGB (IEC 61966-2-1), made here rather than shipped: the sRGB primaries adapted to
/// the D50 connection space (Bradford, as in the published profiles) and the sRGB tone curve as a 1024-entry table.
/// PDF/A needs it as the output intent that gives DeviceRGB its meaning.
/// </summary>
internal static class SrgbProfile
{
    public const string Name = "sRGB IEC61966-2.1";

    public static byte[] Create()
    {
        var tags = new List<(string Signature, byte[] Data)>
        {
            ("desc", Description(Name)),
            ("cprt", Text("No copyright, use freely")),
            ("wtpt", Xyz(0.9642, 1.0, 0.8249)),
            ("rXYZ", Xyz(0.4361, 0.2225, 0.0139)),
            ("gXYZ", Xyz(0.3851, 0.7169, 0.0971)),
            ("bXYZ", Xyz(0.1431, 0.0606, 0.7141)),
        };
        var curve = Curve();
        var offsets = new List<(string Signature, int Offset, int Size)>();
        var body = new List<byte>();
        var tableStart = 128 + 4 + 12 * (tags.Count + 3);
        foreach (var (signature, data) in tags)
        {
            offsets.Add((signature, tableStart + body.Count, data.Length));
            body.AddRange(data);
            Pad(body);
        }
        // The three channels share one curve: one copy, three tag entries pointing at it.
        var curveOffset = tableStart + body.Count;
        body.AddRange(curve);
        Pad(body);
        offsets.Add(("rTRC", curveOffset, curve.Length));
        offsets.Add(("gTRC", curveOffset, curve.Length));
        offsets.Add(("bTRC", curveOffset, curve.Length));

        var profile = new byte[tableStart + body.Count];
        var span = profile.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, (uint)profile.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 0x02100000);
        Ascii(span[12..], "mntr");
        Ascii(span[16..], "RGB ");
        Ascii(span[20..], "XYZ ");
        // Creation date: fixed, so the profile (and the PDF) never depend on the clock.
        BinaryPrimitives.WriteUInt16BigEndian(span[24..], 2000);
        BinaryPrimitives.WriteUInt16BigEndian(span[26..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(span[28..], 1);
        Ascii(span[36..], "acsp");
        Fixed(span[68..], 0.9642);
        Fixed(span[72..], 1.0);
        Fixed(span[76..], 0.8249);
        BinaryPrimitives.WriteUInt32BigEndian(span[128..], (uint)offsets.Count);
        for (var i = 0; i < offsets.Count; i++)
        {
            var entry = span[(132 + 12 * i)..];
            Ascii(entry, offsets[i].Signature);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], (uint)offsets[i].Offset);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)offsets[i].Size);
        }
        body.CopyTo(profile, tableStart);
        return profile;
    }

    private static byte[] Curve()
    {
        const int Entries = 1024;
        var data = new byte[12 + Entries * 2];
        Ascii(data, "curv");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), Entries);
        for (var i = 0; i < Entries; i++)
        {
            var v = i / (double)(Entries - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(12 + i * 2), (ushort)Math.Round(linear * 65535));
        }
        return data;
    }

    private static byte[] Xyz(double x, double y, double z)
    {
        var data = new byte[20];
        Ascii(data, "XYZ ");
        Fixed(data.AsSpan(8), x);
        Fixed(data.AsSpan(12), y);
        Fixed(data.AsSpan(16), z);
        return data;
    }

    private static byte[] Text(string text)
    {
        var data = new byte[8 + text.Length + 1];
        Ascii(data, "text");
        Ascii(data.AsSpan(8), text);
        return data;
    }

    // textDescriptionType (ICC.1:2001-04, 6.5.17): ASCII, then empty Unicode and ScriptCode parts.
    private static byte[] Description(string text)
    {
        var data = new byte[12 + text.Length + 1 + 4 + 4 + 2 + 1 + 67];
        Ascii(data, "desc");
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), (uint)(text.Length + 1));
        Ascii(data.AsSpan(12), text);
        return data;
    }

    private static void Fixed(Span<byte> target, double value) =>
        BinaryPrimitives.WriteInt32BigEndian(target, (int)Math.Round(value * 65536));

    private static void Ascii(Span<byte> target, string text) => Encoding.ASCII.GetBytes(text, target);

    private static void Pad(List<byte> body)
    {
        while (body.Count % 4 != 0)
        {
            body.Add(0);
        }
    }
}
