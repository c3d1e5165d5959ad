using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Payments;

/// <summary>The money pages without Stripe configured: no card at checkout, the admin's desks, and a cooperative's ledger and payout account.</summary>
public sealed class PaymentPagesTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    /// <summary>
    /// A number input sends "6.5" whatever the page's language; read as Vietnamese ("." groups
    /// thousands) it was once 65, so a rate typed as 2.5 % was set as 25 %.
    /// </summary>
    [Fact]
    public async Task TheRateTypedOnThePage_IsTheRateSet_InAVietnamesePage()
    {
        var pages = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var page = await pages.GetPageAsync("/admin/ledger");
        using var set = await pages.SubmitAsync(page, "form[action*='handler=Rate']", new Dictionary<string, string> { ["percent"] = "2.5" });
        Assert.Contains("2,5 %", (await Html.ParseAsync(set)).Text("#flash"), StringComparison.Ordinal);
        using var admin = await factory.AdminAsync();
        Assert.Equal(2.5m, (await (await admin.GetAsync("/api/v1/admin/commission-rate")).JsonAsync()).GetProperty("percent").GetDecimal());
    }

    [Fact]
    public async Task WithoutAStripeKey_CardsAreNotOffered_NotOnThePageNorThroughTheApi()
    {
        var (shopper, email) = await factory.NewPersonAsync("khach");
        var tea = await factory.Listing().WithStock(10).BuildAsync();
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = tea.VariantId, quantity = 1 })).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                recipient = "Lê Văn Nam",
                phone = "0987654321",
                province = "Cao Bằng",
                commune = "xã Thạch An",
                street = "thôn Độc Lập",
                paymentMethod = "Card"
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var refused = await shopper.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("PaymentMethod", out _));
        Assert.Empty((await (await shopper.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
        Assert.Equal(10, await factory.StockAsync(tea));

        var pages = await factory.SignedInPagesAsync(email);
        var checkout = await pages.GetPageAsync("/orders/checkout");
        Assert.Null(checkout.Document.QuerySelector("input[value=Card]"));
        Assert.NotNull(checkout.Document.QuerySelector("input[value=BankTransfer]:not([disabled])"));
    }

    [Fact]
    public async Task ADeliveredPart_SaysWhatWasCollectedAtTheDoor_OnlyWhenCashWasDue()
    {
        var tea = await factory.Listing().Priced(180_000).BuildAsync();
        var (transferShopper, byTransfer) = await factory.OrderAsync("BankTransfer", (tea, 1));
        var (_, byCash) = await factory.OrderAsync("CashOnDelivery", (tea, 1));
        var admin = await factory.AdminAsync();
        (await admin.PostAsJsonAsync(
            $"/api/v1/admin/payments/{byTransfer.Id()}/transfer-received", new { amountVnd = byTransfer.GetProperty("total").Amount() }))
            .EnsureSuccessStatusCode();
        await transferShopper.WaitForPaymentStateAsync(byTransfer.Id(), "Paid");
        foreach (var order in new[] { byTransfer, byCash })
        {
            var partId = order.Part(tea.Cooperative.Name).GetProperty("partId").GetGuid();
            foreach (var step in new[] { "Confirm", "Pack", "Ship", "Deliver" })
            {
                (await tea.Cooperative.Owner.PostAsJsonAsync(
                    $"/api/v1/cooperatives/order-parts/{partId}/{step}", new { carrier = "GHN", trackingNumber = "GHN7" })).EnsureSuccessStatusCode();
            }
        }

        async Task<string> PartTextAsync(System.Text.Json.JsonElement order)
        {
            var pages = await factory.SignedInPagesAsync(order.GetProperty("buyerEmail").GetString()!);
            return (await pages.GetPageAsync($"/orders/{order.Id()}")).Document.Body!.TextContent;
        }

        Assert.DoesNotContain("Đã thu", await PartTextAsync(byTransfer), StringComparison.Ordinal);
        var due = byCash.Part(tea.Cooperative.Name).GetProperty("cashDue").Amount();
        Assert.True(due > 0);
        var collected = "Đã thu: " + due.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        Assert.Contains(collected, await PartTextAsync(byCash), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/payments", "#import-statement")]
    [InlineData("/admin/ledger", "#balances")]
    [InlineData("/admin/payouts", "#create-payout")]
    public async Task TheAdminsMoneyPages_Open_ForAdminsOnly(string url, string selector)
    {
        var admin = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var page = await admin.GetPageAsync(url);
        Assert.Equal(200, page.Status);
        Assert.NotNull(page.Document.QuerySelector(selector));

        var (_, email) = await factory.NewPersonAsync("to-mo");
        var stranger = await factory.SignedInPagesAsync(email);
        var refused = await stranger.GetPageAsync(url);
        Assert.NotEqual(url, new Uri(refused.Url).AbsolutePath); // sent to the "not allowed" page
        Assert.Null(refused.Document.QuerySelector(selector));
    }

    [Fact]
    public async Task ACooperative_SeesItsLedger_AndAWrongAccountNumberIsExplainedInVietnamese()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var api = cooperative.Owner;
        var cooperativeId = cooperative.Id;
        var account = new { bankName = "Agribank", accountNumber = "1500205104729", accountHolder = "HTX THU NGHIEM", country = "VN" };
        (await api.PutAsJsonAsync($"/api/v1/cooperatives/{cooperativeId}/payout-account", account)).EnsureSuccessStatusCode();
        var owner = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var page = await owner.GetPageAsync($"/cooperatives/{cooperativeId}/ledger");
        Assert.NotNull(page.Document.QuerySelector($"#ledger-balance-{cooperativeId}"));
        Assert.Equal("Agribank", ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("#BankName")!).Value); // the account set above

        using var wrong = await owner.SubmitAsync(page, "#payout-account-form", new Dictionary<string, string> { ["Input.AccountNumber"] = "12-34" });
        var again = await Html.ParseAsync(wrong);
        Assert.Contains("Số tài khoản có từ 6 đến 34 chữ số", string.Join(" ", again.Texts(".field-error")), StringComparison.Ordinal);

        var other = await factory.SignedInPagesAsync((await factory.ApprovedCooperativeAsync()).OwnerEmail); // the owner of another cooperative
        using var foreign = await other.GetAsync($"/cooperatives/{cooperativeId}/ledger");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        // The refused account number left the account as it was.
        var kept = await (await api.GetAsync($"/api/v1/cooperatives/{cooperativeId}/payout-account")).JsonAsync();
        Assert.Equal("1500205104729", kept.GetProperty("accountNumber").GetString());
    }
}
