namespace SiteGen.Server.Watching;

/// <summary>Reports changed files under the folders a site is built from, one path at a time.</summary>
public interface IChangeSource : IDisposable
{
    /// <summary>Raised with the full path of a file that was added, removed or rewritten.</summary>
    event Action<string>? Changed;

    /// <summary>Raised when the source can no longer see changes (a watcher overflow or error).</summary>
    event Action<Exception>? Failed;

    void Start();
}
