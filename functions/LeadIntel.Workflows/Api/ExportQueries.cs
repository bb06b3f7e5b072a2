using LeadIntel.Workflows.Exports;
using LeadIntel.Workflows.Storage;
using Microsoft.AspNetCore.Http;

namespace LeadIntel.Workflows.Api;

/// <summary><c>GET /api/exports</c>: the caller's leads across campaigns as CSV, JSON, NDJSON or XLSX, streamed.</summary>
public sealed class ExportQueries(LeadExporter exporter, CampaignTable campaigns)
{
    public async Task<IResult> ExportAsync(HttpRequest http, CancellationToken ct)
    {
        var (request, problem) = ExportRequestReader.Read(http);
        if (request is null)
        {
            return problem!;
        }

        // Checked before the first byte: once streaming has begun, the status can no longer change.
        if (request.Campaign is { } id && await campaigns.GetAsync(request.User, id, ct) is null)
        {
            return ApiProblems.NotFound(id);
        }

        return new LeadExportResult(exporter, request);
    }
}
