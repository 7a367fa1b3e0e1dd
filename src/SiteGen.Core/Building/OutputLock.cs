namespace SiteGen.Core.Building;

/// <summary>
/// Held by the one build writing into an output folder: an exclusive lock on <c>.&lt;name&gt;.lock</c> beside it
/// (flock on Unix, a sharing lock on Windows). The operating system releases it when the process ends, however it
/// ends, so a killed build never leaves a stale lock. The file itself stays: deleting it would let a build that
/// opened it a moment earlier lock a file no one else can find.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _file;

    private OutputLock(FileStream file, string path) => (_file, Path) = (file, path);

    public string Path { get; }

    /// <summary>The lock file of <paramref name="output"/>.</summary>
    public static string PathFor(string output) =>
        System.IO.Path.Combine(StagingFolders.Parent(output), $".{StagingFolders.Name(output)}.lock");

    /// <summary>Takes the lock of <paramref name="output"/> at once, or returns null when another build holds it.</summary>
    public static OutputLock? TryAcquire(string output)
    {
        var path = PathFor(output);
        Directory.CreateDirectory(StagingFolders.Parent(output));
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
