using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// The return pages as their people use them: a mistake in the shopper's form is said in their
/// language beside the form and saves nothing; a file that is not a picture is refused; the
/// cooperative answers from its Returns tab; the admin settles a dispute from theirs; the
/// cooperative's orders page offers the steps of a parcel that did not arrive.
/// </summary>
public sealed class ReturnPagesTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TheShopperAsksFromTheOrderPage_TheCooperativeRefuses_AndTheAdminSettlesFromTheirPage()
    {
        var macadamia = await factory.Listing().Priced(120_000).WithStock(10).BuildAsync();
        var (shopper, email) = await factory.NewPersonAsync("khach");
        var order = await shopper.PlaceOrderAsync("CashOnDelivery", "Hà Nội", (macadamia, 2));
        await macadamia.Cooperative.DeliverAsync(order);
        var pages = await factory.SignedInPagesAsync(email);
        var url = $"/orders/{order.Id()}";
        var page = await pages.GetPageAsync(url);
        Assert.NotNull(page.Document.QuerySelector(".return-form input[name=accountNumber]"));

        // A wrong account number: said in Vietnamese, beside the open form, and nothing saved.
        var fields = new Dictionary<string, string>
        {
            ["lines[0].Quantity"] = "1",
            ["reason"] = "Spoiled",
            ["details"] = "Hạt bị hôi dầu",
            ["bank"] = "BIDV",
            ["accountNumber"] = "12ab",
            ["holder"] = "LE NAM",
        };
        using (var wrong = await pages.SubmitMultipartAsync(page, ".return-form form", fields))
        {
            var shown = await Html.ParseAsync(wrong);
            Assert.Equal(200, shown.Status);
            Assert.NotNull(shown.Document.QuerySelector(".return-form[open]"));
            Assert.Contains(
                "Số tài khoản gồm 6 đến 20 chữ số", shown.Document.QuerySelector(".return-form .errors")!.TextContent, StringComparison.Ordinal);
        }

        // A "photo" that is a text file is refused the same way.
        fields["accountNumber"] = "3141 0001 234567";
        using (var notAPicture = await pages.SubmitMultipartAsync(page, ".return-form form", fields, ("photos", "anh.jpg", "xin chào"u8.ToArray())))
        {
            var shown = await Html.ParseAsync(notAPicture);
            Assert.Contains("JPEG hoặc PNG", shown.Document.QuerySelector(".return-form .errors")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/returns")).JsonAsync()).GetArrayLength());
        using (var asked = await pages.SubmitMultipartAsync(page, ".return-form form", fields))
        {
            var shown = await Html.ParseAsync(asked);
            Assert.Contains("Chờ hợp tác xã trả lời", shown.Document.QuerySelector(".return-request .status")!.TextContent, StringComparison.Ordinal);
        }

        // The cooperative refuses from its Returns tab, with its reason.
        var coop = await factory.SignedInPagesAsync(macadamia.Cooperative.OwnerEmail);
        var returns = await coop.GetPageAsync($"/cooperatives/{macadamia.Cooperative.Id}/returns");
        var number = order.GetProperty("number").GetString()!;
        var section = returns.Document.QuerySelectorAll(".return-request").Single(s => s.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.Contains("Hạt bị hôi dầu", section.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("31410001234567", returns.Document.Body!.TextContent, StringComparison.Ordinal); // the account is the admins' to see
        var refuse = $"#{section.Id} form[action*='decision=Refuse']";
        using (var refused = await coop.SubmitAsync(returns, refuse, new Dictionary<string, string> { ["note"] = "Hạt còn nguyên vị khi gửi" }))
        {
            Assert.Equal(200, (await Html.ParseAsync(refused)).Status);
        }

        // The shopper disputes from the order page, and the admin settles from theirs, seeing where the transfer goes.
        page = await pages.GetPageAsync(url);
        using (var disputed = await pages.SubmitAsync(page, ".return-request form[action*='handler=Dispute']", new Dictionary<string, string>()))
        {
            var status = (await Html.ParseAsync(disputed)).Document.QuerySelector(".return-request .status")!.TextContent;
            Assert.Contains("Liên minh HTX đang xem xét", status, StringComparison.Ordinal);
        }

        var admin = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var disputes = await admin.GetPageAsync("/admin/returns");
        var dispute = disputes.Document.QuerySelectorAll(".return-request").Single(s => s.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.Contains("31410001234567", dispute.QuerySelector(".return-account")!.TextContent, StringComparison.Ordinal);
        var tooMuchFields = new Dictionary<string, string> { ["amountVnd"] = "120001", ["note"] = "x" };
        using (var tooMuch = await admin.SubmitAsync(disputes, $"#{dispute.Id} form", tooMuchFields))
        {
            var shown = await Html.ParseAsync(tooMuch);
            Assert.Contains("từ 0 đến", shown.Document.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        }

        using (var settled = await admin.SubmitAsync(disputes, $"#{dispute.Id} form", new Dictionary<string, string>
        {
            ["amountVnd"] = "60000",
            ["note"] = "Một nửa: ảnh không rõ",
        }))
        {
            Assert.Equal(200, (await Html.ParseAsync(settled)).Status);
        }

        // Paid in cash, the settled amount waits for the alliance's transfer, which the admin records from the same list.
        disputes = await admin.GetPageAsync("/admin/returns");
        dispute = disputes.Document.QuerySelectorAll(".return-request").Single(s => s.TextContent.Contains(number, StringComparison.Ordinal));
        Assert.Contains("60.000", dispute.QuerySelector("form[action*='handler=Transferred']")!.TextContent, StringComparison.Ordinal);
        using (var transferred = await admin.SubmitAsync(disputes, $"#{dispute.Id} form[action*='handler=Transferred']", new Dictionary<string, string>()))
        {
            Assert.Equal(200, (await Html.ParseAsync(transferred)).Status);
        }

        await People.EventuallyAsync(
            async () => (await pages.GetPageAsync(url)).Document.QuerySelector(".return-refund")?.TextContent
                .Contains("Đã hoàn 60.000", StringComparison.Ordinal) == true,
            "the order page to show the refund");
    }

    [Fact]
    public async Task AnOrderPaidByTransfer_AsksForTheAccountTheRefundGoesTo_AsTheReturnNeedsIt()
    {
        var tea = await factory.Listing().Priced(90_000).WithStock(10).BuildAsync();
        var (shopper, email) = await factory.NewPersonAsync("khach");
        var order = await shopper.PlaceOrderAsync("BankTransfer", "Hà Nội", (tea, 1));
        var admin = await factory.AdminAsync();
        await People.EventuallyAsync(
            async () => (await admin.PostAsJsonAsync(
                $"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = order.GetProperty("total").Amount() })).IsSuccessStatusCode,
            "the transfer to be recorded");
        await tea.Cooperative.DeliverAsync(order);
        var pages = await factory.SignedInPagesAsync(email);
        var page = await pages.GetPageAsync($"/orders/{order.Id()}");

        // Before, only a cash order's form had the account, and a transfer's was refused for want of it.
        Assert.NotNull(page.Document.QuerySelector(".return-form input[name=accountNumber]"));
        using var asked = await pages.SubmitMultipartAsync(page, ".return-form form", new Dictionary<string, string>
        {
            ["lines[0].Quantity"] = "1",
            ["reason"] = "Spoiled",
            ["details"] = "Trà bị ẩm",
            ["bank"] = "Vietcombank",
            ["accountNumber"] = "0071 0001 23456",
            ["holder"] = "NGUYEN AN",
        });
        var shown = await Html.ParseAsync(asked);
        Assert.Contains("Chờ hợp tác xã trả lời", shown.Document.QuerySelector(".return-request .status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCooperativesOrdersPage_OffersAFailedAttemptAndAReturnToSender_OnceShipped_AndTheParcelBackWithItsFee()
    {
        var tea = await factory.Listing().Priced(80_000).WithStock(10).BuildAsync();
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var order = await shopper.PlaceOrderAsync("CashOnDelivery", "Huế", (tea, 1));
        var partId = order.Part(tea.Cooperative.Name).GetProperty("partId").GetGuid();
        var road = new (string, object)[] { ("Confirm", new { }), ("Pack", new { }), ("Ship", new { carrier = "GHN", trackingNumber = "GHN1" }) };
        foreach (var (action, body) in road)
        {
            (await tea.Cooperative.Owner.PostAsync($"/api/v1/cooperatives/order-parts/{partId}/{action}", System.Net.Http.Json.JsonContent.Create(body)))
                .EnsureSuccessStatusCode();
        }

        var coop = await factory.SignedInPagesAsync(tea.Cooperative.OwnerEmail);
        var list = await coop.GetPageAsync($"/cooperatives/{tea.Cooperative.Id}/orders?status=Shipped");
        var part = $"#part-{partId}";
        Assert.NotNull(list.Document.QuerySelector($"{part} button[data-action=FailAttempt]"));
        Assert.NotNull(list.Document.QuerySelector("datalist#door-reasons option"));
        using (var sentBack = await coop.SubmitAsync(list, $"{part} form[action*='action=ReturnToSender']", new Dictionary<string, string>
        {
            ["reason"] = "Người nhận từ chối nhận hàng",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, sentBack.StatusCode);
        }

        list = await coop.GetPageAsync($"/cooperatives/{tea.Cooperative.Id}/orders?status=Returning");
        Assert.NotNull(list.Document.QuerySelector($"{part} input[name=returnFeeVnd]"));
        var fee = new Dictionary<string, string> { ["returnFeeVnd"] = "18000" };
        using (var back = await coop.SubmitAsync(list, $"{part} form[action*='action=ReceiveReturn']", fee))
        {
            Assert.Contains("Đã hoàn về", (await Html.ParseAsync(back)).Document.QuerySelector("#flash")!.TextContent, StringComparison.Ordinal);
        }
    }
}
