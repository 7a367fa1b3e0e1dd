using Scriban;
using Scriban.Runtime;

namespace SiteGen.Core.Templating;

/// <summary>
/// Template contexts kept per thread and theme. Scriban documents a context as reusable on its thread, and a fresh
/// one costs: its constructor allocates some seventy arrays, it builds every built-in function (string, array, math,
/// html …) anew, and it learns each model type's members by reflection again. SiteGen renders a context's worth for
/// each page and each quiz block. A render's own globals go on top of the kept context and come off after it;
/// templates never write to the built-ins (assignments go to those globals).
/// </summary>
internal static class TemplateContexts
{
    [ThreadStatic]
    private static ScriptObject? t_builtins;

    [ThreadStatic]
    private static TemplateContext? t_spare;

    [ThreadStatic]
    private static Theme? t_spareTheme;

    /// <summary>
    /// Runs <paramref name="render"/> with this thread's context for <paramref name="theme"/> and
    /// <paramref name="globals"/> pushed. A context in use (a render inside a render) or one a render failed in is not
    /// shared: the first gets a context of its own, the second is dropped.
    /// </summary>
    public static T Render<T>(Theme theme, ScriptObject globals, Func<TemplateContext, T> render)
    {
        var context = ReferenceEquals(t_spareTheme, theme) ? t_spare : null;
        t_spare = null;
        context ??= Create(theme);
        context.ResetPreviousNewLine();
        context.PushGlobal(globals);
        var result = render(context); // a throw leaves the context to the collector
        while (context.OutputCount > 1)
        {
            context.PopOutput();
        }

        while (context.GlobalCount > 1)
        {
            context.PopGlobal();
        }

        t_spare = context;
        t_spareTheme = theme;
        return result;
    }

    private static TemplateContext Create(Theme theme)
    {
        var context = new TemplateContext(t_builtins ??= TemplateContext.GetDefaultBuiltinObject())
        {
            TemplateLoader = new ThemeTemplateLoader(theme),
            LoopLimit = 100_000,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
        };
        foreach (var (path, template) in theme.Templates)
        {
            context.CachedTemplates[path] = template;
        }

        return context;
    }
}
