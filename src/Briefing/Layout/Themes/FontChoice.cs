namespace Briefing.Layout;

/// <summary>
/// A block's <c>font:</c> as the theme wrote it: one of the theme's font roles (<c>body</c>, <c>heading</c>,
/// <c>mono</c>) or a family list of its own. A role is kept as a role and looked up in the theme that is finally
/// used, so a theme that changes <c>fonts:</c> changes every block that names the role, including the blocks it
/// inherits from the built-in theme.
/// </summary>
public sealed record FontChoice
{
    private FontChoice(string? role, IReadOnlyList<string>? families)
    {
        Role = role;
        Families = families;
    }

    public const string Body = "body";
    public const string Heading = "heading";
    public const string Mono = "mono";

    public static IReadOnlyList<string> Roles { get; } = [Body, Heading, Mono];

    /// <summary>The role named, or null when the choice is a family list.</summary>
    public string? Role { get; }

    /// <summary>The family list given, or null when the choice is a role.</summary>
    public IReadOnlyList<string>? Families { get; }

    public static FontChoice OfRole(string role) => new(role, null);

    public static FontChoice OfFamilies(IReadOnlyList<string> families) => new(null, families);

    /// <summary>The family list this choice stands for in a theme with <paramref name="fonts"/>.</summary>
    public IReadOnlyList<string> In(FontFamilies fonts) => Role switch
    {
        Heading => fonts.Heading,
        Mono => fonts.Mono,
        Body => fonts.Body,
        _ => Families ?? fonts.Body,
    };

    public bool Equals(FontChoice? other) =>
        other is not null && Role == other.Role
        && (Families is null ? other.Families is null : other.Families is not null && Families.SequenceEqual(other.Families, StringComparer.Ordinal));

    public override int GetHashCode() => HashCode.Combine(Role, Families is null ? "" : string.Join(",", Families));
}
