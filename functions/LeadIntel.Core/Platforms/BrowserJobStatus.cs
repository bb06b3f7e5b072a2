namespace LeadIntel.Core.Platforms;

/// <summary>Job status texts. <c>blocked: ...</c> and <c>failed: ...</c> are final: retrying will not help.</summary>
public static class BrowserJobStatus
{
    public const string Completed = "completed";
    public const string LoginRequired = "blocked: login required";
    public const string ConsentRequired = "blocked: consent required";
    public const string Captcha = "blocked: captcha";
    public const string UnknownPlatform = "failed: unknown platform";

    public static string Failed(string reason) => $"failed: {reason}";

    public static bool IsBlocked(string status) => status.StartsWith("blocked:", StringComparison.Ordinal);
}
