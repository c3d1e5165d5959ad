using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.CarrierTestServer;
using Marketplace.MessagingTestServer;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// Viettel Post through its partner API (the loopback Viettel Post, speaking its sign-in, address
/// book, prices, orders, print and push protocol): the checkout quoted by its prices, the parcel as
/// Viettel Post is told it (its ids for both communes, the cash to collect, the grams and the box,
/// every text within its 150 bytes), its label on Viettel Post's print page, and its status pushes
/// moving the part, however often and in whatever order they come, with one mail per real step. A
/// push without the secret changes nothing; a token Viettel Post stops taking is renewed by signing in again.
/// </summary>
public sealed class ViettelPostShipmentTests(MarketplaceWithViettelPostFactory factory) : IClassFixture<MarketplaceWithViettelPostFactory>
{
    private const string Callback = MarketplaceWithViettelPostFactory.CallbackPath;
    private const string Secret = MarketplaceWithViettelPostFactory.WebhookToken;

    /// <summary>A cooperative that sends by ViettelPost only, its tea in a 30 × 20 × 15 cm box, two bags packed for <paramref name="province"/>.</summary>
    private Task<PackedPart> PackedAsync(string province = "Đà Nẵng") => CarrierParts.PackedAsync(factory, "ViettelPost", (30, 20, 15), province);

    private static Task<JsonElement> MovedAsync(HttpClient staff, string url) => CarrierParts.MovedAsync(staff, url);

    private async Task<HttpStatusCode> PushAsync(
        ViettelPostOrder order, int status, DateTimeOffset at, string? note = null, string secret = Secret, bool inHeader = false)
    {
        using var anonymous = factory.CreateClient();
        using var answer = await ViettelPostServer.PushAsync(anonymous, Callback, secret, order, status, at, note, inHeader: inHeader);
        return answer.StatusCode;
    }

    private static Task<JsonElement> PartAsync(TestCooperative cooperative, Guid partId) => CarrierParts.PartAsync(cooperative, partId);

