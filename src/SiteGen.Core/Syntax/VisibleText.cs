using System.Buffers;
using System.Runtime.CompilerServices;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Core.Syntax;

/// <summary>
/// Collects the text a reader sees in Markdown blocks and inlines, without markup, into one buffer, whitespace
/// (space, tab, line ends) collapsed to single spaces as it goes and none at either end. <see cref="PlainText"/>
/// takes one block's; search takes a whole section's, block after block, without a string per block.
/// </summary>
public sealed class VisibleText(int capacity = 256)
{
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \n\r\t");
    private char[] _chars = new char[capacity];
    private bool _spaceDue;

    public int Length { get; private set; }

    /// <summary>The text so far, valid until the next append.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public override string ToString() => new(Span);

    public void Clear()
    {
        Length = 0;
        _spaceDue = false;
    }

    /// <summary>A word break: a space before whatever comes next, if anything does.</summary>
    public void Space() => _spaceDue = Length > 0;

    public void Append(Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Append(inline);
                break;
            case LeafBlock leaf:
                for (var i = 0; i < leaf.Lines.Count; i++)
                {
                    Space();
                    Append(leaf.Lines.Lines[i].Slice.AsSpan());
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Space();
                    Append(child);
                }

                break;
        }
    }

    public void Append(Inline? inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                Append(code.Content.AsSpan());
                break;
            case LineBreakInline:
                Space();
                break;
            case HtmlEntityInline entity:
                Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                Append(autolink.Url.AsSpan());
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child);
                }

                break;
        }
    }

    /// <remarks>Optimised from the first call (for the JIT build): it runs over every word of the site.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var space = text.IndexOfAny(Whitespace);
            var word = space < 0 ? text : text[..space];
            if (!word.IsEmpty)
            {
                Write(word);
            }

            if (space < 0)
            {
                return;
            }

            Space();
            text = text[(space + 1)..];
        }
    }

    private void Write(ReadOnlySpan<char> word)
    {
        var needed = Length + word.Length + 1;
        if (needed > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(needed, _chars.Length * 2));
        }

        if (_spaceDue)
        {
            _chars[Length++] = ' ';
            _spaceDue = false;
        }

        word.CopyTo(_chars.AsSpan(Length));
        Length += word.Length;
    }
}
