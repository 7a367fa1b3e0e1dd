using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>Builds <see cref="QuizQuestion"/>s from a stem's blocks; ids are assigned later, per page.</summary>
internal static class QuizQuestionFactory
{
    public static QuizQuestion Create(QuizKind kind, HeadingBlock heading, IReadOnlyList<Block> stem, IReadOnlyList<QuizOption> options, string? section)
    {
        var text = QuizText.Collapse(QuizText.Of(heading) + " " + QuizText.OfAll(stem));
        return Create(kind, heading, QuizHtml.Inline(heading), text, options, section) with
        {
            StemBodyHtml = QuizHtml.Blocks(stem).Trim(),
        };
    }

    public static QuizQuestion Create(QuizKind kind, Block at, string stemHtml, string stemText, IReadOnlyList<QuizOption> options, string? section) => new()
    {
        Id = "",
        Kind = kind,
        StemHtml = stemHtml,
        StemText = stemText,
        Options = options.ToList().AsReadOnly(),
        Line = at.Line + 1,
        Section = section,
    };
}
