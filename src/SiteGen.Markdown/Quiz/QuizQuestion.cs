namespace SiteGen.Markdown.Quiz;

/// <summary>A recognised quiz question. Immutable; <see cref="Line"/> is one-based.</summary>
public sealed record QuizQuestion
{
    public required string Id { get; init; }

    public required QuizKind Kind { get; init; }

    /// <summary>The question heading's inline HTML (raw HTML escaped).</summary>
    public required string StemHtml { get; init; }

    /// <summary>Blocks that continue the stem after the heading (code, a list…) as HTML; usually empty.</summary>
    public string StemBodyHtml { get; init; } = "";

    public required string StemText { get; init; }

    public required IReadOnlyList<QuizOption> Options { get; init; }

    /// <summary>Explanation or answer text as HTML; empty when the notes give none.</summary>
    public string ExplanationHtml { get; init; } = "";

    public required int Line { get; init; }

    /// <summary>The enclosing quiz-section title ("Pre-assessment", "Knowledge Check"…), or null.</summary>
    public string? Section { get; init; }

    public int CorrectCount => Options.Count(o => o.Correct);

    /// <summary>More than one correct option: render checkboxes.</summary>
    public bool MultiSelect => CorrectCount > 1;
}
