namespace LeadIntel.Core.Ocr;

/// <summary>
/// OCR could not run: the image could not be decoded or was too large, the language data is missing,
/// or the native libraries are not installed. The message says which, for people.
/// </summary>
public sealed class OcrException : Exception
{
    public OcrException(OcrFailure failure, string message, Exception? inner = null)
        : base(message, inner) => Failure = failure;

    public OcrFailure Failure { get; }
}
