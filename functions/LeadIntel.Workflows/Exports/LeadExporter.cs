namespace LeadIntel.Workflows.Exports;

/// <summary>
/// Streams the leads of an <see cref="ExportRequest"/> into its format on a stream, campaign by campaign;
/// returns how many it wrote. A CSV takes a finished campaign's merged CSV rows as they are (no JSON to
/// parse); everything else reads the leads.
/// </summary>
public sealed class LeadExporter(LeadExportSource source)
{
    public async Task<long> ExportAsync(ExportRequest request, Stream output, CancellationToken ct)
    {
        var campaigns = await source.CampaignsAsync(request, ct);
        await using var sink = await CreateSinkAsync(request, output, ct);
        var filter = ExportFilter.For(request);
        long count = 0;
        foreach (var campaign in campaigns)
        {
            if (sink is CsvLeadSink csv && await source.OpenMergedCsvAsync(request, campaign, ct) is { } merged)
            {
                await using (merged)
                {
                    count += await csv.CopyRowsAsync(merged, filter, ct);
                }

                continue;
            }

            await foreach (var lead in source.LeadsAsync(request, campaign, ct))
            {
                await sink.WriteAsync(lead, ct);
                count++;
            }
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
