using System.Xml.Linq;

namespace Marketplace.Web.Tests;

public sealed class LocalizationTests
{
    /// <summary>The shared table and each module's own, by the Vietnamese file's path.</summary>
    public static TheoryData<string> Tables() => new(TextTables.Vietnamese());

    private static Dictionary<string, string> Read(string path)
    {
        return XDocument.Load(path).Root!.Elements("data")
            // Ignoring case, as the resource compiler does: "unit.Kg" beside "unit.kg" is one name, and
            // the second is dropped from the build (the page then showed "unit.Kg"). This throws on it.
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryStringExistsInVietnameseAndEnglish_AndNoneIsEmpty(string table)
    {
        var vietnamese = Read(table);
        var english = Read(table.Replace(".resx", ".en.resx", StringComparison.Ordinal));
        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.All(vietnamese.Concat(english), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    /// <summary>A module's table never repeats a shared name: a word is translated once.</summary>
    [Fact]
    public void NoNameIsInTwoTables()
    {
        var twice = TextTables.Vietnamese().SelectMany(table => Read(table).Keys).GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(twice);
    }

    [Fact]
    public void EveryIdentityErrorHasAString()
    {
        var vietnamese = Read(TextTables.Shared);
        var describer = typeof(Microsoft.AspNetCore.Identity.IdentityErrorDescriber)
            .GetMethods()
            .Where(m => m.ReturnType == typeof(Microsoft.AspNetCore.Identity.IdentityError) && m.IsVirtual)
            .Select(m => "identity." + m.Name);
        Assert.All(describer, key => Assert.True(vietnamese.ContainsKey(key), key));
    }
}

/// <summary>Where the marketplace's string tables are: the shared one and each module's, beside its pages.</summary>
internal static class TextTables
{
    private static readonly string Src = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src"));

    public static string Shared => Path.Combine(Src, "Marketplace.SharedKernel", "Resources", "SharedText.resx");

    public static IReadOnlyList<string> Vietnamese() =>
        [
            Shared,
            .. Directory.GetFiles(Path.Combine(Src, "Modules"), "*Text.resx", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
        ];
}
