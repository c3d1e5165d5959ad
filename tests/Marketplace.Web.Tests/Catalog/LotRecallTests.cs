using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// Lots followed to the buyer: every shipped line records the lot(s) it left from (the oldest
/// that may ship unless the cooperative picks), its cooperative and the admins see who received a
/// lot, and a recall reaches exactly those buyers and no one else.
/// </summary>
public sealed class LotRecallTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private sealed record Bought(HttpClient Shopper, string Email, Guid OrderId, string Number, Guid PartId);

    private async Task<Bought> BuyAsync(TestListing listing, int quantity)
    {
        var (shopper, email) = await factory.NewPersonAsync("mua-lo");
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity })).EnsureSuccessStatusCode();
        using var checkout = Checkouts.Request(Guid.NewGuid());
        using var placed = await shopper.SendAsync(checkout);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.JsonAsync();
        return new Bought(
            shopper, email, order.GetProperty("orderId").GetGuid(), order.GetProperty("number").GetString()!,
            order.GetProperty("parts")[0].GetProperty("partId").GetGuid());
    }

    private static async Task PackAsync(HttpClient staff, Guid partId)
    {
        (await staff.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/Confirm", new { })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/Pack", new { })).EnsureSuccessStatusCode();
    }

    private static Task<HttpResponseMessage> ShipAsync(HttpClient staff, Guid partId, object[]? lots = null) =>
        staff.PostAsJsonAsync(
            $"/api/v1/cooperatives/order-parts/{partId}/Ship", new { carrier = "Viettel Post", trackingNumber = "VTP" + partId.ToString("N")[..8], lots });

    private static async Task<string> AddLotAsync(TestListing listing, string producedOn, string? expiresOn)
    {
        var code = "LOT-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        (await listing.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{listing.ProductId}/lots", new
        {
            code,
            producedOn,
            expiresOn,
            commune = "xã Phong Nậm",
            province = "Cao Bằng",
            quantity = 500,
            quantityUnit = "kg",
        })).EnsureSuccessStatusCode();
        return code;
    }

    private static IEnumerable<(string Code, int Quantity)> LotsOf(JsonElement part) =>
        part.GetProperty("lines").EnumerateArray()
            .SelectMany(l => l.TryGetProperty("lots", out var lots) && lots.ValueKind == JsonValueKind.Array ? lots.EnumerateArray() : [])
            .Select(l => (l.GetProperty("code").GetString()!, l.GetProperty("quantity").GetInt32()))
            .OrderBy(l => l.Item1, StringComparer.Ordinal);

    [Fact]
    public async Task ShippedLinesRecordTheirLots_AndARecallReachesExactlyTheBuyersOfItsLines()
    {
        var listing = await factory.Listing().SoldPer("kg", null).WithStock(100).BuildAsync();
        var staff = listing.Cooperative.Owner;
        var older = await AddLotAsync(listing, "2026-09-01", "2027-09-01");
        var newer = await AddLotAsync(listing, "2026-11-01", null);
        var expired = await AddLotAsync(listing, "2025-10-01", "2026-06-01");
        var another = await factory.Listing().SoldBy(listing.Cooperative).BuildAsync();
        var anothers = await AddLotAsync(another, "2026-10-01", null);

        var proposed = await BuyAsync(listing, 1); // ships from the oldest lot that may ship: not the expired one
        var picked = await BuyAsync(listing, 2);
        var split = await BuyAsync(listing, 3);
        var packedOnly = await BuyAsync(listing, 1);
        var otherProduct = await BuyAsync(another, 1);
        foreach (var bought in new[] { proposed, picked, split, packedOnly, otherProduct })
        {
            await PackAsync(staff, bought.PartId);
        }

        // Each wrong pick is named and ships nothing: the part stays packed, with no lot recorded.
        (object Pick, string Field)[] wrong =
        [
            (new { sku = listing.Sku, lotCode = expired }, "lots[0].lotCode"),
            (new { sku = listing.Sku, lotCode = anothers }, "lots[0].lotCode"),
            (new { sku = "NO-SUCH-SKU", lotCode = older }, "lots[0].sku"),
            (new { sku = listing.Sku, lotCode = older, quantity = 1 }, "lots[0].quantity"),
        ];
        foreach (var (pick, field) in wrong)
        {
            using var refused = await ShipAsync(staff, split.PartId, [pick]);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        }

        var stillPacked = await (await split.Shopper.GetAsync($"/api/v1/orders/{split.OrderId}")).JsonAsync();
        Assert.Equal("Packed", stillPacked.GetProperty("parts")[0].GetProperty("status").GetString());
        Assert.Empty(LotsOf(stillPacked.GetProperty("parts")[0]));

        using (var shipped = await ShipAsync(staff, proposed.PartId))
        {
            Assert.Equal([(older, 1)], LotsOf(await shipped.JsonAsync()));
        }

        using (var shipped = await ShipAsync(staff, picked.PartId, [new { sku = listing.Sku.ToLowerInvariant(), lotCode = newer.ToLowerInvariant() }]))
        {
            Assert.Equal([(newer, 2)], LotsOf(await shipped.JsonAsync()));
        }

        using (var shipped = await ShipAsync(
            staff, split.PartId, [new { sku = listing.Sku, lotCode = older, quantity = 1 }, new { sku = listing.Sku, lotCode = newer, quantity = 2 }]))
        {
            Assert.Equal([(older, 1), (newer, 2)], LotsOf(await shipped.JsonAsync()).OrderBy(l => l.Code == newer));
        }

        (await ShipAsync(staff, otherProduct.PartId)).EnsureSuccessStatusCode();

        // Who received the newer lot: its cooperative and the admins may ask, no one else.
        var recipientsUrl = $"/api/v1/cooperatives/products/{listing.ProductId}/lots/{newer}/recipients";
        var recipients = await (await staff.GetAsync(recipientsUrl)).JsonAsync();
        Assert.Equal(
            new[] { picked.Number, split.Number }.Order(StringComparer.Ordinal),
            recipients.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("orderNumber").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(4, recipients.GetProperty("recipients").EnumerateArray().Sum(r => r.GetProperty("quantity").GetInt32()));
        var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(recipientsUrl)).StatusCode);
        var stranger = await factory.ApprovedCooperativeAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Owner.GetAsync(recipientsUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(recipientsUrl)).StatusCode);

        // The recall: a reason is needed; another cooperative cannot; it is final.
        var recallUrl = $"/api/v1/cooperatives/products/{listing.ProductId}/lots/{newer}/recall";
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync(recallUrl, new { reason = "  " })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Owner.PostAsJsonAsync(recallUrl, new { reason = "x" })).StatusCode);
        const string reason = "Kiểm nghiệm phát hiện độ ẩm vượt ngưỡng cho phép.";
        using (var recalled = await staff.PostAsJsonAsync(recallUrl, new { reason }))
        {
            Assert.Equal(HttpStatusCode.OK, recalled.StatusCode);
            Assert.Equal(reason, (await recalled.JsonAsync()).GetProperty("recallReason").GetString());
        }

        using (var again = await admin.PostAsJsonAsync(recallUrl, new { reason }))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        // Exactly the buyers of its lines are told, once each; not the buyer of the older lot, nor
        // the one whose part had not shipped, nor the buyer of the other product.
        var subject = $"Thu hồi lô {newer}";
        await People.EventuallyAsync(
            () => Task.FromResult(factory.MailsTo(picked.Email, subject).Length == 1 && factory.MailsTo(split.Email, subject).Length == 1),
            "the recall's mail to each buyer of the lot");
        Assert.Contains(reason, factory.MailsTo(split.Email, subject)[0], StringComparison.Ordinal);
        Assert.Contains($"{split.Number}", factory.MailsTo(split.Email, subject)[0], StringComparison.Ordinal);
        var told = Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => (m.Subject ?? string.Empty).Contains(subject, StringComparison.Ordinal))
            .SelectMany(m => m.To.Mailboxes.Select(b => b.Address.ToLowerInvariant()))
            .ToList();
        Assert.Equal(new[] { picked.Email, split.Email }.Select(e => e.ToLowerInvariant()).Order(), told.Order());

        // Their order shows the recall beside the line; the other buyer's does not.
        await People.EventuallyAsync(
            async () => (await (await split.Shopper.GetAsync($"/api/v1/orders/{split.OrderId}")).JsonAsync())
                .GetProperty("parts")[0].GetProperty("lines")[0].GetProperty("lots").EnumerateArray()
                .Any(l => l.GetProperty("code").GetString() == newer && l.GetProperty("recallReason").GetString() == reason),
            "the recall shown on the buyer's order");
        var page = await (await factory.SignedInPagesAsync(split.Email)).GetPageAsync($"/orders/{split.OrderId}");
        Assert.Contains(reason, page.Text(".order-part .recall"), StringComparison.Ordinal);
        Assert.Contains(newer, page.Text(".order-part .recall"), StringComparison.Ordinal);
        Assert.Contains("Xin đừng dùng", page.Text(".order-part .recall"), StringComparison.Ordinal);
        var notRecalled = await (await factory.SignedInPagesAsync(proposed.Email)).GetPageAsync($"/orders/{proposed.OrderId}");
        Assert.Contains(older, notRecalled.Text(".line-lot"), StringComparison.Ordinal);
        Assert.Empty(notRecalled.Document.QuerySelectorAll(".lot-recalled, .order-part .recall"));

        // Anyone who scans the package reads the recall; nothing more ships from the lot.
        var lotPage = await factory.CreateClient().GetPageAsync($"/lots/{newer}");
        Assert.Contains(reason, lotPage.Text("#recall"), StringComparison.Ordinal);
        Assert.Empty(lotPage.Document.QuerySelectorAll("#recipients"));
        var trace = await (await factory.CreateClient().GetAsync($"/api/v1/lots/{newer}")).JsonAsync();
        Assert.Equal(reason, trace.GetProperty("lot").GetProperty("recallReason").GetString());
        using (var fromRecalled = await ShipAsync(staff, packedOnly.PartId, [new { sku = listing.Sku, lotCode = newer }]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, fromRecalled.StatusCode);
        }

        using (var shipped = await ShipAsync(staff, packedOnly.PartId))
        {
            Assert.Equal([(older, 1)], LotsOf(await shipped.JsonAsync()));
        }

        Assert.Empty(factory.MailsTo(packedOnly.Email, subject));
        Assert.Empty(factory.MailsTo(proposed.Email, subject));
    }

    [Fact]
    public async Task TheCooperativeShipsFromThePageItsLotProposes_AndRecallsFromTheLotPage()
    {
        var listing = await factory.Listing().BuildAsync();
        var older = await AddLotAsync(listing, "2026-08-15", null);
        var newer = await AddLotAsync(listing, "2026-11-20", null);
        var bought = await BuyAsync(listing, 2);
        await PackAsync(listing.Cooperative.Owner, bought.PartId);

        var staff = await factory.SignedInPagesAsync(listing.Cooperative.OwnerEmail);
        var orders = await staff.GetPageAsync($"/cooperatives/{listing.Cooperative.Id}/orders?status=Packed");
        var form = $"#part-{bought.PartId} form:has(button[data-action=Ship])";
        var choices = orders.Document.QuerySelectorAll($"{form} select[name='lots[0].LotCode'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal([older, newer], choices); // the oldest first: the one proposed
        using (var shipped = await staff.SubmitAsync(orders, form, new Dictionary<string, string>
        {
            ["carrier"] = "Giao Hàng Nhanh",
            ["trackingNumber"] = "GHN-LOT-1",
            ["lots[0].LotCode"] = newer,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        }

        var shopper = await factory.SignedInPagesAsync(bought.Email);
        var shopperOrder = await shopper.GetPageAsync($"/orders/{bought.OrderId}");
        Assert.Contains(newer, shopperOrder.Text(".line-lot"), StringComparison.Ordinal);

        // The lot's page: its cooperative sees who received it and may recall it; a shopper does not.
        var lotPage = await staff.GetPageAsync($"/lots/{newer}");
        Assert.Contains(bought.Number, lotPage.Text("#recipients"), StringComparison.Ordinal);
        var asShopper = await shopper.GetPageAsync($"/lots/{newer}");
        Assert.Empty(asShopper.Document.QuerySelectorAll("#recipients"));
        Assert.Empty(asShopper.Document.QuerySelectorAll("#recall-form"));

        using (var empty = await staff.SubmitAsync(lotPage, "#recall-form", new Dictionary<string, string> { ["Reason"] = " " }))
        {
            var again = await Html.ParseAsync(empty);
            Assert.NotEmpty(again.Text(".errors"));
            Assert.Empty(again.Document.QuerySelectorAll("#recall"));
        }

        var reason = new Dictionary<string, string> { ["Reason"] = "Bao bì bị rách khi vận chuyển." };
        using (var recalled = await staff.SubmitAsync(lotPage, "#recall-form", reason))
        {
            var after = await Html.ParseAsync(recalled);
            Assert.Contains("Bao bì bị rách", after.Text("#recall"), StringComparison.Ordinal);
            Assert.Empty(after.Document.QuerySelectorAll("#recall-form"));
        }

        var edit = await staff.GetPageAsync($"/cooperatives/products/{listing.ProductId}");
        Assert.Contains(newer, edit.Text("#lots"), StringComparison.Ordinal);
        Assert.Single(edit.Document.QuerySelectorAll("#lots .lot-recalled"));
    }
}
