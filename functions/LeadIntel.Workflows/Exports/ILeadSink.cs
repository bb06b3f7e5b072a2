using LeadIntel.Core.Model;

namespace LeadIntel.Workflows.Exports;

/// <summary>Writes leads one at a time into a file format on a stream, holding at most a small buffer.</summary>
public interface ILeadSink : IAsyncDisposable
{
    Task WriteAsync(Lead lead, CancellationToken ct);

    /// <summary>Writes what closes the file (array end, workbook parts) and flushes.</summary>
    Task CompleteAsync(CancellationToken ct);
}
