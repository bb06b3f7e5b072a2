namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>What <see cref="IBrowserPlatformAdapter.Parse"/> read from one page: listings, pages to follow, or a block.</summary>
public sealed record PlatformPage(IReadOnlyList<PlatformListing> Listings, IReadOnlyList<PageRequest> FollowUps, PlatformBlock? Block = null)
{
    public static PlatformPage Blocked(PlatformBlock block) => new([], [], block);
}
