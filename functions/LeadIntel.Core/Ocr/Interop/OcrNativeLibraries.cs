using System.Reflection;
using System.Runtime.InteropServices;

namespace LeadIntel.Core.Ocr.Interop;

/// <summary>
/// Resolves the logical library names used by the OCR imports to Debian's sonames, and prepares the
/// process environment before Tesseract is first loaded.
/// </summary>
/// <remarks>
/// .NET allows one import resolver per assembly; this is LeadIntel.Core's. Add new names here rather
/// than registering a second resolver.
/// </remarks>
internal static partial class OcrNativeLibraries
{
    public const string Tesseract = "tesseract";
    public const string Leptonica = "leptonica";
    public const string Libc = "libc";

    // Bookworm ships liblept.so.5; later Debian releases renamed Leptonica to libleptonica.so.6.
    private static readonly Dictionary<string, string[]> Candidates = new(StringComparer.Ordinal)
    {
        [Tesseract] = ["libtesseract.so.5", "libtesseract.so"],
        [Leptonica] = ["liblept.so.5", "libleptonica.so.6", "liblept.so", "libleptonica.so"],
        [Libc] = ["libc.so.6"],
    };

    private static readonly Lock Gate = new();
    private static bool _ready;

    /// <summary>
    /// Registers the resolver and caps OpenMP at one thread. libgomp reads <c>OMP_THREAD_LIMIT</c> when it
    /// is loaded together with libtesseract, so this must run before the first Tesseract call; with
    /// OpenMP's default (all cores per engine) OCR measured ~5x slower on 2 cores with 2 engines.
    /// </summary>
    public static void EnsureReady()
    {
        lock (Gate)
        {
            if (_ready)
            {
                return;
            }

            NativeLibrary.SetDllImportResolver(typeof(OcrNativeLibraries).Assembly, Resolve);
            // Environment.SetEnvironmentVariable only changes .NET's copy, not the C environ libgomp reads.
            // overwrite=0 keeps a limit the operator chose.
            _ = SetEnv("OMP_THREAD_LIMIT", "1", 0);
            if (Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT") is null)
            {
                Environment.SetEnvironmentVariable("OMP_THREAD_LIMIT", "1");
            }

            _ready = true;
        }
    }

    /// <summary>The value of a variable in the C environment (what native libraries see).</summary>
    public static string? GetNativeEnvironment(string name) => Marshal.PtrToStringUTF8(GetEnv(name));

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (!Candidates.TryGetValue(name, out var files))
        {
            return IntPtr.Zero;
        }

        foreach (var file in files)
        {
            if (NativeLibrary.TryLoad(file, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        // Zero lets the runtime try its own probing and throw DllNotFoundException naming the library.
        return IntPtr.Zero;
    }

    [LibraryImport(Libc, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport(Libc, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);
}
