using System.Collections.Concurrent;
using System.Collections.Immutable;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Pipelines;

public sealed class PipelineRunnerTests : IDisposable
{
    private readonly TestSite _site = new(("README.md", "# Home\n"));

    public void Dispose() => _site.Dispose();

    private BuildContext Context() => SiteBuilder.CreateContext(_site.Options, new DiagnosticBag());

    /// <summary>Records when it ran and what it saw of the other pipelines.</summary>
    private sealed class Probe(string name, ConcurrentQueue<string> log, string? peek = null) : IStage
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
        {
            var seen = peek is null ? "" : $" saw {context.Outputs[peek].Length} in {peek}";
            log.Enqueue(name + seen);
            return [.. documents, Document.Create(name, name)];
        }
    }

    [Fact]
    public void Runs_every_process_phase_before_any_post_process_phase()
    {
        // Given two pipelines whose post-process reads the other
        var log = new ConcurrentQueue<string>();
        var pipelines = new[]
        {
            Pipeline.Of("a", [new Probe("a.process", log)], [new Probe("a.post", log, peek: "b")], [new Probe("a.output", log)]),
            Pipeline.Of("b", [new Probe("b.process", log), new Probe("b.process2", log)], [new Probe("b.post", log, peek: "a")]),
        };

        // When
        var outputs = PipelineRunner.Run(pipelines, Context());

        // Then
        Assert.Equal(["a.process", "b.process", "b.process2", "a.post saw 2 in b", "b.post saw 2 in a", "a.output"], log);
        Assert.Equal(["a.process", "a.post", "a.output"], outputs["a"].Select(d => d.SourcePath));
        Assert.Equal(3, outputs["b"].Length);
    }

    private sealed class Upper : DocumentStage
    {
        protected override Document Process(Document document, BuildContext context) =>
            document.WithContent(document.Content.ToUpperInvariant());
    }

    [Fact]
    public void Document_stage_keeps_the_order_of_its_documents()
    {
        ImmutableArray<Document> documents = [.. Enumerable.Range(0, 500).Select(i => Document.Create($"p{i:000}.md", $"p{i:000}.html", $"page {i}"))];

        var result = new Upper().Execute(documents, Context());

        Assert.Equal(documents.Select(d => d.SourcePath), result.Select(d => d.SourcePath));
        Assert.Equal("PAGE 499", result[^1].Content);
    }

    [Fact]
    public void Documents_are_immutable_records()
    {
        var document = Document.Create("a.md", "a.html", "text");

        var changed = document.With("key", 1).WithContent("other");

        Assert.False(document.Has("key"));
        Assert.Equal("text", document.Content);
        Assert.Equal(1, changed.Get<int>("key"));
        Assert.Throws<KeyNotFoundException>(() => document.Get<int>("key"));
    }
}
