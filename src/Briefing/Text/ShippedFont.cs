namespace Briefing.Text;

/// <summary>One font file carried inside the program, opened only when a document asks for its family and style.</summary>
internal sealed record ShippedFont(string Family, bool Bold, bool Italic, string File)
{
    /// <summary>The manifest resource the file is embedded as.</summary>
    public string Resource => "Briefing.Fonts." + File;

    /// <summary>A name unique within a library, in the form used for system faces: family, weight, slant, index.</summary>
    public string Name => $"{Family}|{(Bold ? 700 : 400)}|{(Italic ? "Italic" : "Upright")}|0";

    /// <summary>The file's bytes; each call reads the embedded resource again, so callers keep what they load.</summary>
    public byte[] Read()
    {
        using var stream = typeof(ShippedFont).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The program was built without its font {File}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
