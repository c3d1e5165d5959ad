using System.Xml.Linq;

namespace Marketplace.Web.Tests;

public sealed class LocalizationTests
{
    private static Dictionary<string, string> Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Marketplace.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data")
            // Ignoring case, as the resource compiler does: "unit.Kg" beside "unit.kg" is one name, and
            // the second is dropped from the build (the page then showed "unit.Kg"). This throws on it.
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void EveryStringExistsInVietnameseAndEnglish_AndNoneIsEmpty()
    {
        var vietnamese = Read("SharedResource.resx");
        var english = Read("SharedResource.en.resx");
        Assert.Empty(vietnamese.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(vietnamese.Keys));
        Assert.All(vietnamese.Concat(english), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void EveryIdentityErrorHasAString()
    {
        var vietnamese = Read("SharedResource.resx");
        var describer = typeof(Microsoft.AspNetCore.Identity.IdentityErrorDescriber)
            .GetMethods()
            .Where(m => m.ReturnType == typeof(Microsoft.AspNetCore.Identity.IdentityError) && m.IsVirtual)
            .Select(m => "identity." + m.Name);
        Assert.All(describer, key => Assert.True(vietnamese.ContainsKey(key), key));
    }
}
