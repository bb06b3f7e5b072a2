namespace LeadIntel.Core.Ocr;

/// <summary>
/// Exclusive use of one pooled <see cref="OcrEngine"/> until disposed; disposing returns the engine
/// to its pool exactly once, however many times it is called.
/// </summary>
public sealed class OcrEngineLease : IDisposable, IAsyncDisposable
{
    private readonly OcrEnginePool _pool;
    private OcrEngine? _engine;

    internal OcrEngineLease(OcrEnginePool pool, OcrEngine engine)
    {
        _pool = pool;
        _engine = engine;
    }

    /// <summary>The leased engine; not to be kept after the lease is disposed.</summary>
    public OcrEngine Engine => _engine ?? throw new ObjectDisposedException(nameof(OcrEngineLease));

    public void Dispose()
    {
        var engine = Interlocked.Exchange(ref _engine, null);
        if (engine is not null)
        {
            _pool.Return(engine);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
