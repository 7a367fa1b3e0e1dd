using Markdig.Syntax;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Syntax;

namespace SiteGen.Core.Stages;

/// <summary>
/// Removes the hand-written "back to …" lines at the top of a note (bullets or <c>######</c> headings):
/// the site's breadcrumbs replace them. Anything after the first other block stays as written. The removed blocks
/// are kept under <see cref="RemovedKey"/>, so their links are still checked: they are read on GitHub.
/// </summary>
public sealed class StripBackLinks : DocumentStage
{
    public const string RemovedKey = "back-links";

    protected override Document Process(Document document, BuildContext context)
    {
        var syntax = document.Get<MarkdownDocument>(DocumentKeys.Syntax);
        var leading = new List<Block>();
        foreach (var block in syntax)
        {
            if (IsBackLink(block))
            {
                leading.Add(block);
            }
            else if (block is not HeadingBlock { Level: 1 })
            {
                break;
            }
        }

        foreach (var block in leading)
        {
            syntax.Remove(block);
        }

        return leading.Count == 0 ? document : document.With(RemovedKey, leading);
    }

    public static bool IsBackLink(Block block) => block switch
    {
        HeadingBlock heading => StartsWithBackTo(PlainText.Of(heading)),
        ListBlock list => list.Count > 0 && list.All(item => StartsWithBackTo(PlainText.Of(item))),
        ParagraphBlock paragraph => StartsWithBackTo(PlainText.Of(paragraph)),
        _ => false,
    };

    private static bool StartsWithBackTo(string text) => text.StartsWith("back to ", StringComparison.OrdinalIgnoreCase);
}
