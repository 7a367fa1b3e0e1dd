namespace SiteGen.Core.Tests.TestSupport;

/// <summary>
/// Writes a small course whose folder and lesson file names hold <c>"</c>, <c>&lt;</c>, <c>#</c>, <c>?</c>, <c>%</c>,
/// <c>\</c>, spaces and non-Latin letters, one of them an HTML injection attempt. Generated at test time: Git on
/// Windows cannot hold such names (and these tests need a Unix file system). Links in the notes are percent-encoded, as a writer would write them.
/// </summary>
internal static class UnusualNames
{
    public const string Course = "docs/aci/Курс \"1\" <b>";

    /// <summary>The lessons' file names in the order the course index lists them.</summary>
    public static readonly string[] Lessons =
    [
        "\"><img src=x onerror=alert(1)>.md",
        "W01 Café #1?.md",
        "W02 100% \\ back.md",
        "W03 日本語 – κόσμε.md",
        "W04 a%20b.md",
    ];

    /// <summary>The lesson titles (first heading), in the same order.</summary>
    public static readonly string[] Titles =
    [
        "Week 0: \"><img src=x onerror=alert(2)>",
        "Week 1: Café #1?",
        "Week 2: 100% \\ back",
        "Week 3: 日本語",
        "Week 4: Encoded space",
    ];

    public static void Write(string input)
    {
        void Write(string path, string content)
        {
            var full = Path.Combine([input, .. path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        var course = Course.Split('/')[^1];
        Write("README.md", "# Home\n\n* [Courses](docs/aci/aci.md)\n");
        Write("docs/aci/aci.md",
            $"# Catalogue\n\n* [{Escape(course)}](./{Uri.EscapeDataString(course)}/index.md)\n* [Other](./other/other.md)\n");
        Write("docs/aci/other/other.md", "# Other course\n\n* Week 1: [Intro](./W01Intro.md)\n");
        Write("docs/aci/other/W01Intro.md", "# Week 1: Intro\n\n## One\n\ntext\n\n## Two\n\ntext\n");
        var index = "# Course \"1\" \\<b\\>\n\n## Overview\n\nThe course.\n\n## Lessons\n\n" + string.Concat(Lessons.Select((name, i) =>
            $"* Week {i}: [{Escape(Titles[i])}](./{Uri.EscapeDataString(name)})\n"));
        Write($"{Course}/index.md", index);
        for (var i = 0; i < Lessons.Length; i++)
        {
            var previous = i == 0 ? "index.md#lessons" : Uri.EscapeDataString(Lessons[i - 1]) + "#first-part";
            var quiz = i == 1
                ? "### Knowledge Check\n\n#### Which one?\n\n* Right\n\nWrong answers:\n\n* Wrong\n* Also wrong\n\n"
                : "";
            Write($"{Course}/{Lessons[i]}",
                $"# {Escape(Titles[i])}\n\n## First part\n\nBack to [the previous page](./{previous}).\n\n" +
                $"## Second part\n\ntext\n\n{quiz}");
        }
    }

    /// <summary>Link text with Markdown's specials escaped, so the title reads as written.</summary>
    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is '[' or ']' or '<' or '>' or '\\' or '*' or '_' or '`' or '#' ? "\\" + c : c.ToString()));
}
