using System.Collections.Concurrent;

namespace SiteGen.Core.Preview;

/// <summary>The pages of the previous rebuild after their process phase, by source path; which ones the latest rebuild processed.</summary>
public sealed class ProcessedPages
{
    private ConcurrentDictionary<string, ProcessedPage> _pages = new(StringComparer.Ordinal);

    /// <summary>The source paths the latest rebuild processed again, sorted.</summary>
    public IReadOnlyList<string> LastProcessed { get; private set; } = [];

    public ProcessedPage? Find(string sourcePath) => _pages.GetValueOrDefault(sourcePath);

    /// <summary>Keeps exactly <paramref name="current"/>: pages no longer in the input are forgotten.</summary>
    public void Replace(IReadOnlyDictionary<string, ProcessedPage> current, IEnumerable<string> processed)
    {
        _pages = new ConcurrentDictionary<string, ProcessedPage>(current, StringComparer.Ordinal);
        LastProcessed = [.. processed.Order(StringComparer.Ordinal)];
    }

    public void Clear() => _pages.Clear();
}
