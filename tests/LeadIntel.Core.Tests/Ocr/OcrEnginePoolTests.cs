using LeadIntel.Core.Ocr;

namespace LeadIntel.Core.Tests.Ocr;

[Collection(OcrCollection.Name)]
public class OcrEnginePoolTests(OcrEngines engines)
{
    [Fact]
    public async Task Two_concurrent_callers_get_distinct_engines_that_are_reused_afterwards()
    {
        using var pool = new OcrEnginePool(2);
        var (png, _) = TextImage.Render(["Tel 0800 123 4567"]);
        using var bothRented = new Barrier(2);

        async Task<(OcrEngine Engine, string Text)> CallerAsync()
        {
            await using var lease = await pool.RentAsync();
            // Both leases are held at once before either reads, so the pool must hand out two engines.
            bothRented.SignalAndWait(TimeSpan.FromSeconds(30));
            return (lease.Engine, lease.Engine.Recognize(png).Text.Trim());
        }

        var results = await Task.WhenAll(Task.Run(CallerAsync), Task.Run(CallerAsync));

        Assert.NotSame(results[0].Engine, results[1].Engine);
        Assert.All(results, r => Assert.Equal("Tel 0800 123 4567", r.Text));
        Assert.Equal(2, pool.CreatedEngines);

        using (var again = pool.Rent())
        {
            Assert.Contains(again.Engine, results.Select(r => r.Engine));
        }

        Assert.Equal(2, pool.CreatedEngines);
    }

    [Fact]
    public async Task A_full_pool_makes_the_next_caller_wait_for_a_return()
    {
        using var pool = new OcrEnginePool(1);
        var first = await pool.RentAsync();
        var engine = first.Engine;

        var second = pool.RentAsync().AsTask();
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Same(engine, lease.Engine);
        Assert.Equal(1, pool.CreatedEngines);
    }

    [Fact]
    public async Task A_lease_returns_its_engine_once_however_often_it_is_disposed()
    {
        using var pool = new OcrEnginePool(1);
        var lease = await pool.RentAsync();
        lease.Dispose();
        await lease.DisposeAsync();
        Assert.Throws<ObjectDisposedException>(() => lease.Engine);

        // Had the slot been released twice, two leases could now be held from a pool of one.
        using var held = pool.Rent();
        var extra = pool.RentAsync().AsTask();
        Assert.False(extra.IsCompleted);
        held.Dispose();
        (await extra.WaitAsync(TimeSpan.FromSeconds(30))).Dispose();
    }

    [Fact]
    public async Task A_failed_engine_creation_frees_its_slot()
    {
        var empty = Directory.CreateTempSubdirectory("tessdata-").FullName;
        using var pool = new OcrEnginePool(1, new OcrEngineOptions { DataPath = empty });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var error = await Assert.ThrowsAsync<OcrException>(async () => await pool.RentAsync(timeout.Token));
            Assert.Equal(OcrFailure.MissingLanguageData, error.Failure);
        }

        Assert.Equal(0, pool.CreatedEngines);
    }

    [Fact]
    public async Task A_disposed_pool_refuses_new_leases()
    {
        var pool = new OcrEnginePool(1);
        pool.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await pool.RentAsync());
    }

    [Fact]
    public async Task The_shared_pool_stays_within_its_bound()
    {
        var (png, _) = TextImage.Render(["x"]);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => engines.Pool.RecognizeAsync(png))));

        Assert.InRange(engines.Pool.CreatedEngines, 1, engines.Pool.MaxEngines);
    }
}
