using System.Globalization;
using Marketplace.Ordering.Features.Rfqs;
using Marketplace.SharedKernel.Text;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Tests;

/// <summary>
/// Every value of every enum a page shows through a resource key has a text in Vietnamese and
/// in English, read through the compiled resources the pages use (not the .resx files' XML).
/// </summary>
public sealed class EnumTextTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    /// <summary>
    /// The prefixes pages put before an enum's name (T["partstatus." + part.Status] …), the enum,
    /// and the texts of the module whose pages show it (its own table, then the shared one).
    /// </summary>
    public static TheoryData<string, string, string> ShownEnums() => new()
    {
        { "partstatus.", "PartStatus", "OrderingText" },
        { "quotestatus.", "QuoteStatus", "OrderingText" },
        { "rfqstatus.", "RfqStatus", "OrderingText" },
        { "payment.", "PaymentMethod", "OrderingText" },
        { "payment.", "PaymentMethod", "PaymentsText" },
        { "paymentstatus.", "PaymentStatus", "PaymentsText" },
        { "ledgerkind.", "LedgerEntryKind", "PaymentsText" },
        { "cert.", "CertificationKind", "VendorsText" },
        { "cert.", "CertificationKind", "CatalogText" },
        { "role.", "StaffRole", "VendorsText" },
        { "decision.", "CooperativeDecision", "VendorsText" },
        { "products.sort.", "ProductSort", "CatalogText" },
        { "fulfil.", "FulfilmentAction", "OrderingText" },
        { "carrier.", "DeliveryCarrier", "OrderingText" },
        { "carrier.", "DeliveryCarrier", "VendorsText" },
        { "owndelivery.", "OwnDelivery", "VendorsText" },
        { "shipmentstep.", "ShipmentStep", "OrderingText" },
        { "remittanceoutcome.", "RemittanceOutcome", "OrderingText" },
    };

    [Theory]
    [MemberData(nameof(ShownEnums))]
    public void EveryValue_HasATextInBothLanguages(string prefix, string enumName, string texts)
    {
        var types = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name!.StartsWith("Marketplace.", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes())
            .ToList();
        var type = types.Single(t => t.IsEnum && t.Name == enumName);
        var textType = types.Single(t => t.Name == texts && t.Namespace!.StartsWith("Marketplace.", StringComparison.Ordinal));
        var text = (IStringLocalizer)factory.Services.GetRequiredService(typeof(IStringLocalizer<>).MakeGenericType(textType));
        foreach (var culture in new[] { "vi", "en" })
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var missing = Enum.GetNames(type).Where(name => text[prefix + name].ResourceNotFound).ToList();
            Assert.True(missing.Count == 0, $"{culture}: no text for {string.Join(", ", missing.Select(m => prefix + m))}");
        }
    }

    [Theory]
    [InlineData("vi", "kg", "yến (10 kg)", "tạ (100 kg)", "tấn")]
    [InlineData("en", "kg", "yến (10 kg)", "tạ (100 kg)", "tonne")]
    public void QuantityUnits_OfRequestsForQuotation_AreWords_NeverKeys(string culture, params string[] expected)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        using var scope = factory.Services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<UnitLabels>();
        Assert.Equal(expected, Enum.GetValues<QuantityUnit>().Select(units.Label));
        Assert.Equal(expected[3], units.Label("tấn")); // order lines from quotes hold the Vietnamese word
    }
}
