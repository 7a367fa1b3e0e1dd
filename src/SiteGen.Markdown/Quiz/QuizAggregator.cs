using Markdig.Syntax;
using SiteGen.Markdown.Html;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// Runs after Markdig's parse: recognises questions among the document's top-level blocks and folds each run of
/// consecutive questions into one <see cref="QuizBlock"/> (the way docfx's TabGroupAggregator folds tab groups).
/// </summary>
internal static class QuizAggregator
{
    public static void Run(MarkdownDocument document)
    {
        SafeHtmlFindings.Collect(document); // while stems and options are still in the tree, whatever the extensions' order
        var blocks = document.ToList();
        var sections = new QuizSectionMap(blocks);
        var diagnostics = new List<QuizDiagnostic>();

        var found = new ChoiceQuestionReader(blocks, sections, diagnostics).Read();
        found.AddRange(new AnswerKeyQuestionReader(blocks, sections, found, diagnostics).Read());
        found.AddRange(new BulletQuestionReader(blocks, found).Read());
        found = [.. found.OrderBy(f => f.Start)];

        var explained = found.Select(f => f.Question with { ExplanationHtml = QuizHtml.Content(f.Explanation) });
        var withIds = QuizIds.Assign(explained, QuizPageKey.Get(document));
        var questions = found.Select((f, i) => f with { Question = withIds[i] }).ToList();

        Fold(document, blocks, questions);
        var ordered = diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        QuizResults.Set(document, new QuizResults(withIds.ToList().AsReadOnly(), ordered.AsReadOnly()));
    }

    private static void Fold(MarkdownDocument document, List<Block> blocks, List<RecognisedQuestion> questions)
    {
        var groups = new List<List<RecognisedQuestion>>();
        foreach (var question in questions)
        {
            if (groups.Count > 0 && groups[^1][^1] is { } previous
                && previous.End == question.Start && previous.Question.Section == question.Question.Section)
            {
                groups[^1].Add(question);
            }
            else
            {
                groups.Add([question]);
            }
        }

        // Last group first, so earlier block indices stay valid.
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var group = groups[g];
            var start = group[0].Start;
            var end = group[^1].End;
            for (var i = end - 1; i >= start; i--)
            {
                document.RemoveAt(i);
            }

            document.Insert(start, Build(group, blocks[start]));
        }
    }

    private static QuizBlock Build(List<RecognisedQuestion> group, Block first)
    {
        var quiz = new QuizBlock(group[0].Question.Section) { Line = first.Line, Column = first.Column, Span = first.Span };
        foreach (var recognised in group)
        {
            var node = new QuizQuestionBlock(recognised.Question) { Line = recognised.Question.Line - 1 };
            foreach (var block in recognised.Explanation)
            {
                block.Parent?.Remove(block);
                node.Add(block);
            }

            quiz.Add(node);
        }

        return quiz;
    }
}
