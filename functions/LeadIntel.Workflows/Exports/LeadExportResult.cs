using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace LeadIntel.Workflows.Exports;

/// <summary>An HTTP answer that streams an export as an attachment while it is produced, never buffered whole.</summary>
public sealed class LeadExportResult(LeadExporter exporter, ExportRequest request) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = request.ContentType;
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = request.FileName() }.ToString();
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await exporter.ExportAsync(request, response.Body, httpContext.RequestAborted);
    }
}
