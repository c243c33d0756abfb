using System.Text.Json.Serialization;

namespace Briefing.Cli.Serve;

/// <summary>Serialisation of the preview's JSON, generated at compile time so no reflection is needed at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WorkspaceModel))]
[JsonSerializable(typeof(StateModel))]
internal sealed partial class ServeJson : JsonSerializerContext;
