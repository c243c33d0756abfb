namespace Briefing.Export.Pdf;

/// <summary>Reads the standards a user names on the command line: <c>ua1,a2</c>, one of them, or <c>none</c>.</summary>
public static class PdfStandardsText
{
    public const string Choices = "ua1, a2, ua1,a2 or none";

    /// <summary>The standards named, or null (with the offending word in <paramref name="error"/>) for anything else.</summary>
    public static PdfStandards? Parse(string text, out string? error)
    {
        error = null;
        var standards = PdfStandards.None;
        var words = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            error = text;
            return null;
        }
        foreach (var word in words)
        {
            switch (word.ToLowerInvariant())
            {
                case "ua1" or "pdf/ua-1" or "ua-1":
                    standards |= PdfStandards.UA1;
                    break;
                case "a2" or "pdf/a-2" or "a-2":
                    standards |= PdfStandards.A2;
                    break;
                case "none" when words.Length == 1:
                    break;
                default:
                    error = word;
                    return null;
            }
        }
        return standards;
    }
}