    private async Task<IReadOnlyDictionary<CooperativeId, DeliveryQuote>> QuoteAsync(string province, string commune, params DeliveryParcel[] parcels)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new QuoteDeliveryQuery(parcels, province, commune));
    }

    [Fact]
    public async Task APartSentByViettelPost_IsQuotedAndBookedByItsApi_PrintedOnItsPage_AndMovedByItsPushes_OutOfOrderAndTwice()
    {
        var (cooperative, tea, order, partId, email) = await PackedAsync();
        var part = order.Part(cooperative.Name);
        var cashDue = part.GetProperty("cashDue").Amount();

        // Checkout asked Viettel Post's prices (not the alliance's table, 78,000 ₫ to the Centre): two 9,000 cm³ boxes weigh
        // 3 kg to Viettel Post (÷ 6,000), so 30,000 + 5 × 4,000 by its standard service, the cheaper of the two it offers.
        Assert.Equal(("ViettelPost", 50_000L), (part.GetProperty("shipsBy").GetString(), part.GetProperty("shippingFee").Amount()));
        Assert.Contains(factory.ViettelPost.PriceRequests, r => (r.Weight, r.SenderProvince, r.SenderWard, r.ReceiverProvince, r.ReceiverWard, r.Price)
            == (3_000, 20, 50330, 32, 50210, 160_000L));

        var booked = await MovedAsync(cooperative.Owner, $"/api/v1/cooperatives/order-parts/{partId}/shipment");
        var code = booked.GetProperty("shipment").GetProperty("trackingCode").GetString()!;
        Assert.Equal(("Packed", "Viettel Post", code), (
            booked.GetProperty("status").GetString(), booked.GetProperty("carrier").GetString(), booked.GetProperty("trackingNumber").GetString()));
        // Its MONEY_TOTAL: the 27 cm cube the boxes are sent as weighs 3,281 g to Viettel Post.
        Assert.Equal(
            ViettelPostServer.FeeFor(false, 1_000, lengthCm: 27, widthCm: 27, heightCm: 27), booked.GetProperty("shipment").GetProperty("fee").Amount());

        // Viettel Post was told the parcel as its API asks: our code; both ends by its ids for the communes (found by name in its
        // book); the cash to collect as goods money, the cooperative paying the fee (ORDER_PAYMENT 3); 2 × 500 g in a 27 cm cube
        // (19,683 cm³ ≥ the boxes' 18,000); the goods' value; the cheapest service; the order number in the courier's note.
        var parcel = Assert.Single(factory.ViettelPost.Orders.Values, o => o.Waybill == code);
        Assert.Equal(
            (partId.ToString("N"), 20, 50330, 32, 50210, 100_000_032, cashDue, 3, "LCOD", 1_000L, 27L, 160_000L),
            (parcel.OrderNumber, parcel.SenderProvince, parcel.SenderWard, parcel.ReceiverProvince, parcel.ReceiverWard, parcel.ReceiverDistrict,
                parcel.MoneyCollection, parcel.OrderPayment, parcel.OrderService, parcel.ProductWeight, parcel.ProductLength, parcel.ProductPrice));
        Assert.Equal(
            ("Trần Thu Hà", "0903123456", "5 Bạch Đằng, phường Hải Châu, Đà Nẵng"), (parcel.ReceiverFullname, parcel.ReceiverPhone, parcel.ReceiverAddress));
        Assert.StartsWith($"Đơn {order.GetProperty("number").GetString()}", parcel.OrderNote, StringComparison.Ordinal);
        Assert.Equal([tea.Name], parcel.Items);

        // The label: Viettel Post prints on its own page, so the label's address sends the person there with a print code.
        using var staff = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        staff.DefaultRequestHeaders.Authorization = cooperative.Owner.DefaultRequestHeaders.Authorization;
        using (var label = await staff.GetAsync($"/api/v1/cooperatives/order-parts/{partId}/shipment/label.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, label.StatusCode);
            var page = label.Headers.Location!;
            Assert.StartsWith(factory.ViettelPost.BaseAddress + "/DigitalizePrint/report.do?type=2&bill=", page.AbsoluteUri, StringComparison.Ordinal);
            Assert.Contains($"<h1 class=\"waybill\">{code}</h1>", await Loopback.Http.GetStringAsync(page), StringComparison.Ordinal);
        }

        // A push without the secret, with another, or with another in the Authorization header is refused and changes nothing.
        var t = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Forbidden, await PushAsync(parcel, 501, t.AddHours(5), secret: "doan-mo"));
        Assert.Equal(HttpStatusCode.Forbidden, await PushAsync(parcel, 501, t.AddHours(5), secret: string.Empty));
        Assert.Equal(HttpStatusCode.Forbidden, await PushAsync(parcel, 501, t.AddHours(5), secret: "doan-mo", inHeader: true));
        var untouched = await PartAsync(cooperative, partId);
        Assert.Equal(("Packed", 1), (untouched.GetProperty("status").GetString(), untouched.GetProperty("shipment").GetProperty("events").GetArrayLength()));

        // Viettel Post's statuses, out of order and twice: with the courier (500) before picked up (105) came, sorted at its office
        // (300: kept, moves nothing), delivered (501) twice, with the courier again, and a failed attempt (506) after delivery.
        // One comes with the secret in the Authorization header, as the documentation also describes.
        foreach (var (status, hours, note, inHeader) in new (int, int, string?, bool)[]
        {
            (500, 3, null, false), (105, 1, null, true), (300, 2, null, false), (501, 5, null, false), (501, 5, null, false),
            (500, 3, null, false), (506, 4, "Khách hẹn lại ngày giao", false),
        })
        {
            Assert.Equal(HttpStatusCode.OK, await PushAsync(parcel, status, t.AddHours(hours), note, inHeader: inHeader));
        }

        var moved = await PartAsync(cooperative, partId);
        Assert.Equal(
            ["Placed", "Confirmed", "Packed", "Shipped", "Delivered"],
            moved.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(cashDue, moved.GetProperty("cashCollected").Amount());
        Assert.Equal(
            ["Booked", "PickedUp", "Other", "OutForDelivery", "DeliveryFailed", "Delivered"], // each kept once, in Viettel Post's time
            moved.GetProperty("shipment").GetProperty("events").EnumerateArray().Select(e => e.GetProperty("step").GetString()));

        // The shopper heard of each real step once: on its way, nearly there (with the cash to have ready), delivered.
        var number = order.GetProperty("number").GetString()!;
        await People.EventuallyAsync(
            () => Task.FromResult(factory.MailsTo(email, number).Any(m => m.Contains("đã được giao", StringComparison.Ordinal))),
            "the shopper to hear the part is delivered");
        await factory.DrainOutboxesAsync();
        var mails = factory.MailsTo(email, number);
        Assert.Single(mails, m => m.Contains($"đang được giao (Viettel Post, mã vận đơn {code})", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains($"mã vận đơn {code}). Hãy chuẩn bị", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains("đã được giao", StringComparison.Ordinal));
        Assert.DoesNotContain(mails, m => m.Contains("chưa giao được", StringComparison.Ordinal));

        // A body that is not Viettel Post's JSON, a time not written its way, or a waybill it never gave is refused.
        using var anonymous = factory.CreateClient();
        using (var notJson = new HttpRequestMessage(HttpMethod.Post, Callback) { Content = new StringContent("ORDER_NUMBER=" + code) })
        {
            notJson.Headers.TryAddWithoutValidation("Authorization", Secret);
            using var bad = await anonymous.SendAsync(notJson);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        using (var badTime = await anonymous.PostAsJsonAsync(
            Callback,
            new { DATA = new { ORDER_NUMBER = code, ORDER_STATUS = 501, ORDER_STATUSDATE = "2026-13-45" }, TOKEN = Secret },
            JsonSerializerOptions.Default))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
            Assert.True((await badTime.JsonAsync()).GetProperty("errors").TryGetProperty("DATA.ORDER_STATUSDATE", out _));
        }

        Assert.Equal(HttpStatusCode.NotFound, await PushAsync(parcel with { Waybill = "182300000000" }, 501, t));
    }

    [Fact]
    public async Task AParcelViettelPostBringsBack_IsReturnedWithItsStock_ATokenItStopsTaking_IsRenewed_AndOneNotPickedUp_IsCancelled()
    {
        var (cooperative, tea, _, partId, _) = await PackedAsync();

        // Viettel Post stops taking the alliance's token: the booking signs in again, once, and goes through.
        var signIns = factory.ViettelPost.SignIns;
        factory.ViettelPost.ExpireTokens();
        var booked = await MovedAsync(cooperative.Owner, $"/api/v1/cooperatives/order-parts/{partId}/shipment");
        Assert.Equal(signIns + 1, factory.ViettelPost.SignIns);
        var parcel = factory.ViettelPost.Orders[partId.ToString("N")];
        Assert.Equal(parcel.Waybill, booked.GetProperty("shipment").GetProperty("trackingCode").GetString());

        // Picked up, refused at the door (505: the shopper wants it sent back), its return approved, back (twice): the stock is on
        // sale again and no cash is asked.
        var t = DateTimeOffset.UtcNow;
        foreach (var (status, hours, note) in new (int, int, string?)[]
        {
            (105, 1, null), (505, 30, "Người nhận từ chối nhận hàng"), (515, 31, null), (504, 50, null), (504, 50, null),
        })
        {
            Assert.Equal(HttpStatusCode.OK, await PushAsync(parcel, status, t.AddHours(hours), note));
        }

        var part = await PartAsync(cooperative, partId);
        Assert.Equal(
            ["Placed", "Confirmed", "Packed", "Shipped", "DeliveryFailed", "Returning", "Returned"],
            part.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(0, part.GetProperty("cashDue").Amount());
        await People.EventuallyAsync(async () => await factory.StockAsync(tea) == 10, "the returned stock to be on sale again");

        // Another packed part: cancelled before pickup (UpdateOrder TYPE 4), then booked anew; once picked up, Viettel Post refuses.
        var (other, _, _, otherPart, _) = await PackedAsync();
        var firstCode = (await MovedAsync(other.Owner, $"/api/v1/cooperatives/order-parts/{otherPart}/shipment"))
            .GetProperty("shipment").GetProperty("trackingCode").GetString()!;
        using (var cancel = await other.Owner.DeleteAsync($"/api/v1/cooperatives/order-parts/{otherPart}/shipment"))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }

        Assert.Equal(107, factory.ViettelPost.Orders.Values.Single(o => o.Waybill == firstCode).Status);

        var secondCode = (await MovedAsync(other.Owner, $"/api/v1/cooperatives/order-parts/{otherPart}/shipment"))
            .GetProperty("shipment").GetProperty("trackingCode").GetString()!;
        Assert.NotEqual(firstCode, secondCode);
        factory.ViettelPost.PickedUp(secondCode);
        using (var late = await other.Owner.DeleteAsync($"/api/v1/cooperatives/order-parts/{otherPart}/shipment"))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Contains("không thể hủy", (await late.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Quotes_AreViettelPostsPrices_TheTableWhenItIsAway_NoneWhereItServesNoRoute_AndAnAddressItDoesNotList_IsRefusedWithItsName()
    {
        var (cooperative, _, _, partId, _) = await PackedAsync(province: "Hà Nội");
        var id = CooperativeId.From(cooperative.Id);
        DeliveryParcel Parcel(int grams) => new(id, grams, Money.Dong(200_000));

        // Its prices, by its ids for the communes; the days are the alliance's table's.
        var toHanoi = (await QuoteAsync("Hà Nội", "phường Ngọc Hà", Parcel(2_300)))[id];
        Assert.Equal(
            (DeliveryCarrier.ViettelPost, ViettelPostServer.FeeFor(false, 2_300), 2, 4),
            (toHanoi.Carrier, toHanoi.Fee.Amount, toHanoi.MinDays, toHanoi.MaxDays));
        Assert.Equal(49877, factory.ViettelPost.PriceRequests.Single(r => r.Weight == 2_300).ReceiverWard);
        var nextDoor = (await QuoteAsync("Thái Nguyên", "phường Phan Đình Phùng", Parcel(2_400)))[id];
        Assert.Equal(ViettelPostServer.FeeFor(true, 2_400), nextDoor.Fee.Amount); // 20,000 + 1 × 3,000

        // A commune its book does not name in that province, or Viettel Post away: the alliance's table (38,000 + 8,000 to the Centre).
        Assert.Equal(46_000, (await QuoteAsync("Đà Nẵng", "phường Thạch Thang", Parcel(800)))[id].Fee.Amount);
        factory.ViettelPost.FailNext(20);
        var away = (await QuoteAsync("Đà Nẵng", "phường Hải Châu", Parcel(900)))[id];
        factory.ViettelPost.Recover();
        Assert.Equal((DeliveryCarrier.ViettelPost, 46_000L), (away.Carrier, away.Fee.Amount));

        // No service on the route is its word: the cooperative, which sends only by Viettel Post, is not quoted there.
        factory.ViettelPost.DoesNotServe(32);
        var none = await QuoteAsync("Đà Nẵng", "phường Hải Châu", Parcel(1_100));
        factory.ViettelPost.Recover();
        Assert.False(none.ContainsKey(id));

        // Hải Châu is a ward of Đà Nẵng, not of Hà Nội: Viettel Post's book has no such commune, and the booking says which.
        using (var refused = await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/shipment", new { }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var problem = await refused.JsonAsync();
            Assert.Equal("shipment.refused", problem.GetProperty("code").GetString());
            Assert.Contains("Viettel Post không có phường Hải Châu, Hà Nội", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        // Viettel Post took the parcel but its answer was lost: try again later (a booking is never retried behind the
        // person's back: Viettel Post would refuse our code as taken, and lists no order by it).
        var (lost, _, _, lostPart, _) = await PackedAsync();
        var code = lostPart.ToString("N");
        factory.ViettelPost.LoseNextAnswers(1);
        using (var noAnswer = await lost.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{lostPart}/shipment", new { }))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, noAnswer.StatusCode);
        }

        // Tried again, Viettel Post refuses our code with its words, and takes no second parcel.
        using (var taken = await lost.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{lostPart}/shipment", new { }))
        {
            Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
            Assert.Contains("đã tồn tại", (await taken.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        Assert.Single(factory.ViettelPost.Taken, c => c == code);

        // Its first status push names the waybill and our code: the parcel is filed as the part's booking and moves it.
        var kept = factory.ViettelPost.Orders[code];
        Assert.Equal(HttpStatusCode.OK, await PushAsync(kept, 105, DateTimeOffset.UtcNow));
        var filed = await PartAsync(lost, lostPart);
        Assert.Equal(("Shipped", kept.Waybill), (filed.GetProperty("status").GetString(), filed.GetProperty("trackingNumber").GetString()));

        // Viettel Post away: try again later, nothing booked.
        var (other, _, _, otherPart, _) = await PackedAsync();
        factory.ViettelPost.FailNext(40);
        using (var unavailable = await other.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{otherPart}/shipment", new { }))
        {
            factory.ViettelPost.Recover();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        }

        Assert.Equal("Packed", (await PartAsync(other, otherPart)).GetProperty("status").GetString());
    }
}
