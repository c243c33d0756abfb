using System.Runtime.InteropServices;

namespace Briefing.Text;

/// <summary>
/// A HarfBuzz blob over a native copy of the bytes. HarfBuzz keeps the pointer it is given, so the bytes must not
/// live in a managed array the garbage collector may move.
/// </summary>
internal static class NativeBlob
{
    public static HarfBuzzSharp.Blob Create(byte[] data)
    {
        var pointer = Marshal.AllocHGlobal(Math.Max(1, data.Length));
        Marshal.Copy(data, 0, pointer, data.Length);
        return new HarfBuzzSharp.Blob(pointer, data.Length, HarfBuzzSharp.MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(pointer));
    }
}
