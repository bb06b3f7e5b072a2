namespace LeadIntel.Cli.Extract;

/// <summary>An image could not be loaded for OCR; the message says why, for people.</summary>
public sealed class ImageLoadException(string message) : Exception(message);
