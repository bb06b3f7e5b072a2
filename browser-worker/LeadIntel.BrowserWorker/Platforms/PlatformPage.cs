namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>What <see cref="IPlatformAdapter.Parse"/> read from one page: listings, pages to follow, or a block.</summary>
public sealed record PlatformPage(IReadOnlyList<PlatformListing> Listings, IReadOnlyList<PlatformRequest> FollowUps, PlatformBlock? Block = null)
{
    public static PlatformPage Blocked(PlatformBlock block) => new([], [], block);
}
