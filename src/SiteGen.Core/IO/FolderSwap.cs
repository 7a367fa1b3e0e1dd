namespace SiteGen.Core.IO;

/// <summary>
/// Puts a newly built folder where the previous one was, so that a failure at any step leaves the previous folder
/// in place: one atomic exchange where the system has it, else two renames (the previous aside, the new in) with
/// the previous put back when the second fails.
/// </summary>
public sealed class FolderSwap(IFolderMoves moves)
{
    public static FolderSwap Default { get; } = new(SystemFolderMoves.Instance);

    /// <summary>
    /// Moves <paramref name="staged"/> to <paramref name="target"/>; returns the path that now holds the previous
    /// folder, for the caller to delete, or null when there was none.
    /// </summary>
    public string? Replace(string staged, string target)
    {
        if (!Directory.Exists(target))
        {
            moves.Move(staged, target);
            return null;
        }

        if (moves.TryExchange(staged, target))
        {
            return staged;
        }

        var previous = AsidePath(staged);
        moves.Move(target, previous);
        try
        {
            moves.Move(staged, target);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            try
            {
                moves.Move(previous, target);
            }
            catch (Exception restore) when (restore is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"{failure.Message}; and the previous folder could not be put back, it is at '{previous}'", restore);
            }

            throw;
        }

        return previous;
    }

    /// <summary>Where the two-rename swap puts the previous folder: the staged name with <c>.old-</c> for <c>.tmp-</c>.</summary>
    public static string AsidePath(string staged)
    {
        var name = Path.GetFileName(staged);
        var aside = name.Replace(".tmp-", ".old-", StringComparison.Ordinal);
        return Path.Combine(Path.GetDirectoryName(staged)!, aside == name ? name + ".old" : aside);
    }
}
