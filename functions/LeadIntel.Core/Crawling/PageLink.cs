namespace LeadIntel.Core.Crawling;

/// <summary>A link on a page: its absolute target and the words a reader sees for it.</summary>
public sealed record PageLink(Uri Url, string Text);
