using Microsoft.Extensions.Hosting;

namespace SiteGen.Server;

/// <summary>A host lifetime that neither prints nor catches Ctrl+C: the command line owns the console and stops the server.</summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
