namespace LeadIntel.Core.Evaluation;

/// <summary>The comparison key of a phone: E.164, plus <c>;ext=N</c> when it has an extension (as RFC 3966 writes it).</summary>
public static class PhoneKey
{
    public static string Of(string e164, string? extension) =>
        string.IsNullOrEmpty(extension) ? e164 : e164 + ";ext=" + extension;
}
