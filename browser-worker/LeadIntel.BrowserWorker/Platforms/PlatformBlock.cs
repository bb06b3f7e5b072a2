using LeadIntel.Core.Platforms;

namespace LeadIntel.BrowserWorker.Platforms;

/// <summary>The site would not show the page: a login wall, a consent page or a CAPTCHA.</summary>
/// <param name="Status">One of the <c>blocked: ...</c> texts of <see cref="BrowserJobStatus"/>.</param>
/// <param name="Evidence">What gave it away (URL or page text), for the job log.</param>
public sealed record PlatformBlock(string Status, string Evidence)
{
    public static PlatformBlock Login(string evidence) => new(BrowserJobStatus.LoginRequired, evidence);

    public static PlatformBlock Consent(string evidence) => new(BrowserJobStatus.ConsentRequired, evidence);

    public static PlatformBlock Captcha(string evidence) => new(BrowserJobStatus.Captcha, evidence);
}
