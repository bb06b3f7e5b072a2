using LeadIntel.Core.Emails;

namespace LeadIntel.Core.Tests.Emails;

public class EmailAddressTests
{
    [Theory]
    [InlineData("Hello@MapleLeafDental.ca", "hello@mapleleafdental.ca")]
    [InlineData("first.last+tag@sub.domain.co.uk.", "first.last+tag@sub.domain.co.uk")]
    public void Accepts_and_lower_cases(string raw, string expected)
    {
        Assert.True(EmailAddress.TryNormalize(raw, out var address));
        Assert.Equal(expected, address);
    }

    [Theory]
    [InlineData("logo@2x.png")]
    [InlineData("icon@3x.webp")]
    [InlineData("sprite@1.5x.svg")]
    [InlineData("user@example.com")]
    [InlineData("a..b@domain.org")]
    [InlineData("no-at-sign.com")]
    [InlineData("index@home.html")]
    [InlineData("0123456789abcdef0123456789abcdef@o1.ingest.us.sentry.io")]
    [InlineData("deadbeefdeadbeefdeadbeef@sentry-next.wixpress.com")]
    public void Rejects_look_alikes_and_placeholders(string raw) => Assert.False(EmailAddress.TryNormalize(raw, out _));
}
