using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.CarrierTestServer;
using Marketplace.MessagingTestServer;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// A packed part booked with Giao Hàng Nhanh (the loopback GHN, speaking its master data, order,
/// print and webhook protocol): the parcel as GHN is told it (GHN's own address ids looked up by
/// name, the cash to collect, the weight and the box), its label on GHN's print page, and GHN's
/// status callbacks moving the part, however often and in whatever order they come, with one mail
/// per real step. A callback without the secret, or for another shop, changes nothing.
/// </summary>
public sealed class GhnShipmentTests(MarketplaceWithCarriersFactory factory) : IClassFixture<MarketplaceWithCarriersFactory>
{
    private const string Callback = MarketplaceWithCarriersFactory.GhnCallbackPath;
    private const string Hash = MarketplaceWithCarriersFactory.GhnCallbackHash;

    /// <summary>A cooperative that sends by Ghn only, its tea in a 20 × 15 × 10 cm box, two bags packed for <paramref name="province"/>.</summary>
    private Task<PackedPart> PackedAsync(string province = "Đà Nẵng") => CarrierParts.PackedAsync(factory, "Ghn", (20, 15, 10), province);

    private static Task<JsonElement> MovedAsync(HttpClient staff, string url) => CarrierParts.MovedAsync(staff, url);

    private async Task<HttpStatusCode> CallbackAsync(
        GhnOrder order, string status, DateTimeOffset at, string? reason = null, long returnFee = 0, string hash = Hash, long shopId = GhnServer.ShopId,
        string type = "switch_status")
    {
        using var anonymous = factory.CreateClient();
        using var answer = await GhnServer.CallbackAsync(
            anonymous, Callback, hash, order, status, at, reason, returnFee: returnFee, shopId: shopId, type: type);
        return answer.StatusCode;
    }

    private static Task<JsonElement> PartAsync(TestCooperative cooperative, Guid partId) => CarrierParts.PartAsync(cooperative, partId);

