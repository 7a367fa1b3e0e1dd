namespace SiteGen.Core.Tests.TestSupport;

/// <summary>
/// A fact that needs a folder it cannot read (chmod 000), read in <see cref="UnixFiles.WithoutReadOverride{T}"/>. Where
/// even that reads it (root outside Linux, Windows) the fact is reported as skipped, with the reason, rather than passed.
/// </summary>
internal sealed class UnreadableFolderFactAttribute : FactAttribute
{
    public UnreadableFolderFactAttribute()
    {
        if (!UnixFiles.ModeZeroStopsReading)
        {
            Skip = "chmod 000 does not stop this user from reading a folder (root without per-thread capabilities, or not Unix)";
        }
    }
}
