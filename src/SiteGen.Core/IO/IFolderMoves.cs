namespace SiteGen.Core.IO;

/// <summary>The renames a <see cref="FolderSwap"/> is made of: the file system's, or a test's that fails one on purpose.</summary>
public interface IFolderMoves
{
    /// <summary>Exchanges two existing folders in one atomic step; false when the system cannot (nothing changed then).</summary>
    bool TryExchange(string a, string b);

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, which must not exist.</summary>
    void Move(string from, string to);
}
