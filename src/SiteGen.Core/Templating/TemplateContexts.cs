using Scriban;
using Scriban.Runtime;

namespace SiteGen.Core.Templating;

/// <summary>
/// Template contexts over one set of Scriban's built-in functions per thread. A context made the plain way builds
/// every built-in function (string, array, math, html …) anew, and SiteGen makes one for each page and each quiz
/// block. Templates never write to the built-ins (assignments go to the page's globals), so a thread can keep them.
/// </summary>
internal static class TemplateContexts
{
    [ThreadStatic]
    private static ScriptObject? t_builtins;

    public static TemplateContext Create(ITemplateLoader loader) => new(t_builtins ??= TemplateContext.GetDefaultBuiltinObject())
    {
        TemplateLoader = loader,
        LoopLimit = 100_000,
        StrictVariables = false,
        EnableRelaxedMemberAccess = true,
    };
}