    [Fact]
    public async Task APartBookedWithGhn_IsPrintedOnGhnsPage_AndMovedByItsCallbacks_OutOfOrderAndTwice_WithOneMailPerStep()
    {
        var (cooperative, tea, order, partId, email) = await PackedAsync();
        var cashDue = order.Part(cooperative.Name).GetProperty("cashDue").Amount();

        var booked = await MovedAsync(cooperative.Owner, $"/api/v1/cooperatives/order-parts/{partId}/shipment");
        var code = booked.GetProperty("shipment").GetProperty("trackingCode").GetString()!;
        Assert.Equal(("Packed", "Giao Hàng Nhanh", code), (
            booked.GetProperty("status").GetString(), booked.GetProperty("carrier").GetString(), booked.GetProperty("trackingNumber").GetString()));
        Assert.Equal(33_000, booked.GetProperty("shipment").GetProperty("fee").Amount()); // GHN's total_fee, written as a string

        // GHN was told the parcel as its API asks: our code; the pickup by GHN's names for the cooperative's commune, the
        // delivery by GHN's ids for the shopper's (looked up in its master data by name); the cash to collect, the goods'
        // value insured, 2 × 500 g in two 3,000 cm³ boxes (sent as a 19 cm cube: 6,859 cm³ ≥ 6,000); the shop pays GHN.
        var parcel = Assert.Single(factory.Ghn.Orders.Values, o => o.OrderCode == code);
        Assert.Equal(
            (partId.ToString("N"), "Xã Như Cố", "Huyện Chợ Mới", "Thái Nguyên", 1526, "40101", cashDue, 160_000L, 1_000, 19, 1, "CHOXEMHANGKHONGTHU"),
            (parcel.ClientOrderCode, parcel.FromWardName, parcel.FromDistrictName, parcel.FromProvinceName, parcel.ToDistrictId, parcel.ToWardCode,
                parcel.CodAmount, parcel.InsuranceValue, parcel.Weight, parcel.Length, parcel.PaymentTypeId, parcel.RequiredNote));
        Assert.Equal(("Trần Thu Hà", "0903123456"), (parcel.ToName, parcel.ToPhone));
        Assert.Equal([tea.Name], parcel.Items);

        // The label: GHN prints on its own page, so the label's address sends the person there, with a token for this parcel.
        using var staff = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        staff.DefaultRequestHeaders.Authorization = cooperative.Owner.DefaultRequestHeaders.Authorization;
        using (var label = await staff.GetAsync($"/api/v1/cooperatives/order-parts/{partId}/shipment/label.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, label.StatusCode);
            var page = label.Headers.Location!;
            Assert.StartsWith(factory.Ghn.BaseAddress + "/a5/public-api/printA5?token=", page.AbsoluteUri, StringComparison.Ordinal);
            Assert.Contains($"<h1 class=\"order-code\">{code}</h1>", await Loopback.Http.GetStringAsync(page), StringComparison.Ordinal);
        }

        // A callback without the secret, with another, or for another GHN shop is refused and changes nothing.
        var t = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Forbidden, await CallbackAsync(parcel, "delivered", t.AddHours(5), hash: "doan-mo"));
        Assert.Equal(HttpStatusCode.Forbidden, await CallbackAsync(parcel, "delivered", t.AddHours(5), hash: string.Empty));
        Assert.Equal(HttpStatusCode.Forbidden, await CallbackAsync(parcel, "delivered", t.AddHours(5), shopId: 1_234));
        var untouched = await PartAsync(cooperative, partId);
        Assert.Equal(("Packed", 1), (untouched.GetProperty("status").GetString(), untouched.GetProperty("shipment").GetProperty("events").GetArrayLength()));

        // GHN's statuses, out of order and twice: with the courier before picked up came, sorted at a hub (kept, moves
        // nothing), delivered twice, with the courier again, and a failed attempt reported after the parcel was delivered.
        foreach (var (status, hours, reason) in new (string, int, string?)[]
        {
            ("delivering", 3, null), ("picked", 1, null), ("sorting", 2, null), ("delivered", 5, null), ("delivered", 5, null),
            ("delivering", 3, null), ("delivery_fail", 4, "Khách hẹn lại ngày giao"),
        })
        {
            Assert.Equal(HttpStatusCode.OK, await CallbackAsync(parcel, status, t.AddHours(hours), reason));
        }

        // GHN weighs the parcel again after delivery: kept as a weight update, not a second delivery. (GHN's documentation
        // also writes its types capitalised: "Switch_status" is a status, "Update_weight" an update.)
        Assert.Equal(HttpStatusCode.OK, await CallbackAsync(parcel, "delivered", t.AddHours(6), type: "Update_weight"));
        Assert.Equal(HttpStatusCode.OK, await CallbackAsync(parcel, "delivered", t.AddHours(5), type: "Switch_status")); // a replay

        var part = await PartAsync(cooperative, partId);
        Assert.Equal(
            ["Placed", "Confirmed", "Packed", "Shipped", "Delivered"],
            part.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(cashDue, part.GetProperty("cashCollected").Amount());
        Assert.Equal(
            ["Booked", "PickedUp", "Other", "OutForDelivery", "DeliveryFailed", "Delivered", "Other"], // each kept once, in GHN's time
            part.GetProperty("shipment").GetProperty("events").EnumerateArray().Select(e => e.GetProperty("step").GetString()));

        // The shopper heard of each real step once: on its way, nearly there (with the cash to have ready), delivered.
        var number = order.GetProperty("number").GetString()!;
        await People.EventuallyAsync(
            () => Task.FromResult(factory.MailsTo(email, number).Any(m => m.Contains("đã được giao", StringComparison.Ordinal))),
            "the shopper to hear the part is delivered");
        await factory.DrainOutboxesAsync();
        var mails = factory.MailsTo(email, number);
        Assert.Single(mails, m => m.Contains($"đang được giao (Giao Hàng Nhanh, mã vận đơn {code})", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains($"mã vận đơn {code}). Hãy chuẩn bị", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains("đã được giao", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, m => m.Contains("chưa giao được", StringComparison.Ordinal));

        // A body that is not GHN's JSON, or that names an order GHN never had, is refused.
        using var anonymous = factory.CreateClient();
        using (var bad = await anonymous.PostAsync(
            new Uri($"{Callback}?hash={Hash}", UriKind.Relative), new StringContent("OrderCode=" + code, System.Text.Encoding.UTF8, "text/plain")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        using (var noTime = await anonymous.PostAsJsonAsync(
            new Uri($"{Callback}?hash={Hash}", UriKind.Relative),
            new { OrderCode = code, Status = "delivered", ShopID = GhnServer.ShopId },
            JsonSerializerOptions.Default))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noTime.StatusCode);
            Assert.True((await noTime.JsonAsync()).GetProperty("errors").TryGetProperty("Time", out _));
        }

        Assert.Equal(HttpStatusCode.NotFound, await CallbackAsync(parcel with { OrderCode = "GHN0000" }, "delivered", t));
    }

    [Fact]
    public async Task AParcelGhnBringsBack_IsReturned_WithItsStockAndReturnFee_ABookingWhoseAnswerWasLost_IsFound_AndOneNotPickedUp_IsCancelled()
    {
        var (cooperative, tea, order, partId, _) = await PackedAsync();

        // A first try reached GHN but its answer was lost: booking again finds that order, not a second parcel.
        var client = new Dictionary<string, object>
        {
            ["client_order_code"] = partId.ToString("N"),
            ["from_name"] = cooperative.Name,
            ["from_phone"] = "0208385540",
            ["from_address"] = "thôn Bản Chang",
            ["from_ward_name"] = "Xã Như Cố",
            ["from_district_name"] = "Huyện Chợ Mới",
            ["from_province_name"] = "Thái Nguyên",
            ["to_name"] = "Trần Thu Hà",
            ["to_phone"] = "0903123456",
            ["to_address"] = "5 Bạch Đằng",
            ["to_ward_code"] = "40101",
            ["to_district_id"] = 1526,
            ["required_note"] = "CHOXEMHANGKHONGTHU",
            ["cod_amount"] = 0,
            ["weight"] = 1_000,
            ["length"] = 19,
            ["width"] = 19,
            ["height"] = 19,
            ["insurance_value"] = 160_000,
            ["service_type_id"] = 2,
            ["payment_type_id"] = 1,
            ["items"] = new[] { new { name = tea.Name, quantity = 2, weight = 500 } },
        };
        using var direct = new HttpRequestMessage(HttpMethod.Post, factory.Ghn.BaseAddress + "/shiip/public-api/v2/shipping-order/create")
        {
            Content = JsonContent.Create(client),
        };
        direct.Headers.Add("Token", GhnServer.Token);
        direct.Headers.Add("ShopId", GhnServer.ShopId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var first = await Loopback.Http.SendAsync(direct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var code = factory.Ghn.Orders[partId.ToString("N")].OrderCode;
        var booked = await MovedAsync(cooperative.Owner, $"/api/v1/cooperatives/order-parts/{partId}/shipment");
        Assert.Equal(code, booked.GetProperty("shipment").GetProperty("trackingCode").GetString());
        Assert.Single(factory.Ghn.Orders.Values, o => o.ClientOrderCode == partId.ToString("N"));

        // Picked up, failed, GHN gives up and brings it back (twice), back with its return fee: the stock is on sale again,
        // no cash is asked, and GHN's return fee is the cooperative's, once.
        var parcel = factory.Ghn.Orders[partId.ToString("N")];
        var t = DateTimeOffset.UtcNow;
        foreach (var (status, hours, reason, fee) in new (string, int, string?, long)[]
        {
            ("picked", 1, null, 0), ("delivery_fail", 20, "Người nhận từ chối nhận hàng", 0), ("waiting_to_return", 30, null, 0),
            ("return", 31, null, 0), ("returned", 50, null, 22_000), ("returned", 50, null, 22_000),
        })
        {
            Assert.Equal(HttpStatusCode.OK, await CallbackAsync(parcel, status, t.AddHours(hours), reason, fee));
        }

        var part = await PartAsync(cooperative, partId);
        Assert.Equal(
            ["Placed", "Confirmed", "Packed", "Shipped", "DeliveryFailed", "Returning", "Returned"],
            part.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(0, part.GetProperty("cashDue").Amount());
        await People.EventuallyAsync(async () => await factory.StockAsync(tea) == 10, "the returned stock to be on sale again");
        var admin = await factory.AdminAsync();
        await People.EventuallyAsync(
            async () => (await admin.LedgerAsync(cooperative.Id)).GetProperty("entries").EnumerateArray()
                .Any(e => e.GetProperty("kind").GetString() == "Shipping"),
            "GHN's return fee to be booked");
        var fees = (await admin.LedgerAsync(cooperative.Id)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("orderNumber").GetString() == order.GetProperty("number").GetString())
            .ToList();
        Assert.Equal(-22_000, Assert.Single(fees).GetProperty("amount").Amount());

        // Another packed part: cancelled before pickup, then booked anew; once GHN has picked it up, GHN refuses to cancel.
        var (other, _, _, otherPart, _) = await PackedAsync();
        var firstCode = (await MovedAsync(other.Owner, $"/api/v1/cooperatives/order-parts/{otherPart}/shipment"))
            .GetProperty("shipment").GetProperty("trackingCode").GetString()!;
        using (var cancel = await other.Owner.DeleteAsync($"/api/v1/cooperatives/order-parts/{otherPart}/shipment"))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }

        Assert.Equal("cancel", factory.Ghn.Orders.Values.Single(o => o.OrderCode == firstCode).Status);
        var secondCode = (await MovedAsync(other.Owner, $"/api/v1/cooperatives/order-parts/{otherPart}/shipment"))
            .GetProperty("shipment").GetProperty("trackingCode").GetString()!;
        Assert.NotEqual(firstCode, secondCode);
        factory.Ghn.PickedUp(secondCode);
        using (var late = await other.Owner.DeleteAsync($"/api/v1/cooperatives/order-parts/{otherPart}/shipment"))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }
    }

    [Fact]
    public async Task AnAddressGhnDoesNotList_IsRefusedWithItsName_AndGhnAway_IsTryAgain()
    {
        // Hải Châu is a ward of Đà Nẵng, not of Hà Nội: GHN's book has no such ward, and the booking says which address.
        var (cooperative, _, _, partId, _) = await PackedAsync(province: "Hà Nội");
        using (var refused = await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/shipment", new { }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = await refused.JsonAsync();
            Assert.Equal("shipment.refused", problem.GetProperty("code").GetString());
            Assert.Contains("GHN không có phường Hải Châu, Hà Nội", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        // GHN away: try again later, nothing booked.
        var (away, _, _, awayPart, _) = await PackedAsync();
        factory.Ghn.FailNext(20);
        using (var unavailable = await away.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{awayPart}/shipment", new { }))
        {
            factory.Ghn.Recover();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        }

        Assert.Equal("Packed", (await PartAsync(away, awayPart)).GetProperty("status").GetString());
    }
}
