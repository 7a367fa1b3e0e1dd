using Markdig.Parsers;
using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

internal static class QuizLists
{
    /// <summary>Moves the trailing items of a list into a new list of the same kind (explanation bullets).</summary>
    public static ListBlock SplitOff(ListBlock list, IEnumerable<ListItemBlock> items)
    {
        var rest = new ListBlock(list.Parser ?? new ListBlockParser())
        {
            BulletType = list.BulletType,
            IsOrdered = list.IsOrdered,
            OrderedStart = list.OrderedStart,
            DefaultOrderedStart = list.DefaultOrderedStart,
            OrderedDelimiter = list.OrderedDelimiter,
            IsLoose = list.IsLoose,
        };
        foreach (var item in items.ToList())
        {
            list.Remove(item);
            rest.Add(item);
        }

        rest.Line = rest[0].Line;
        rest.Column = rest[0].Column;
        return rest;
    }
}
