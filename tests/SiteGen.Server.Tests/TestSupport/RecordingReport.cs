using System.Collections.Concurrent;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Preview;
using SiteGen.Server;

namespace SiteGen.Server.Tests.TestSupport;

/// <summary>Keeps what the preview would have printed.</summary>
internal sealed class RecordingReport : IPreviewReport
{
    public ConcurrentQueue<RebuildResult> Results { get; } = new();

    public ConcurrentQueue<string> Problems { get; } = new();

    public void Rebuilt(RebuildResult result, IReadOnlyList<Diagnostic> fresh) => Results.Enqueue(result);

    public void Problem(string message) => Problems.Enqueue(message);
}
