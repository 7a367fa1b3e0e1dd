using System.Text;
using Scriban;
using Scriban.Runtime;
using SiteGen.Core.IO;

namespace SiteGen.Core.Templating;

/// <summary>
/// Renders a template into one output buffer kept per thread. Left to itself, Scriban grows a new StringBuilder for
/// every render and copies it into one array again when it clears it: a page's layout allocated five times the
/// page. A kept buffer has the capacity already, so only what the caller keeps is new.
/// </summary>
internal static class RenderBuffer
{
    [ThreadStatic]
    private static StringBuilder? t_buffer;

    public static string Render(Template template, TemplateContext context)
    {
        // Taken while in use: a render that started another on this thread would get a buffer of its own.
        var buffer = t_buffer ?? new StringBuilder(64 * 1024);
        t_buffer = null;
        try
        {
            context.PushOutput(new StringBuilderOutput(buffer));
            return template.Render(context);
        }
        finally
        {
            buffer.Clear();
            t_buffer = buffer;
        }
    }

    /// <summary>Renders as UTF-8 (<see cref="Utf8Output"/>) and gives the bytes, valid only during the call, to <paramref name="use"/>.</summary>
    public static T RenderUtf8<T>(Template template, TemplateContext context, Func<ReadOnlySpan<byte>, T> use) =>
        Utf8Output.Write(output =>
        {
            context.PushOutput(output);
            template.Render(context);
        }, use);
}
