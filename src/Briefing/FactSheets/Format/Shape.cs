namespace Briefing.FactSheets.Format;

/// <summary>What a value in a fact sheet must look like; one tree of these is the whole format.</summary>
/// <remarks>
/// <c>Expected</c>: How messages name it: "a date (YYYY-MM-DD)", "a list of text".<br/>
/// </remarks>
internal abstract record Shape(string Expected);

/// <summary>A single YAML scalar, checked by <see cref="Rule"/>.</summary>
internal sealed record ScalarShape(ScalarRule Rule) : Shape(Rule.Expected);

/// <summary>A YAML sequence.</summary>
/// <remarks>
/// <c>IdScope</c>: When set, the <c>id</c> of each item is unique and can be referred to by <see cref="Field.RefersTo"/>.<br/>
/// <c>SingleTrue</c>: When set, at most one item may have this key set to <c>true</c>.<br/>
/// </remarks>
internal sealed record ListShape(
    Shape Item,
    int MinItems = 0,
    IdScope? IdScope = null,
    string? SingleTrue = null)
    : Shape(Item switch
    {
        ScalarShape s => $"a list of {s.Rule.Noun}",
        PortionShape p => $"a list of {p.Text.Rule.Noun}",
        MapShape => "a list of maps",
        _ => "a list",
    });

/// <summary>A YAML mapping with known keys only.</summary>
/// <remarks>
/// <c>Noun</c>: How messages name one such map: "party", "venue".<br/>
/// <c>OneOf</c>: Groups of keys of which exactly one must be given.<br/>
/// <c>Needs</c>: Pairs (key, other): <c>key</c> may be given only together with <c>other</c>.<br/>
/// <c>InOrder</c>: Pairs of date-time keys whose values, when both are given, may not run backwards.<br/>
/// <c>PortionText</c>: When set, the map is a portion of a marked document (a quote, a timeline entry): its mark is
/// its <c>marking</c> key or a prefix of the value of this key.<br/>
/// </remarks>
internal sealed record MapShape(
    string Noun,
    IReadOnlyList<Field> Fields,
    IReadOnlyList<IReadOnlyList<string>>? OneOf = null,
    IReadOnlyList<(string Key, string Other)>? Needs = null,
    IReadOnlyList<(string Earlier, string Later)>? InOrder = null,
    string? PortionText = null)
    : Shape("a map")
{
    // A loop, not a query: every key of every fact sheet is looked up here, and a query's closure costs more than the search.
    public Field? Find(string key)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Key == key)
            {
                return Fields[i];
            }
        }
        return null;
    }
}

/// <summary>Either a single scalar or a list of them, as in <c>drafted_by</c>.</summary>
internal sealed record ScalarOrListShape(ScalarShape Scalar)
    : Shape($"{Scalar.Rule.Noun} or a list of {Scalar.Rule.Noun}")
{
    public ListShape List { get; } = new(Scalar);
}

/// <summary>
/// A portion of a marked document written as text: either a scalar (<c>"(U) Ukraine has not been invited."</c>)
/// or the map <see cref="Marked"/> (<c>{ text: ..., marking: U }</c>), which only <see cref="Version"/> knows.
/// </summary>
internal sealed record PortionShape(ScalarShape Text, MapShape Marked, string Version)
    : Shape($"{Text.Rule.Expected} or a map with `text` and `marking`");

/// <summary>Any YAML at all, for <c>extra</c>.</summary>
internal sealed record AnyShape() : Shape("any YAML value");

/// <summary>A key of a <see cref="MapShape"/>.</summary>
/// <remarks>
/// <c>Default</c>: The value used when the key is absent, as the JSON schema states it.<br/>
/// <c>RefersTo</c>: The <see cref="ListShape.IdScope"/> this value must name an id of.<br/>
/// <c>Since</c>: The format version that introduced the key; older versions refuse it.<br/>
/// </remarks>
internal sealed record Field(
    string Key,
    Shape Shape,
    string Description,
    bool Required = false,
    string? Default = null,
    IdScope? RefersTo = null,
    string? Since = null);

/// <summary>A set of ids that other values refer to, such as the ids of <c>parties</c>.</summary>
/// <remarks>
/// <c>Noun</c>: One item, as messages name it: "party".<br/>
/// <c>ListKey</c>: The top-level list that defines the ids: "parties".<br/>
/// </remarks>
internal sealed record IdScope(string Noun, string ListKey);
