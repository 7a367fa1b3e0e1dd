using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

/// <summary>For each heading of a container, the enclosing quiz section ("Knowledge Check"…) if any.</summary>
internal sealed class QuizSectionMap
{
    private readonly Dictionary<int, (string Title, int Index)> _sections = [];

    public QuizSectionMap(IReadOnlyList<Block> blocks)
    {
        var open = new Stack<(int Level, string Title, int Index, bool Quiz)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock heading)
            {
                continue;
            }

            var text = QuizHeadings.Text(heading);
            if (open.TryPeek(out var sibling) && sibling.Quiz && sibling.Level == heading.Level
                && QuizHeadings.IsQuestionLike(text) && !QuizHeadings.IsQuizSection(heading))
            {
                // A question written beside its "Knowledge Check" heading, at the same level.
                _sections[i] = (sibling.Title, sibling.Index);
                continue;
            }

            if (open.TryPeek(out var empty) && empty.Quiz && empty.Level == heading.Level && empty.Index == i - 1)
            {
                // "### Knowledge Check" with no body, then "### Business case" holding the questions: one section.
                open.Pop();
                open.Push((heading.Level, empty.Title, empty.Index, true));
                continue;
            }

            while (open.TryPeek(out var top) && top.Level >= heading.Level)
            {
                open.Pop();
            }

            if (open.FirstOrDefault(s => s.Quiz) is { Quiz: true } section)
            {
                _sections[i] = (section.Title, section.Index);
            }

            open.Push((heading.Level, text, i, QuizHeadings.IsQuizSection(heading)));
        }
    }

    /// <summary>The quiz-section title enclosing the heading at <paramref name="headingIndex"/>, or null.</summary>
    public string? TitleOf(int headingIndex) => _sections.TryGetValue(headingIndex, out var s) ? s.Title : null;

    /// <summary>The block index of the quiz-section heading enclosing <paramref name="headingIndex"/>, or -1.</summary>
    public int SectionIndexOf(int headingIndex) => _sections.TryGetValue(headingIndex, out var s) ? s.Index : -1;
}
