using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Markup;

/// <summary>The document language (<c>language</c> or <c>lang</c>) of the YAML front matter; errors in it are reported by layout.</summary>
internal static class FrontMatterLanguage
{
    public static string? Read(string? yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var key in new[] { "language", "lang" })
                {
                    var found = map.Children.FirstOrDefault(c => string.Equals((c.Key as YamlScalarNode)?.Value, key, StringComparison.OrdinalIgnoreCase));
                    if (found.Value is YamlScalarNode { Value.Length: > 0 } value)
                    {
                        return value.Value;
                    }
                }
            }
        }
        catch (YamlException)
        {
        }
        return null;
    }
}
