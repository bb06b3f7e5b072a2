using DurableTask.AzureStorage;

namespace LeadIntel.Workflows.Engine;

/// <summary>
/// Lets the Azure Storage provider carry events created by the gRPC sidecar. The sidecar passes a
/// sub-orchestration's tags as a protobuf <c>MapField&lt;string, string&gt;</c>; the provider writes
/// queue messages with Newtonsoft type names and cannot resolve that type when reading them back (a
/// created sub-orchestration then never starts). Tags are written and read as a plain dictionary instead.
/// </summary>
public sealed class ProtobufTagsTypeBinder : ICustomTypeBinder
{
    private const string MapFieldPrefix = "Google.Protobuf.Collections.MapField`2";

    public void BindToName(Type serializedType, out string assemblyName, out string typeName)
    {
        assemblyName = null!;
        typeName = serializedType.FullName!.StartsWith(MapFieldPrefix, StringComparison.Ordinal)
            ? typeof(Dictionary<string, string>).FullName!
            : serializedType.FullName!;
    }

    public Type BindToType(string assemblyName, string typeName) =>
        typeName.StartsWith(MapFieldPrefix, StringComparison.Ordinal)
            ? typeof(Dictionary<string, string>)
            : Type.GetType(typeName, throwOnError: true)!;
}
