using System.Collections.Concurrent;

namespace LeadIntel.Core.Ocr;

/// <summary>
/// A bounded set of reusable <see cref="OcrEngine"/>s: at most <see cref="MaxEngines"/> exist, each
/// used by one caller at a time. Engines are created on first demand and kept until the pool is disposed.
/// </summary>
/// <example><code>
/// using var lease = await pool.RentAsync(ct);
/// var result = lease.Engine.Recognize(bytes);
/// </code></example>
public sealed class OcrEnginePool : IDisposable
{
    private readonly Func<OcrEngine> _create;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<OcrEngine> _idle = [];
    private int _created;
    private volatile bool _disposed;

    /// <param name="maxEngines">How many engines may exist (and run) at once; one per core is a good bound.</param>
    public OcrEnginePool(int maxEngines, OcrEngineOptions? options = null)
        : this(maxEngines, () => OcrEngine.Create(options))
    {
    }

    internal OcrEnginePool(int maxEngines, Func<OcrEngine> create)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEngines, 1);
        MaxEngines = maxEngines;
        _create = create;
        _slots = new SemaphoreSlim(maxEngines, maxEngines);
    }

    public int MaxEngines { get; }

    /// <summary>How many engines this pool has created so far.</summary>
    public int CreatedEngines => Volatile.Read(ref _created);

    /// <summary>Waits for a free engine (creating one while under the bound) and leases it to the caller.</summary>
    /// <exception cref="OcrException">A new engine could not be created (language data or libraries missing).</exception>
    public async ValueTask<OcrEngineLease> RentAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(ct).ConfigureAwait(false);
        return TakeSlot();
    }

    /// <summary>Blocking form of <see cref="RentAsync"/> for synchronous callers.</summary>
    public OcrEngineLease Rent(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait(ct);
        return TakeSlot();
    }

    /// <summary>Rents an engine, reads one image and returns the engine.</summary>
    public async Task<OcrResult> RecognizeAsync(ReadOnlyMemory<byte> image, CancellationToken ct = default)
    {
        using var lease = await RentAsync(ct).ConfigureAwait(false);
        return lease.Engine.Recognize(image.Span);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }

    internal void Return(OcrEngine engine)
    {
        if (_disposed)
        {
            engine.Dispose();
        }
        else
        {
            _idle.Add(engine);
            // A Dispose racing with this Add may have emptied the bag already; drain again.
            if (_disposed)
            {
                Dispose();
            }
        }

        _slots.Release();
    }

    private OcrEngineLease TakeSlot()
    {
        try
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(OcrEnginePool));
            }

            if (!_idle.TryTake(out var engine))
            {
                engine = _create();
                Interlocked.Increment(ref _created);
            }

            return new OcrEngineLease(this, engine);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }
}
