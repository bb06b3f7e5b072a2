namespace LeadIntel.Workflows.Exports;

/// <summary>Streams the leads of an <see cref="ExportRequest"/> into its format on a stream; returns how many it wrote.</summary>
public sealed class LeadExporter(LeadExportSource source)
{
    public async Task<long> ExportAsync(ExportRequest request, Stream output, CancellationToken ct)
    {
        await using var sink = await CreateSinkAsync(request, output, ct);
        long count = 0;
        await foreach (var lead in source.ReadAsync(request, ct))
        {
            await sink.WriteAsync(lead, ct);
            count++;
        }

        await sink.CompleteAsync(ct);
        return count;
    }

    private static async Task<ILeadSink> CreateSinkAsync(ExportRequest request, Stream output, CancellationToken ct) => request.Format switch
    {
        ExportFormat.Csv => new CsvLeadSink(output, request.Bom),
        ExportFormat.JsonArray => new JsonLeadSink(output, array: true),
        ExportFormat.Ndjson => new JsonLeadSink(output, array: false),
        _ => await XlsxLeadSink.CreateAsync(output, ct),
    };
}
