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
}
