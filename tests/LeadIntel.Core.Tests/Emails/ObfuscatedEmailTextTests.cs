using LeadIntel.Core.Emails;

namespace LeadIntel.Core.Tests.Emails;

public class ObfuscatedEmailTextTests
{
    [Theory]
    [InlineData("Mail: john [at] acme [dot] com")]
    [InlineData("Mail: john (at) acme (dot) com")]
    [InlineData("Mail: john{at}acme{dot}com")]
    [InlineData("Mail: john [@] acme [.] com")]
    [InlineData("Mail: john@acme[.]com")]
    [InlineData("Mail: john@acme(.)com")]
    [InlineData("Mail: john AT acme DOT com")]
    [InlineData("Mail: john @ acme . com")]
    [InlineData("Mail: john at acme dot com")]
    [InlineData("Mail: John [AT] Acme [DOT] com")]
    public void Reveals_common_obfuscations(string text) =>
        Assert.Equal(["john@acme.com"], EmailScanner.Scan(ObfuscatedEmailText.Reveal(text)).Select(c => c.Address));

    [Fact]
    public void Reveals_multi_label_domains() =>
        Assert.Equal(["jane.doe@mail.acme.co.uk"], EmailScanner.Scan(ObfuscatedEmailText.Reveal("jane.doe at mail dot acme dot co dot uk")).Select(c => c.Address));

    [Theory]
    [InlineData("Meet us at the office, dot the i's")]
    [InlineData("We are at home dot then")]
    [InlineData("Look at acme dot example for details")]
    [InlineData("Meet us (at) the park")]
    public void Leaves_prose_alone(string text) => Assert.Empty(EmailScanner.Scan(ObfuscatedEmailText.Reveal(text)));
}
