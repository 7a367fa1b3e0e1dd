using System.Text;
using System.Text.Json;
using SiteGen.Core.IO;
using SiteGen.Core.Search;

namespace SiteGen.Core.Tests.Search;

public sealed class ScriptWriterTests
{
    [Fact]
    public void Escapes_strings_so_json_and_javascript_read_them_back()
    {
        const string text = "quote \" back \\ line\nfeed\ttab \u0001 sep\u2028 para\u2029 emoji 🔒 <b>";

        var written = Utf8Output.Write(output => new ScriptWriter(output).StartArray().String(text).Number(-1).StartArray().EndArray().EndArray(),
            Encoding.UTF8.GetString);

        Assert.DoesNotContain('\u2028', written);
        Assert.DoesNotContain('\n', written);
        var read = JsonDocument.Parse(written).RootElement;
        Assert.Equal(text, read[0].GetString());
        Assert.Equal(-1, read[1].GetInt32());
        Assert.Equal(0, read[2].GetArrayLength());
    }
}
