namespace Briefing.Text;

/// <summary>A family fallback list with a weight and slant, as a theme asks for it.</summary>
internal sealed record FontRequest
{
    public FontRequest(IReadOnlyList<string> families, bool bold, bool italic)
    {
        Families = families;
        Bold = bold;
        Italic = italic;
    }

    public IReadOnlyList<string> Families
    {
        get;
        // The joined names are kept with the list (also through `with`), because the font caches look a request
        // up for every character of every paragraph.
        init
        {
            field = value;
            FamilyNames = string.Join(",", value);
        }
    }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    /// <summary>The families as one string, for comparing requests by value.</summary>
    public string FamilyNames { get; private init; } = "";

    /// <summary>Equal for requests that ask for the same fonts, whatever list objects they hold.</summary>
    public (string Families, bool Bold, bool Italic) Key => (FamilyNames, Bold, Italic);
}
