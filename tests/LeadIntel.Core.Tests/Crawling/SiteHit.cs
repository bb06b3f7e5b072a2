namespace LeadIntel.Core.Tests.Crawling;

/// <summary>One request the loopback site received, stamped with the test clock.</summary>
public sealed record SiteHit(string PathAndQuery, string UserAgent, DateTimeOffset At);
