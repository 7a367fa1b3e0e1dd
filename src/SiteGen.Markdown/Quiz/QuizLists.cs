using Markdig.Parsers;
using Markdig.Syntax;

namespace SiteGen.Markdown.Quiz;

internal static class QuizLists
{
    /// <summary>The items up to the first one preceded by a blank line; later items are explanation bullets.</summary>
    public static List<ListItemBlock> ItemsBeforeBlankLine(ListBlock list)
    {
        var items = list.Cast<ListItemBlock>().ToList();
        var count = 1;
        while (count < items.Count && !BlockLines.BlankBefore(items[count - 1], items[count]))
        {
            count++;
        }

        return items.Take(count).ToList();
    }

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
        };
        foreach (var item in items.ToList())
        {
            list.Remove(item);
            rest.Add(item);
        }

        var moved = rest.ToList();
        rest.IsLoose = moved.Zip(moved.Skip(1)).Any(pair => BlockLines.BlankBefore(pair.First, pair.Second));
        rest.Line = rest[0].Line;
        rest.Column = rest[0].Column;
        return rest;
    }
}
