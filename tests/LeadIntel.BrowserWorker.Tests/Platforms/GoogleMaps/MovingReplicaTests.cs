using LeadIntel.BrowserWorker.Tests.Fixtures;
using LeadIntel.PlatformReplicas;

namespace LeadIntel.BrowserWorker.Tests.Platforms.GoogleMaps;

[Collection(BrowserCollection.Name)]
public sealed class MovingReplicaTests(BrowserFixture browser)
{
    private const string MarkerTransform = "() => document.querySelector('#scene > div[aria-hidden]')?.style.transform ?? null";

    [Fact]
    public async Task The_moving_mount_keeps_changing_the_page_and_the_plain_one_does_not_move()
    {
        await using var lease = await browser.Pool.AcquireAsync();
        var page = lease.Page;
        await page.GotoAsync(browser.Replicas.Url(ReplicaBasePaths.DefaultPrefix + ReplicaBasePaths.GoogleMapsMoving + "/maps/search/dentists+in+Toronto?hl=en").ToString());
        await page.WaitForSelectorAsync("div[role='feed'] a.hfpxzc");
        await page.WaitForFunctionAsync($"() => ({MarkerTransform})() !== null && ({MarkerTransform})() !== ''");
        var first = await page.EvaluateAsync<string>(MarkerTransform);

        // The marker moves again and again: wait for two further positions.
        await page.WaitForFunctionAsync($"(t) => ({MarkerTransform})() !== t", first);
        var second = await page.EvaluateAsync<string>(MarkerTransform);
        await page.WaitForFunctionAsync($"(t) => ({MarkerTransform})() !== t", second);

        await page.GotoAsync(browser.Replicas.Url(ReplicaBasePaths.DefaultPrefix + ReplicaBasePaths.GoogleMaps + "/maps/search/dentists+in+Toronto?hl=en").ToString());
        await page.WaitForSelectorAsync("div[role='feed'] a.hfpxzc");
        Assert.Null(await page.EvaluateAsync<string?>(MarkerTransform));
    }
}
