using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// A pre-order's deposit by card, through the real Stripe.net client and the loopback Stripe: one
/// intent per reservation and amount, counted once whether the webhook or the buyer's return comes
/// first (or both, or again), booked in the cooperative's ledger, and refused for what is not the
/// buyer's or owes nothing.
/// </summary>
public sealed class DepositByCardTests(MarketplaceWithStripeFactory factory) : IClassFixture<MarketplaceWithStripeFactory>
{
    private static async Task<JsonElement> ReservationAsync(HttpClient buyer, Guid reservationId) =>
        (await (await buyer.GetAsync("/api/v1/reservations")).JsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("reservationId").GetGuid() == reservationId);

    /// <summary>Every page of the alliance's list of deposits owed back.</summary>
    private static async Task<List<JsonElement>> OwedBackAsync(HttpClient admin)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var found = await (await admin.GetAsync($"/api/v1/admin/deposit-returns?page={page}")).JsonAsync();
            all.AddRange(found.GetProperty("items").EnumerateArray());
            if (page * found.GetProperty("pageSize").GetInt32() >= found.GetProperty("total").GetInt32())
            {
                return all;
            }
        }
    }

    private static async Task<JsonElement?> OwedBackAsync(HttpClient admin, Guid reservationId) =>
        (await OwedBackAsync(admin)).Cast<JsonElement?>().SingleOrDefault(r => r!.Value.GetProperty("reservationId").GetGuid() == reservationId);

    private async Task<string> PayByCardAsync(HttpClient buyer, Guid reservationId)
    {
        var intentId = (await (await buyer.PostAsync($"/api/v1/reservations/{reservationId}/deposit/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        (await factory.DeliverAsync(factory.Stripe.Succeed(intentId))).EnsureSuccessStatusCode();
        return intentId;
    }

    private static async Task TransferAsync(HttpClient admin, HttpClient buyer, Guid reservationId, long amount)
    {
        var reference = (await ReservationAsync(buyer, reservationId)).GetProperty("reference").GetString();
        var csv = $"Ngày giao dịch,Số tiền ghi có,Nội dung\r\n05/12/2026,{amount},{reference} coc {Guid.NewGuid():N}";
        Assert.Equal(1, (await (await admin.PostAsync("/api/v1/admin/bank-statements", PreorderTests.Statement(csv))).JsonAsync())
            .GetProperty("matched").GetInt32());
    }

    private static Task<HttpResponseMessage> ReturnAsync(HttpClient buyer, Guid reservationId, string intentId) =>
        buyer.PostAsJsonAsync($"/api/v1/reservations/{reservationId}/deposit/card/return", new { paymentIntentId = intentId });

    private async Task<(HttpClient Buyer, Guid ReservationId, Guid CooperativeId)> ReserveAsync(int quantity)
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await PreorderTests.OpenAsync(listing, 100, "FirstComeFirstServed");
        var (buyer, _) = await factory.NewPersonAsync("coc-the");
        using var reserved = await buyer.PostAsJsonAsync($"/api/v1/preorders/{windowId}/reservations", new { quantity });
        Assert.Equal(HttpStatusCode.Created, reserved.StatusCode);
        return (buyer, (await reserved.JsonAsync()).GetProperty("reservationId").GetGuid(), listing.Cooperative.Id);
    }

    [Fact]
    public async Task TheDeposit_PaidByCard_IsCountedOnce_AndBookedInTheLedger()
    {
        var (buyer, reservationId, cooperativeId) = await ReserveAsync(10);
        var deposit = PreorderTests.Deposit(10);

        var session = await (await buyer.PostAsync($"/api/v1/reservations/{reservationId}/deposit/card", null)).JsonAsync();
        var again = await (await buyer.PostAsync($"/api/v1/reservations/{reservationId}/deposit/card", null)).JsonAsync();
        var intentId = session.GetProperty("paymentIntentId").GetString()!;
        Assert.Equal(intentId, again.GetProperty("paymentIntentId").GetString()); // a reload is the same intent
        Assert.Equal(deposit, session.GetProperty("amount").Amount());
        var intent = factory.Stripe.Get(intentId);
        Assert.Equal(deposit, intent["amount"]!.GetValue<long>());
        Assert.Equal(reservationId.ToString(), intent["metadata"]!["reservation_id"]!.GetValue<string>());

        // Back before Stripe has the money: nothing is counted.
        using (var early = await ReturnAsync(buyer, reservationId, intentId))
        {
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
            Assert.NotEqual("succeeded", (await early.JsonAsync()).GetProperty("status").GetString());
        }

        Assert.Equal(0, (await ReservationAsync(buyer, reservationId)).GetProperty("depositPaid").Amount());

        // The webhook, the buyer's return, the webhook again: the deposit once.
        var signed = factory.Stripe.Succeed(intentId);
        using (var delivered = await factory.DeliverAsync(signed))
        {
            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        }

        Assert.Equal(deposit, (await ReservationAsync(buyer, reservationId)).GetProperty("depositPaid").Amount()); // the webhook alone counts it

        using (var back = await ReturnAsync(buyer, reservationId, intentId))
        {
            var outcome = await back.JsonAsync();
            Assert.Equal("succeeded", outcome.GetProperty("status").GetString());
            Assert.Equal(deposit, outcome.GetProperty("reservation").GetProperty("depositPaid").Amount());
        }

        using (var replay = await factory.DeliverAsync(signed))
        {
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        }

        var reservation = await ReservationAsync(buyer, reservationId);
        Assert.Equal(deposit, reservation.GetProperty("depositPaid").Amount());
        Assert.Equal(0, reservation.GetProperty("depositOwed").Amount());

        // Paid: nothing more to pay by card.
        using (var paid = await buyer.PostAsync($"/api/v1/reservations/{reservationId}/deposit/card", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, paid.StatusCode);
            Assert.Equal("deposit.nothing_owed", (await paid.JsonAsync()).GetProperty("code").GetString());
        }

        var admin = await factory.AdminAsync();
        await People.EventuallyAsync(
            async () => (await admin.LedgerAsync(cooperativeId)).GetProperty("balance").GetProperty("deposits").Amount() == deposit,
            "the card deposit in the cooperative's ledger");
        var entries = (await admin.LedgerAsync(cooperativeId)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "Deposit").ToList();
        Assert.Equal(deposit, Assert.Single(entries).GetProperty("amount").Amount());
    }

    [Fact]
    public async Task ADeclinedCard_CountsNothing_AndNoOneElsesIntentOrReservationIsReached()
    {
        var (buyer, reservationId, _) = await ReserveAsync(4);
        var intentId = (await (await buyer.PostAsync($"/api/v1/reservations/{reservationId}/deposit/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        using (var delivered = await factory.DeliverAsync(factory.Stripe.Decline(intentId, "Your card has insufficient funds.")))
        {
            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        }

        using (var back = await ReturnAsync(buyer, reservationId, intentId))
        {
            var outcome = await back.JsonAsync();
            Assert.Equal("requires_payment_method", outcome.GetProperty("status").GetString());
            Assert.False(string.IsNullOrEmpty(outcome.GetProperty("declined").GetString()));
        }

        Assert.Equal(0, (await ReservationAsync(buyer, reservationId)).GetProperty("depositPaid").Amount());

        // Another buyer's reservation, another reservation's intent, an id that is no intent at all.
        var (other, otherReservation, _) = await ReserveAsync(2);
        using var notMine = await other.PostAsync($"/api/v1/reservations/{reservationId}/deposit/card", null);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        using var wrongIntent = await ReturnAsync(other, otherReservation, intentId);
        Assert.Equal(HttpStatusCode.NotFound, wrongIntent.StatusCode);
        using var unknown = await ReturnAsync(other, otherReservation, "pi_khong_co");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var garbage = await ReturnAsync(other, otherReservation, "<script>");
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(0, (await ReservationAsync(other, otherReservation)).GetProperty("depositPaid").Amount());
    }

    [Fact]
    public async Task DepositsTheHarvestCut_AreReturned_ToTheCardOnce_OrRecordedAsTransferred()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await PreorderTests.OpenAsync(listing, 100, "FirstComeFirstServed");
        async Task<(HttpClient Buyer, JsonElement Reservation)> ReserveTenAsync()
        {
            var (buyer, _) = await factory.NewPersonAsync("hoan-coc");
            using var reserved = await buyer.PostAsJsonAsync($"/api/v1/preorders/{windowId}/reservations", new { quantity = 10 });
            return (buyer, await reserved.JsonAsync());
        }

        // The first pays by card, the second by transfer; the harvest gives 5 kg: the first keeps 5, the second is cut whole.
        var (byCard, carded) = await ReserveTenAsync();
        var (byTransfer, transferred) = await ReserveTenAsync();
        var cardId = carded.GetProperty("reservationId").GetGuid();
        var transferId = transferred.GetProperty("reservationId").GetGuid();
        var intentId = (await (await byCard.PostAsync($"/api/v1/reservations/{cardId}/deposit/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        (await factory.DeliverAsync(factory.Stripe.Succeed(intentId))).EnsureSuccessStatusCode();
        var admin = await factory.AdminAsync();
        var csv = $"Ngày giao dịch,Số tiền ghi có,Nội dung\r\n05/12/2026,{PreorderTests.Deposit(10)},{transferred.GetProperty("reference").GetString()} coc";
        Assert.Equal(1, (await (await admin.PostAsync("/api/v1/admin/bank-statements", PreorderTests.Statement(csv))).JsonAsync())
            .GetProperty("matched").GetInt32());
        (await listing.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/harvest", new { harvested = 5 }))
            .EnsureSuccessStatusCode();

        var owed = (await OwedBackAsync(admin))
            .Where(r => r.GetProperty("reservationId").GetGuid() == cardId || r.GetProperty("reservationId").GetGuid() == transferId)
            .ToDictionary(r => r.GetProperty("reservationId").GetGuid());
        Assert.Equal(PreorderTests.Deposit(10) - PreorderTests.Deposit(5), owed[cardId].GetProperty("toReturn").Amount());
        Assert.True(owed[cardId].GetProperty("byCard").GetBoolean());
        Assert.Equal(PreorderTests.Deposit(10), owed[transferId].GetProperty("toReturn").Amount());
        Assert.False(owed[transferId].GetProperty("byCard").GetBoolean());

        // To the card: one Stripe refund of what was cut, however often it is asked.
        var refundsBefore = factory.Stripe.Count("re_");
        using (var refunded = await admin.PostAsync($"/api/v1/admin/deposit-returns/{cardId}/card", null))
        {
            Assert.Equal(HttpStatusCode.OK, refunded.StatusCode);
            Assert.Equal(PreorderTests.Deposit(5), (await refunded.JsonAsync()).GetProperty("returned").Amount());
        }

        Assert.Equal(refundsBefore + 1, factory.Stripe.Count("re_"));
        var refund = factory.Stripe.Requests.Last(r => r.Path.EndsWith("/refunds", StringComparison.Ordinal));
        Assert.NotNull(refund.IdempotencyKey);
        using (var again = await admin.PostAsync($"/api/v1/admin/deposit-returns/{cardId}/card", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("deposit.nothing_to_return", (await again.JsonAsync()).GetProperty("code").GetString());
        }

        Assert.Equal(refundsBefore + 1, factory.Stripe.Count("re_"));
        var mine = (await (await byCard.GetAsync("/api/v1/reservations")).JsonAsync()).EnumerateArray().Single();
        Assert.Equal(PreorderTests.Deposit(5), mine.GetProperty("depositReturned").Amount());

        // A transferred deposit cannot go to a card: the alliance transfers it back and records that.
        using (var noCard = await admin.PostAsync($"/api/v1/admin/deposit-returns/{transferId}/card", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, noCard.StatusCode);
            Assert.Equal("deposit.not_by_card", (await noCard.JsonAsync()).GetProperty("code").GetString());
        }

        (await admin.PostAsync($"/api/v1/admin/deposit-returns/{transferId}/transfer", null)).EnsureSuccessStatusCode();
        var left = (await OwedBackAsync(admin))
            .Select(r => r.GetProperty("reservationId").GetGuid()).ToList();
        Assert.DoesNotContain(cardId, left);
        Assert.DoesNotContain(transferId, left);
        var theirs = (await (await byTransfer.GetAsync("/api/v1/reservations")).JsonAsync())[0];
        Assert.Equal(PreorderTests.Deposit(10), theirs.GetProperty("depositReturned").Amount());
        Assert.Equal(HttpStatusCode.Forbidden, (await byCard.PostAsync($"/api/v1/admin/deposit-returns/{cardId}/transfer", null)).StatusCode);
    }

    [Fact]
    public async Task ADepositSplitAcrossATransferAndACard_GoesBackToEach_AndACardPaidOnTopOfATransfer_IsOwedBackToIt()
    {
        var admin = await factory.AdminAsync();
        var deposit = PreorderTests.Deposit(10);

        // Part by transfer, the rest by card; then the buyer withdraws: all of it is owed back, the card's share to the card.
        var (split, splitId, _) = await ReserveAsync(10);
        var transferred = deposit / 3;
        await TransferAsync(admin, split, splitId, transferred);
        var splitIntent = await PayByCardAsync(split, splitId);
        Assert.Equal(deposit - transferred, factory.Stripe.Get(splitIntent)["amount"]!.GetValue<long>());
        (await split.PostAsync($"/api/v1/reservations/{splitId}/cancel", null)).EnsureSuccessStatusCode();
        var owed = (await OwedBackAsync(admin, splitId))!.Value;
        Assert.Equal(deposit, owed.GetProperty("toReturn").Amount());
        Assert.Equal(deposit - transferred, owed.GetProperty("toCard").Amount());

        using (var toCard = await admin.PostAsync($"/api/v1/admin/deposit-returns/{splitId}/card", null))
        {
            Assert.Equal(HttpStatusCode.OK, toCard.StatusCode);
            var after = await toCard.JsonAsync();
            Assert.Equal(transferred, after.GetProperty("toReturn").Amount());
            Assert.Equal(0, after.GetProperty("toCard").Amount());
        }

        Assert.Equal(deposit - transferred, Assert.Single(factory.Stripe.RefundsOf(splitIntent))["amount"]!.GetValue<long>());
        using (var noMoreCard = await admin.PostAsync($"/api/v1/admin/deposit-returns/{splitId}/card", null))
        {
            Assert.Equal("deposit.not_by_card", (await noMoreCard.JsonAsync()).GetProperty("code").GetString());
        }

        (await admin.PostAsync($"/api/v1/admin/deposit-returns/{splitId}/transfer", null)).EnsureSuccessStatusCode();
        Assert.Null(await OwedBackAsync(admin, splitId));
        Assert.Equal(deposit, (await ReservationAsync(split, splitId)).GetProperty("depositReturned").Amount());

        // The whole deposit by transfer, then the card form finished too: Stripe holds it, so it is counted, and owed back to that card.
        var (twice, twiceId, _) = await ReserveAsync(10);
        var twiceIntent = (await (await twice.PostAsync($"/api/v1/reservations/{twiceId}/deposit/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        await TransferAsync(admin, twice, twiceId, deposit);
        (await factory.DeliverAsync(factory.Stripe.Succeed(twiceIntent))).EnsureSuccessStatusCode();
        var reservation = await ReservationAsync(twice, twiceId);
        Assert.Equal("Held", reservation.GetProperty("status").GetString());
        Assert.Equal(2 * deposit, reservation.GetProperty("depositPaid").Amount());
        var extra = (await OwedBackAsync(admin, twiceId))!.Value;
        Assert.Equal(deposit, extra.GetProperty("toReturn").Amount());
        Assert.Equal(deposit, extra.GetProperty("toCard").Amount());
        (await admin.PostAsync($"/api/v1/admin/deposit-returns/{twiceId}/card", null)).EnsureSuccessStatusCode();
        Assert.Equal(deposit, Assert.Single(factory.Stripe.RefundsOf(twiceIntent))["amount"]!.GetValue<long>());
        Assert.Null(await OwedBackAsync(admin, twiceId));
        Assert.Equal(0, (await ReservationAsync(twice, twiceId)).GetProperty("depositOwed").Amount()); // the transfer still holds it
    }

    [Fact]
    public async Task ACardReturnStripeDoesNotAnswer_StaysPending_AndAskingAgainRefundsOnce()
    {
        var admin = await factory.AdminAsync();
        var (buyer, reservationId, _) = await ReserveAsync(6);
        var intentId = await PayByCardAsync(buyer, reservationId);
        (await buyer.PostAsync($"/api/v1/reservations/{reservationId}/cancel", null)).EnsureSuccessStatusCode();

        // Stripe carries the first attempt out but answers after the timeout, then fails the retries: no answer reaches us.
        factory.Stripe.DelayNext(1, TimeSpan.FromSeconds(3));
        factory.Stripe.FailNext(3, 500);
        using (var down = await admin.PostAsync($"/api/v1/admin/deposit-returns/{reservationId}/card", null))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("deposit.card_return_pending", (await down.JsonAsync()).GetProperty("code").GetString());
        }

        var pending = (await OwedBackAsync(admin, reservationId))!.Value;
        Assert.Equal(PreorderTests.Deposit(6), pending.GetProperty("pending").Amount());
        Assert.Equal(0, pending.GetProperty("toReturn").Amount());

        // Nothing records it as transferred meanwhile.
        using (var transfer = await admin.PostAsync($"/api/v1/admin/deposit-returns/{reservationId}/transfer", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, transfer.StatusCode);
            Assert.Equal("deposit.card_return_pending", (await transfer.JsonAsync()).GetProperty("code").GetString());
        }

        await People.EventuallyAsync(() => Task.FromResult(factory.Stripe.RefundsOf(intentId).Count == 1), "the late attempt to be carried out");

        // Stripe answers 409 (the key still being carried out, as for a second admin's click at that moment): not a refusal, it stays pending.
        factory.Stripe.FailNext(1, 409);
        using (var clash = await admin.PostAsync($"/api/v1/admin/deposit-returns/{reservationId}/card", null))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, clash.StatusCode);
        }

        Assert.Equal(PreorderTests.Deposit(6), (await OwedBackAsync(admin, reservationId))!.Value.GetProperty("pending").Amount());
        // Asked again a day later, when Stripe has forgotten the key: the refund is found on the intent, not made twice.
        factory.Stripe.ForgetKeys();
        using (var again = await admin.PostAsync($"/api/v1/admin/deposit-returns/{reservationId}/card", null))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(PreorderTests.Deposit(6), (await again.JsonAsync()).GetProperty("returned").Amount());
        }

        Assert.Equal(PreorderTests.Deposit(6), Assert.Single(factory.Stripe.RefundsOf(intentId))["amount"]!.GetValue<long>());
        Assert.Null(await OwedBackAsync(admin, reservationId));
        using var nothing = await admin.PostAsync($"/api/v1/admin/deposit-returns/{reservationId}/card", null);
        Assert.Equal("deposit.nothing_to_return", (await nothing.JsonAsync()).GetProperty("code").GetString());
        using var badPage = await admin.GetAsync("/api/v1/admin/deposit-returns?page=2147483647");
        Assert.Equal(HttpStatusCode.OK, badPage.StatusCode);
    }

    [Fact]
    public async Task BackFromStripe_WhenStripeDoesNotAnswer_TheBuyerIsToldItIsUnconfirmed_AndAnotherIntentIsNotFound()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await PreorderTests.OpenAsync(listing, 100, "FirstComeFirstServed");
        var (buyer, email) = await factory.NewPersonAsync("coc-tre");
        var reservationId = (await (await buyer.PostAsJsonAsync($"/api/v1/preorders/{windowId}/reservations", new { quantity = 2 })).JsonAsync())
            .GetProperty("reservationId").GetGuid();
        var intentId = (await (await buyer.PostAsync($"/api/v1/reservations/{reservationId}/deposit/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        var pages = await factory.SignedInPagesAsync(email);

        factory.Stripe.FailNext(4, 503);
        using (var down = await pages.GetAsync($"/reservations/{reservationId}/card?handler=Return&payment_intent={intentId}"))
        {
            Assert.Equal(HttpStatusCode.OK, down.StatusCode); // sent on to the reservations, told what is known
            Assert.Equal("/reservations", down.RequestMessage!.RequestUri!.AbsolutePath);
            Assert.Contains("Stripe chưa xác nhận khoản thanh toán", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var wrong = await pages.GetAsync($"/reservations/{reservationId}/card?handler=Return&payment_intent=pi_khong_co");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [Fact]
    public async Task AReservationsOrderPaidByCard_RefundedWhole_GivesBackTheCardsPartByCard_AndTheDepositByTransfer()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await PreorderTests.OpenAsync(listing, 100, "FirstComeFirstServed");
        var (buyer, _) = await factory.NewPersonAsync("coc-don");
        var reservationId = (await (await buyer.PostAsJsonAsync($"/api/v1/preorders/{windowId}/reservations", new { quantity = 10 })).JsonAsync())
            .GetProperty("reservationId").GetGuid();
        await PayByCardAsync(buyer, reservationId);
        (await listing.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/harvest", new { harvested = 10 })).EnsureSuccessStatusCode();
        using var ordered = await buyer.PostAsJsonAsync($"/api/v1/reservations/{reservationId}/order", new
        {
            recipient = "Phan Huy",
            phone = "0912345678",
            province = "Hưng Yên",
            commune = "xã Hồng Nam",
            street = "3 đường Nhãn",
            paymentMethod = "Card",
        });
        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);
        var order = await ordered.JsonAsync();
        var orderIntent = (await (await buyer.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        (await factory.DeliverAsync(factory.Stripe.Succeed(orderIntent))).EnsureSuccessStatusCode();

        var admin = await factory.AdminAsync();
        var part = (await (await admin.GetAsync($"/api/v1/admin/payments?search={order.GetProperty("number").GetString()}")).JsonAsync())[0]
            .GetProperty("parts")[0];
        var charged = factory.Stripe.Get(orderIntent)["amount"]!.GetValue<long>();
        var total = part.GetProperty("total").Amount();
        var deposit = PreorderTests.Deposit(10);
        Assert.Equal(total - deposit, charged);
        Assert.Equal(total, part.GetProperty("refundable").Amount()); // what the admin's refund form offers: all of it, the deposit included
        var adminPage = await (await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword))
            .GetPageAsync($"/admin/payments?search={order.GetProperty("number").GetString()}");
        Assert.Equal(
            total.ToString(System.Globalization.CultureInfo.InvariantCulture),
            adminPage.Document.QuerySelector(".refund-form input[name=amountVnd]")?.GetAttribute("value"));
        Assert.NotNull(adminPage.Document.QuerySelector(".refund-form .refund-deposit")); // and says how the deposit goes back

        // A part first, by card; then the rest: the card gives back what it has left, the deposit goes back by the alliance's transfer.
        var refunds = $"/api/v1/admin/order-parts/{part.GetProperty("partId").GetGuid()}/refunds";
        (await admin.PostAsJsonAsync(refunds, new { amountVnd = 100_000, reason = "Hàng dập" })).EnsureSuccessStatusCode();
        using (var rest = await admin.PostAsJsonAsync(refunds, new { amountVnd = total - 100_000, reason = "Hủy cả phần" }))
        {
            Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
            Assert.Equal(total - 100_000, (await rest.JsonAsync()).GetProperty("amount").Amount());
        }

        Assert.Equal([100_000L, charged - 100_000], factory.Stripe.RefundsOf(orderIntent).Select(r => r["amount"]!.GetValue<long>()).Order());
        var booked = (await (await admin.GetAsync($"/api/v1/admin/refunds?orderId={order.Id()}")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(charged, booked.Where(r => r.GetProperty("method").GetString() == "Card").Sum(r => r.GetProperty("amount").Amount()));
        Assert.Equal(deposit, booked.Where(r => r.GetProperty("method").GetString() == "BankTransfer").Sum(r => r.GetProperty("amount").Amount()));
        using var more = await admin.PostAsJsonAsync(refunds, new { amountVnd = 1, reason = "Thêm" });
        Assert.Equal("refund.too_much", (await more.JsonAsync()).GetProperty("code").GetString());
        await People.EventuallyAsync(
            async () => (await admin.LedgerAsync(listing.Cooperative.Id)).GetProperty("entries").EnumerateArray()
                .Where(e => e.GetProperty("kind").GetString() == "Refund").Sum(e => e.GetProperty("amount").Amount()) == -total,
            "both refunds in the cooperative's ledger");
    }
}
