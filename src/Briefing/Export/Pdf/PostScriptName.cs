using System.Buffers.Binary;
using System.Text;

namespace Briefing.Export.Pdf;

/// <summary>
/// A font's PostScript name (name ID 6 of its <c>name</c> table), which a PDF states as the font's BaseFont
/// (ISO 32000-1, 9.6.2.1). It is the font's own name: a file name or path would tell where the font lay on the
/// machine that wrote the PDF, and change the bytes when the same font moves.
/// </summary>
internal static class PostScriptName
{
    private const int PostScriptNameId = 6;

    /// <summary>The name as PDF name characters, or null when the table has none.</summary>
    public static string? Read(ReadOnlySpan<byte> nameTable)
    {
        if (nameTable.Length < 6)
        {
            return null;
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(nameTable[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(nameTable[4..]);
        for (var i = 0; i < count && 6 + 12 * (i + 1) <= nameTable.Length; i++)
        {
            var record = nameTable.Slice(6 + 12 * i, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            if (BinaryPrimitives.ReadUInt16BigEndian(record[6..]) != PostScriptNameId || platform is not (1 or 3))
            {
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = strings + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (offset + length > nameTable.Length)
            {
                continue;
            }
            var bytes = nameTable.Slice(offset, length);
            // Windows names are UTF-16BE, Macintosh ones single bytes; a PostScript name is printable ASCII either way.
            var text = platform == 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            var name = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c is > ' ' and < '\u007F' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%'))
                {
                    name.Append(c);
                }
            }
            if (name.Length > 0)
            {
                return name.ToString();
            }
        }
        return null;
    }
}
