using System.Text.Json.Serialization;

namespace LeadIntel.Workflows.Archive;

/// <summary>Source-generated JSON of the archive manifests and the restore answer.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(ArchiveManifest))]
[JsonSerializable(typeof(RestoreResult))]
public sealed partial class ArchiveJson : JsonSerializerContext;
