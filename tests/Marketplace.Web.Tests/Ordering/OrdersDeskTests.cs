using System.Net;
using System.Text;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;
using MiniExcelLibs;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// The admins' orders desk finds any order by what a caller knows (its number with or without
/// dashes, the buyer's e-mail, the phone), narrows by cooperative and state, shows one order with
/// its payment and parts, and exports what it found as files a spreadsheet opens.
/// </summary>
public sealed class OrdersDeskTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static async Task<JsonElement> SearchAsync(HttpClient admin, string query) =>
        await (await admin.GetAsync($"/api/v1/admin/orders?{query}")).JsonAsync();

    private static List<string> Numbers(JsonElement page) =>
        [.. page.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("number").GetString()!)];

    [Fact]
    public async Task AnyOrder_IsFoundByNumberEmailOrPhone_AndNarrowedByCooperativeAndState()
    {
        var admin = await factory.AdminAsync();
        var honey = await factory.Listing().Priced(120_000).BuildAsync();
        var tea = await factory.Listing().Priced(80_000).BuildAsync();
        var (shopper, mixed) = await factory.OrderAsync("CashOnDelivery", (honey, 1), (tea, 2));
        var (_, teaOnly) = await factory.OrderAsync("BankTransfer", (tea, 1));
        var number = mixed.GetProperty("number").GetString()!;
        var email = (await (await shopper.GetAsync("/api/v1/account/me")).JsonAsync()).GetProperty("email").GetString()!;

        Assert.Equal([number], Numbers(await SearchAsync(admin, $"q={number}")));
        Assert.Equal([number], Numbers(await SearchAsync(admin, $"q={number.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant()}")));
        Assert.Equal([number], Numbers(await SearchAsync(admin, $"q={Uri.EscapeDataString(email.ToUpperInvariant())}")));
        Assert.Contains(number, Numbers(await SearchAsync(admin, "q=0903 123 456"))); // the phone the test orders go to, typed with spaces

        var teaNumber = teaOnly.GetProperty("number").GetString()!;
        var byTea = Numbers(await SearchAsync(admin, $"vendorId={tea.Cooperative.Id}"));
        Assert.Equal([teaNumber, number], byTea); // newest first
        Assert.Equal([number], Numbers(await SearchAsync(admin, $"vendorId={honey.Cooperative.Id}&payment=OnDelivery")));
        await tea.Cooperative.DeliverAsync(mixed);
        Assert.Equal([number], Numbers(await SearchAsync(admin, $"vendorId={tea.Cooperative.Id}&status=Delivered")));

        var order = await (await admin.GetAsync($"/api/v1/admin/orders/{mixed.Id()}")).JsonAsync();
        Assert.Equal(2, order.GetProperty("parts").GetArrayLength());
        using (var tooLong = await admin.GetAsync($"/api/v1/admin/orders?q={new string('x', 101)}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        }

        foreach (var span in new[] { "from=2026-12-10&to=2026-12-01", "from=0001-01-01", "to=9999-12-31" })
        {
            using var refused = await admin.GetAsync($"/api/v1/admin/orders?{span}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        // Not for shoppers or cooperatives.
        Assert.Equal(HttpStatusCode.Forbidden, (await shopper.GetAsync("/api/v1/admin/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tea.Cooperative.Owner.GetAsync($"/api/v1/admin/orders/{mixed.Id()}")).StatusCode);
    }

    [Fact]
    public async Task TheDesk_ExportsOneLineAPart_AndShowsAnOrderWithItsPayment()
    {
        var admin = await factory.AdminAsync();
        var rice = await factory.Listing().SoldPer("kg", null).Priced(30_000).BuildAsync();
        var (_, first) = await factory.OrderAsync("BankTransfer", (rice, 3));
        var (_, second) = await factory.OrderAsync("CashOnDelivery", (rice, 5));
        var query = $"vendorId={rice.Cooperative.Id}";

        var csv = await admin.GetByteArrayAsync($"/api/v1/admin/orders/export?{query}&format=csv");
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Mã đơn,Ngày đặt,Người mua,", lines[0], StringComparison.Ordinal);

        using var workbook = new MemoryStream(await admin.GetByteArrayAsync($"/api/v1/admin/orders/export?{query}&format=xlsx"));
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(
            new[] { second, first }.Select(o => (o.GetProperty("number").GetString(), o.GetProperty("total").Amount())),
            rows.Select(r => (r["Mã đơn"]?.ToString(), Convert.ToInt64(r["Tổng"], System.Globalization.CultureInfo.InvariantCulture))));

        var pages = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var list = await pages.GetPageAsync($"/admin/orders?vendor={rice.Cooperative.Id}");
        Assert.Equal(2, list.Document.QuerySelectorAll("#desk-orders tbody tr").Length);
        Assert.Contains("format=xlsx", list.Document.QuerySelector("#desk-xlsx")!.GetAttribute("href"), StringComparison.Ordinal);
        var detail = await pages.GetPageAsync($"/admin/orders/{first.Id()}");
        Assert.Contains(first.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal), detail.Text("#desk-payment + dt + dd"),
            StringComparison.Ordinal);
        Assert.Contains(rice.Cooperative.Name, detail.Text(".order-part h2"), StringComparison.Ordinal);
        using var refused = await (await factory.SignedInPagesAsync(rice.Cooperative.OwnerEmail)).GetAsync("/admin/orders");
        Assert.NotEqual("/admin/orders", refused.RequestMessage!.RequestUri!.AbsolutePath); // sent to "access denied", not shown the desk
    }
}
