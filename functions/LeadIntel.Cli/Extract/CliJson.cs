using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadIntel.Cli.Extract;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ExtractOutput))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Prints '+' and non-ASCII text as is: the output is read by people and by JSON parsers, not embedded in HTML.</summary>
    public static CliJson Relaxed { get; } = new(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
