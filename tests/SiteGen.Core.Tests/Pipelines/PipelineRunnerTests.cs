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

    private sealed class Append(string text) : DocumentStage
    {
        protected override Document Process(Document document, BuildContext context) =>
            document.WithContent(document.Content + text);
    }

    [Fact]
    public void Runs_consecutive_document_stages_in_their_order_on_every_document()
    {
        // Given a pipeline of three document stages around an ordinary stage
        var log = new ConcurrentQueue<string>();
        var pipeline = Pipeline.Of("p",
            [new Probe("seed", log), new Append("a"), new Append("b"), new Append("c"), new Probe("after", log)]);

        // When
        var outputs = PipelineRunner.Run([pipeline], Context());

        // Then
        Assert.Equal(["seed", "after"], outputs["p"].Select(d => d.SourcePath));
        Assert.Equal(["abc", ""], outputs["p"].Select(d => d.Content));
    }

    /// <summary>Throws on the documents whose text says so, as a page Markdig cannot parse does.</summary>
    private sealed class Fragile : DocumentStage
    {
        protected override Document Process(Document document, BuildContext context) =>
            document.Content.Contains("boom", StringComparison.Ordinal)
                ? throw new ArgumentException("Markdown elements in the input are too deeply nested - depth limit exceeded.")
                : document.With("seen", true);
    }

    [Fact]
    public void A_document_whose_stage_throws_is_reported_as_its_page_error_and_stands_in_empty()
    {
        // Given three pages, one of which a stage of a fused run cannot process
        var pipeline = Pipeline.Of("p", [new Seed(("a.md", "fine"), ("bad.md", "boom"), ("c.md", "fine")), new Append("+"), new Fragile()]);
        var diagnostics = new DiagnosticBag();

        // When
        var outputs = PipelineRunner.Run([pipeline], SiteBuilder.CreateContext(_site.Options, diagnostics));

        // Then the page is an error naming it, the others went through every stage, and the bad one stands in empty
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.PageFailed, error.Code);
        Assert.True(error.IsError);
        Assert.EndsWith("bad.md", error.Path, StringComparison.Ordinal);
        Assert.Contains("nested too deeply", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a.md", "bad.md", "c.md"], outputs["p"].Select(d => d.SourcePath));
        Assert.Equal(["fine+", "+", "fine+"], outputs["p"].Select(d => d.Content));
        Assert.All(outputs["p"], d => Assert.True(d.Has("seen")));
    }

    [Fact]
    public void A_single_document_stage_that_throws_reports_the_page_too()
    {
        var diagnostics = new DiagnosticBag();

        var output = new Fragile().Execute([Document.Create("bad.md", "bad.html", "boom"), Document.Create("ok.md", "ok.html", "ok")],
            SiteBuilder.CreateContext(_site.Options, diagnostics));

        Assert.Equal(DiagnosticCodes.PageFailed, Assert.Single(diagnostics.Sorted()).Code);
        Assert.Equal(["bad.md", "ok.md"], output.Select(d => d.SourcePath));
    }

    /// <summary>Adds the given documents.</summary>
    private sealed class Seed(params (string Path, string Text)[] pages) : IStage
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context) =>
            [.. documents, .. pages.Select(p => Document.Create(p.Path, p.Path, p.Text))];
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

    /// <summary>Adds one document after waiting for a signal, so a test can choose which stage finishes first.</summary>
    private sealed class Gated(string name, ManualResetEventSlim go, ManualResetEventSlim? done = null) : IStage
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
        {
            Assert.True(go.Wait(TimeSpan.FromSeconds(10)), $"{name} was never let go");
            done?.Set();
            return [.. documents, Document.Create(name, name)];
        }
    }

    [Fact]
    public void Concurrent_stages_add_their_documents_in_the_order_given_whatever_order_they_finish_in()
    {
        // Given a first stage that can only finish after the second has
        using var secondDone = new ManualResetEventSlim();
        using var open = new ManualResetEventSlim(initialState: true);
        var stage = new Concurrently(new Gated("first", go: secondDone), new Gated("second", go: open, done: secondDone));

        // When
        var output = stage.Execute([Document.Create("in", "in")], Context());

        // Then the documents coming in come first, then each stage's, in the order the stages were given
        Assert.Equal(["in", "first", "second"], output.Select(d => d.SourcePath));
    }
}
