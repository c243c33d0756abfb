using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.FactSheets.Format;

/// <summary>Writes a <see cref="Shape"/> tree as a JSON Schema (draft-07), the draft YAML editors know best.</summary>
internal static class JsonSchemaWriter
{
    public static string Write(MapShape root, string title, string description)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Descriptions hold backticks, quotes and `<`; the file is read by people too.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", title);
            json.WriteString("description", description);
            WriteShapeBody(json, root);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteField(Utf8JsonWriter json, Field field)
    {
        json.WriteStartObject(field.Key);
        json.WriteString("description", field.Description);
        WriteShapeBody(json, field.Shape);
        if (field.Default is { } value)
        {
            if (field.Shape is ScalarShape { Rule.JsonTypes: ["boolean"] }) json.WriteBoolean("default", value == "true");
            else json.WriteString("default", value);
        }

        json.WriteEndObject();
    }

    private static void WriteShape(Utf8JsonWriter json, Shape shape)
    {
        json.WriteStartObject();
        WriteShapeBody(json, shape);
        json.WriteEndObject();
    }

    private static void WriteShapeBody(Utf8JsonWriter json, Shape shape)
    {
        switch (shape)
        {
            case ScalarShape scalar:
                WriteScalar(json, scalar.Rule);
                break;
            case ScalarOrListShape either:
                json.WriteStartArray("anyOf");
                WriteShape(json, either.Scalar);
                WriteShape(json, either.List);
                json.WriteEndArray();
                break;
            case PortionShape portion:
                json.WriteStartArray("anyOf");
                WriteShape(json, portion.Text);
                WriteShape(json, portion.Marked);
                json.WriteEndArray();
                break;
            case ListShape list:
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                WriteShape(json, list.Item);
                if (list.MinItems > 0) json.WriteNumber("minItems", list.MinItems);
                break;
            case MapShape map:
                WriteMap(json, map);
                break;
            case AnyShape:
                break;
            default:
                throw new InvalidOperationException($"no JSON schema for {shape.GetType().Name}");
        }
    }

    private static void WriteScalar(Utf8JsonWriter json, ScalarRule rule)
    {
        if (rule.JsonTypes.Count == 1)
        {
            json.WriteString("type", rule.JsonTypes[0]);
        }
        else
        {
            json.WriteStartArray("type");
            foreach (var type in rule.JsonTypes) json.WriteStringValue(type);
            json.WriteEndArray();
        }

        if (rule.Enum is { } values)
        {
            json.WriteStartArray("enum");
            foreach (var value in values) json.WriteStringValue(value);
            json.WriteEndArray();
        }

        if (rule.Pattern is { } pattern) json.WriteString("pattern", pattern);
        if (rule.JsonFormat is { } format) json.WriteString("format", format);
    }

    private static void WriteMap(Utf8JsonWriter json, MapShape map)
    {
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var field in map.Fields) WriteField(json, field);
        json.WriteEndObject();

        var required = map.Fields.Where(f => f.Required).Select(f => f.Key).ToList();
        if (required.Count > 0)
        {
            json.WriteStartArray("required");
            foreach (var key in required) json.WriteStringValue(key);
            json.WriteEndArray();
        }

        json.WriteBoolean("additionalProperties", false);

        foreach (var group in map.OneOf ?? [])
        {
            // Exactly one of the keys: one branch per key, each requiring it; oneOf rejects two.
            json.WriteStartArray("oneOf");
            foreach (var key in group)
            {
                json.WriteStartObject();
                json.WriteStartArray("required");
                json.WriteStringValue(key);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (map.Needs is { Count: > 0 } needs)
        {
            json.WriteStartObject("dependencies");
            foreach (var (key, other) in needs)
            {
                json.WriteStartArray(key);
                json.WriteStringValue(other);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }
    }
}
