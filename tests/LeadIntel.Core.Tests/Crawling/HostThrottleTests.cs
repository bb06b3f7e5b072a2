using LeadIntel.Core.Crawling;

namespace LeadIntel.Core.Tests.Crawling;

public class HostThrottleTests
{
    private static readonly Uri A = new("https://a.test/1");
    private static readonly Uri A2 = new("https://a.test/2");
    private static readonly Uri B = new("https://b.test/1");

    [Fact]
    public async Task Holds_a_second_request_to_a_full_host_until_the_first_lease_ends()
    {
        var throttle = new HostThrottle(1, TimeSpan.Zero, new SteppingClock());
        var first = await throttle.EnterAsync(A, CancellationToken.None);
        var second = throttle.EnterAsync(A2, CancellationToken.None);
        var other = await throttle.EnterAsync(B, CancellationToken.None); // another host is not held

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
        other.Dispose();
    }

    [Fact]
    public async Task Spaces_request_starts_by_the_delay_and_raises_it_for_one_host_only()
    {
        var clock = new SteppingClock();
        var throttle = new HostThrottle(4, TimeSpan.FromSeconds(1), clock);
        throttle.RaiseDelay(A, TimeSpan.FromSeconds(3));
        throttle.RaiseDelay(A, TimeSpan.FromSeconds(2)); // never lowers

        var start = clock.GetUtcNow();
        (await throttle.EnterAsync(A, CancellationToken.None)).Dispose();
        (await throttle.EnterAsync(A2, CancellationToken.None)).Dispose();
        Assert.Equal(TimeSpan.FromSeconds(3), clock.GetUtcNow() - start);

        (await throttle.EnterAsync(B, CancellationToken.None)).Dispose();
        Assert.Equal(TimeSpan.FromSeconds(3), clock.GetUtcNow() - start); // first request to B: no wait
        Assert.Equal(TimeSpan.FromSeconds(1), throttle.DelayFor(B));
    }
}
