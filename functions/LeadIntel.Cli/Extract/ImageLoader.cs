namespace LeadIntel.Cli.Extract;

/// <summary>
/// Loads image bytes for OCR from http(s), file: and data: URLs, refusing anything over
/// <see cref="MaxBytes"/> or not served as an image.
/// </summary>
public sealed class ImageLoader(HttpClient http, long maxBytes = ImageLoader.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public long MaxBytes => maxBytes;

    /// <exception cref="ImageLoadException">The image is missing, too large, not an image, or its URL is not allowed.</exception>
    public async Task<byte[]> LoadAsync(Uri url, CancellationToken ct)
    {
        return url.Scheme switch
        {
            "http" or "https" => await DownloadAsync(url, ct),
            "file" => await ReadFileAsync(url.LocalPath, ct),
            "data" => Decode(url.OriginalString),
            _ => throw new ImageLoadException($"unsupported scheme '{url.Scheme}'"),
        };
    }

    /// <summary>Reads a local image file, within the size limit.</summary>
    public async Task<byte[]> ReadFileAsync(string path, CancellationToken ct)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new ImageLoadException("file not found");
        }

        if (file.Length > maxBytes)
        {
            throw new ImageLoadException($"{file.Length} bytes, over the {maxBytes} byte limit");
        }

        return await File.ReadAllBytesAsync(path, ct);
    }

    private async Task<byte[]> DownloadAsync(Uri url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new ImageLoadException($"http {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        var type = response.Content.Headers.ContentType?.MediaType;
        if (type is not null && !type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && type != "application/octet-stream")
        {
            throw new ImageLoadException($"served as {type}, not an image");
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw new ImageLoadException($"{response.Content.Headers.ContentLength} bytes, over the {maxBytes} byte limit");
        }

        // Content-Length can be absent or wrong: count while reading.
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ImageLoadException($"over the {maxBytes} byte limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private byte[] Decode(string dataUri)
    {
        var comma = dataUri.IndexOf(',');
        var header = comma < 0 ? string.Empty : dataUri[..comma];
        if (!header.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) || !header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImageLoadException("only base64 data:image URLs are read");
        }

        var payload = dataUri[(comma + 1)..];
        if (payload.Length / 4 * 3 > maxBytes)
        {
            throw new ImageLoadException($"over the {maxBytes} byte limit");
        }

        try
        {
            return Convert.FromBase64String(Uri.UnescapeDataString(payload));
        }
        catch (FormatException)
        {
            throw new ImageLoadException("invalid base64 in data: URL");
        }
    }
}
