using System.Text.Json.Serialization;

namespace Marketplace.Ordering.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<DepositReturnMethod>))]
internal enum DepositReturnMethod
{
    /// <summary>A Stripe refund to the card the deposit came by.</summary>
    Card,

    /// <summary>The alliance transferred it to the buyer itself, and records that it did.</summary>
    Transfer,
}

/// <summary>
/// Money the alliance gave back of a reservation's deposit: to a card through Stripe, or by a
/// transfer it made itself. A card return is saved <see cref="Pending"/> before Stripe is asked,
/// under its own id as Stripe's idempotency key: if the answer never comes (a timeout, a crash),
/// the return stays counted and pending, and asking again is the same refund to Stripe.
/// </summary>
internal sealed class DepositReturn
{
    private DepositReturn()
    {
    }

    public DepositReturn(Reservation reservation, DepositReturnMethod method, long amountVnd, string? paymentIntentId, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        Id = Guid.NewGuid();
        ReservationId = reservation.Id;
        ReservationNumber = reservation.Number;
        Method = method;
        AmountVnd = amountVnd;
        PaymentIntentId = paymentIntentId;
        Pending = method == DepositReturnMethod.Card;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid ReservationId { get; private set; }

    public string ReservationNumber { get; private set; } = string.Empty;

    public DepositReturnMethod Method { get; private set; }

    public long AmountVnd { get; private set; }

    /// <summary>The card's PaymentIntent, for a card return.</summary>
    public string? PaymentIntentId { get; private set; }

    /// <summary>Stripe's refund, once Stripe took it.</summary>
    public string? StripeRefundId { get; private set; }

    /// <summary>A card return Stripe has not yet confirmed.</summary>
    public bool Pending { get; private set; }

    public string By { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public void Refunded(string stripeRefundId)
    {
        StripeRefundId = stripeRefundId;
        Pending = false;
    }
}
