using SiteGen.Core.IO;

namespace SiteGen.Core.Tests.TestSupport;

/// <summary>
/// The real file system's renames, without the atomic exchange (as on a system lacking it) and with the
/// <see cref="FailMove"/>-th move (1-based) failing as a full disk or a permission would.
/// </summary>
internal sealed class FailingFolderMoves : IFolderMoves
{
    public int FailMove { get; init; }

    public bool Exchange { get; init; }

    public List<string> Calls { get; } = [];

    public bool TryExchange(string a, string b)
    {
        Calls.Add("exchange");
        return Exchange && SystemFolderMoves.Instance.TryExchange(a, b);
    }

    public void Move(string from, string to)
    {
        Calls.Add($"move {Path.GetFileName(from)} -> {Path.GetFileName(to)}");
        if (Calls.Count(c => c.StartsWith("move", StringComparison.Ordinal)) == FailMove)
        {
            throw new IOException("injected failure");
        }

        SystemFolderMoves.Instance.Move(from, to);
    }
}
