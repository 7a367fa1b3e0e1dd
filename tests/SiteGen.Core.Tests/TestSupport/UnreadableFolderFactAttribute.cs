namespace SiteGen.Core.Tests.TestSupport;

/// <summary>
/// A fact that needs a folder this process cannot read (chmod 000). Root reads it anyway, as tests in CI and in
/// containers run, so there the fact is reported as skipped, with the reason, rather than passed.
/// </summary>
internal sealed class UnreadableFolderFactAttribute : FactAttribute
{
    public UnreadableFolderFactAttribute()
    {
        if (!UnixFiles.ModeZeroStopsReading)
        {
            Skip = "chmod 000 does not stop this user from reading a folder (root, or not Unix): no unreadable folder can be made";
        }
    }
}
