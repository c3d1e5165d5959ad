using System.Security.Cryptography;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Domain;

internal enum ReservationStatus
{
    /// <summary>Holds its units of the window's capacity until the harvest.</summary>
    Held,

    /// <summary>Beyond the capacity: served only if the harvest is larger than what was held.</summary>
    Waitlisted,

    /// <summary>The harvest gave all it asked for.</summary>
    Confirmed,

    /// <summary>The harvest fell short: part of it was cut, by the window's rule.</summary>
    PartlyConfirmed,

    /// <summary>The harvest left nothing for it.</summary>
    Cut,

    /// <summary>The buyer withdrew before the harvest, or the cooperative called the window off.</summary>
    Cancelled,
}

/// <summary>
/// A buyer's reservation of units of a coming harvest (<see cref="PreorderWindow"/>), at the
/// window's price, with the deposit due on it. At the harvest it is confirmed, cut in part or
/// cut whole by the window's rule; the deposit of what was cut is owed back.
/// </summary>
internal sealed class Reservation
{
    private Reservation()
    {
    }

    public Reservation(PreorderWindow window, UserId buyerId, string buyerEmail, string culture, int quantity, bool waitlisted, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(window);
        Id = Guid.NewGuid();
        Number = $"DT-{now.ToOffset(VietnamTime.Offset):yyMMdd}-{RandomNumberGenerator.GetString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 8)}";
        WindowId = window.Id;
        CooperativeId = window.CooperativeId;
        BuyerId = buyerId;
        BuyerEmail = buyerEmail;
        Culture = culture;
        Quantity = quantity;
        PriceVnd = window.PriceVnd;
        DepositPercent = window.DepositPercent;
        DepositVnd = waitlisted ? 0 : DepositOn(quantity);
        Status = waitlisted ? ReservationStatus.Waitlisted : ReservationStatus.Held;
        ReservedAt = now;
        Changed();
    }

    public Guid Id { get; private set; }

    /// <summary>"DT-261205-7K4Q9M2X": what the buyer reads and says; without dashes, the deposit's transfer reference.</summary>
    public string Number { get; private set; } = string.Empty;

    public Guid WindowId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public UserId BuyerId { get; private set; }

    public string BuyerEmail { get; private set; } = string.Empty;

    /// <summary>The language the buyer reserved in: their mails are written in it.</summary>
    public string Culture { get; private set; } = "vi";

    /// <summary>Units asked for.</summary>
    public int Quantity { get; private set; }

    /// <summary>Units the harvest gave it, once shared out.</summary>
    public int? Allocated { get; private set; }

    public long PriceVnd { get; private set; }

    public int DepositPercent { get; private set; }

    /// <summary>The deposit due when it was made (none on the waiting list: nothing is held for it).</summary>
    public long DepositVnd { get; private set; }

    /// <summary>What came in by transfer toward the deposit.</summary>
    public long DepositPaidVnd { get; private set; }

    /// <summary>The statement lines already counted (see <see cref="ReceiveDeposit"/>).</summary>
    public List<string> TransferKeys { get; private set; } = [];

    public ReservationStatus Status { get; private set; }

    public DateTimeOffset ReservedAt { get; private set; }

    public DateTimeOffset? SettledAt { get; private set; }

    /// <summary>The order its confirmed units became when the buyer chose how to receive and pay for them.</summary>
    public OrderId? OrderId { get; private set; }

    /// <summary>The deposit the order counted toward its total: from then on, all that is due of the deposit.</summary>
    public long? DepositInOrderVnd { get; private set; }

    public Guid Version { get; private set; }

    public string Reference => Number.Replace("-", string.Empty, StringComparison.Ordinal);

    public bool Open => Status is ReservationStatus.Held or ReservationStatus.Waitlisted;

    /// <summary>The deposit on a number of units: the window's share of their price, rounded half up to the đồng.</summary>
    public long DepositOn(int units) => PreorderWindow.DepositOn(units, PriceVnd, DepositPercent);

    /// <summary>
    /// The deposit due now: as reserved until the harvest, then only on the units it gave
    /// (nothing when cut whole or cancelled), and once ordered, what the order counted of it.
    /// </summary>
    public long DepositDueVnd => DepositInOrderVnd ?? Status switch
    {
        ReservationStatus.Held or ReservationStatus.Waitlisted => DepositVnd,
        ReservationStatus.Confirmed or ReservationStatus.PartlyConfirmed => DepositOn(Allocated ?? 0),
        _ => 0,
    };

    /// <summary>What came in beyond the deposit due now (the deposit of what was cut, or of all when cancelled): owed back to the buyer.</summary>
    public long DepositBackVnd => Math.Max(0, DepositPaidVnd - DepositDueVnd);

    /// <summary>Of what was owed back, what the alliance has returned (to the card, or by a transfer it made), or is returning to a card now.</summary>
    public long DepositReturnedVnd { get; private set; }

    /// <summary>
    /// Owed back and not yet returned: what the alliance's deposit returns list shows. Stored, kept
    /// in step by every change (<see cref="Changed"/>), so that the list is a query on it.
    /// </summary>
    public long DepositToReturnVnd { get; private set; }

    /// <summary>The deposits that came by card, one per Stripe PaymentIntent: what each brought, and what has gone back to it.</summary>
    public List<CardDeposit> CardDeposits { get; private set; } = [];

    /// <summary>Of what is owed back, what can go back to the cards it came by (the rest came by transfer).</summary>
    public long DepositToCardsVnd => Math.Min(DepositToReturnVnd, CardDeposits.Sum(c => c.AmountVnd - c.ReturnedVnd));

    /// <summary>
    /// A deposit paid by card, counted once per intent. Unlike a transfer it is taken even beyond
    /// what is open: Stripe already holds the money (a buyer who paid by transfer meanwhile, then
    /// finished the card form too), so it counts as received and what it brought beyond the
    /// deposit due is owed back, to that card.
    /// </summary>
    public Result<Done> ReceiveCardDeposit(string paymentIntentId, long amountVnd)
    {
        var key = RecordDepositTransferCommand.CardKey(paymentIntentId);
        if (TransferKeys.Contains(key))
        {
            return AlreadyCounted();
        }

        DepositPaidVnd = checked(DepositPaidVnd + amountVnd);
        TransferKeys = [.. TransferKeys, key];
        CardDeposits.Add(new CardDeposit(paymentIntentId, amountVnd));
        Changed();
        return Done.Value;
    }

    /// <summary>
    /// What goes back to the cards now, card by card, each up to what it brought less what went back
    /// to it (which card first does not matter: none is asked for more than it brought); counted as
    /// returned at once, so that nothing else returns it while Stripe is asked (see <see cref="UndoCardReturn"/>).
    /// </summary>
    public Result<IReadOnlyList<(CardDeposit Card, long AmountVnd)>> TakeCardReturn()
    {
        var left = DepositToCardsVnd;
        if (left == 0)
        {
            return DepositToReturnVnd == 0 ? NothingToReturn() : Error.Rule("deposit.not_by_card", Bilingual.Pick(
                $"Tiền cọc còn phải trả lại của {Number} không đến bằng thẻ: hãy chuyển khoản trả lại rồi ghi nhận.",
                $"What {Number} is owed back of its deposit did not come by card: transfer it back, then record that."));
        }

        var portions = new List<(CardDeposit, long)>();
        foreach (var card in CardDeposits)
        {
            var portion = Math.Min(left, card.AmountVnd - card.ReturnedVnd);
            if (portion > 0)
            {
                card.Returned(portion);
                portions.Add((card, portion));
                left -= portion;
            }
        }

        DepositReturnedVnd = checked(DepositReturnedVnd + portions.Sum(p => p.Item2));
        Changed();
        return portions;
    }

    /// <summary>Stripe refused a card return (the card was closed, the charge disputed): it is owed again, to go back another way.</summary>
    public void UndoCardReturn(string paymentIntentId, long amountVnd)
    {
        CardDeposits.Single(c => c.PaymentIntentId == paymentIntentId).Returned(-amountVnd);
        DepositReturnedVnd -= amountVnd;
        Changed();
    }

    /// <summary>The alliance transferred back all that was still owed, and records it.</summary>
    public Result<long> ReturnedByTransfer()
    {
        var amount = DepositToReturnVnd;
        if (amount == 0)
        {
            return NothingToReturn();
        }

        DepositReturnedVnd = checked(DepositReturnedVnd + amount);
        Changed();
        return amount;
    }

    private Error NothingToReturn() => Error.Conflict("deposit.nothing_to_return", Bilingual.Pick(
        $"{Number} không còn tiền cọc nào phải trả lại.", $"{Number} has no deposit left to return."));

    private Error AlreadyCounted() => Error.Conflict("deposit.already_counted", Bilingual.Pick(
        $"Khoản chuyển này đã được ghi cho {Number}.", $"This transfer is already counted for {Number}."));

    /// <summary>Every change passes here: a new version for the optimistic check, and the amount to return brought up to date.</summary>
    private void Changed()
    {
        Version = Guid.NewGuid();
        DepositToReturnVnd = Math.Max(0, DepositBackVnd - DepositReturnedVnd);
    }

    /// <summary>What is left to pay for the units confirmed, the deposit received counted.</summary>
    public long BalanceVnd => Status is ReservationStatus.Confirmed or ReservationStatus.PartlyConfirmed
        ? ((Allocated ?? 0) * PriceVnd) - DepositCountedVnd
        : 0;

    /// <summary>The deposit received that counts toward the units confirmed (what came in beyond it goes back).</summary>
    public long DepositCountedVnd => Math.Min(DepositPaidVnd, DepositDueVnd);

    /// <summary>Confirmed in whole or in part, and not yet ordered: the buyer may now pay the balance.</summary>
    public bool AwaitsOrder => Status is ReservationStatus.Confirmed or ReservationStatus.PartlyConfirmed && Allocated > 0 && OrderId is null;

    /// <summary>Of the deposit still to come in by transfer.</summary>
    public long DepositOwedVnd => Math.Max(0, DepositDueVnd - DepositPaidVnd);

    /// <summary>
    /// A transfer toward the deposit, once per statement line: a deposit may come in several
    /// transfers, up to the deposit asked when it was reserved. A transfer made before the
    /// harvest may be imported after it (or after the window was called off): it still counts,
    /// and what it brought beyond the deposit due now is owed back (<see cref="DepositBackVnd"/>).
    /// </summary>
    public Result<Done> ReceiveDeposit(long amountVnd, string transferKey)
    {
        if (TransferKeys.Contains(transferKey))
        {
            return AlreadyCounted();
        }

        var open = Math.Max(0, DepositVnd - DepositPaidVnd);
        if (amountVnd > open)
        {
            return Error.Rule("deposit.more_than_owed", Bilingual.Pick(
                $"{Number} chỉ còn {open:N0} ₫ tiền cọc chưa trả; khoản {amountVnd:N0} ₫ cần được trả lại hoặc xử lý tay.",
                $"{Number} has {open:N0} ₫ of its deposit unpaid; the {amountVnd:N0} ₫ must be returned or handled by hand."));
        }

        DepositPaidVnd = checked(DepositPaidVnd + amountVnd);
        TransferKeys = [.. TransferKeys, transferKey];
        Changed();
        return Done.Value;
    }

    /// <summary>The harvest gave it <paramref name="units"/> of what it asked for.</summary>
    public void Allocate(int units, DateTimeOffset now)
    {
        Allocated = units;
        Status = units >= Quantity ? ReservationStatus.Confirmed : units > 0 ? ReservationStatus.PartlyConfirmed : ReservationStatus.Cut;
        if (DepositVnd == 0 && units > 0)
        {
            // Served from the waiting list: its deposit is counted as due on what it was given.
            DepositVnd = DepositOn(units);
        }

        SettledAt = now;
        Changed();
    }

    /// <summary>
    /// The units confirmed became an order, which now carries the deposit counted toward it. A
    /// transfer toward the deposit that comes in after this is more than is due and goes back.
    /// </summary>
    public void Ordered(OrderId orderId)
    {
        DepositInOrderVnd = DepositCountedVnd;
        OrderId = orderId;
        Changed();
    }

    /// <summary>
    /// The order it became lost its part before it was paid (the buyer withdrew, the payment ran
    /// out, the cooperative could not deliver): nothing of it was sold, so the reservation ends and
    /// all the deposit received is owed back. (Once paid, the deposit is in the order's sale and
    /// goes back with the order's refund.)
    /// </summary>
    public void OrderCancelled(DateTimeOffset now)
    {
        Status = ReservationStatus.Cancelled;
        DepositInOrderVnd = 0;
        SettledAt = now;
        Changed();
    }

    public Result<Done> Cancel(DateTimeOffset now)
    {
        if (!Open)
        {
            return Error.Conflict("reservation.settled", Bilingual.Pick(
                $"Đặt trước {Number} đã được chốt theo vụ thu hoạch hoặc đã hủy.", $"Reservation {Number} is already settled by the harvest or cancelled."));
        }

        Status = ReservationStatus.Cancelled;
        SettledAt = now;
        Changed();
        return Done.Value;
    }
}

/// <summary>A deposit (or part of one) paid by card: the Stripe PaymentIntent, what it brought, and what has gone back to it.</summary>
internal sealed class CardDeposit
{
    private CardDeposit()
    {
    }

    public CardDeposit(string paymentIntentId, long amountVnd)
    {
        PaymentIntentId = paymentIntentId;
        AmountVnd = amountVnd;
    }

    public string PaymentIntentId { get; private set; } = string.Empty;

    public long AmountVnd { get; private set; }

    public long ReturnedVnd { get; private set; }

    public void Returned(long amountVnd) => ReturnedVnd = checked(ReturnedVnd + amountVnd);
}

/// <summary>
/// Shares a harvest out among a window's reservations: first those that held capacity, by the
/// window's rule, then, if the harvest is larger than they hold, the waiting list in the order it
/// was joined. Pro rata gives each the same share rounded down, and the units the rounding left
/// go one each to the largest remainders (the earliest first on a tie), so the shares add up to
/// the harvest exactly.
/// </summary>
internal static class Allocation
{
    public static IReadOnlyDictionary<Guid, int> Of(AllocationRule rule, int harvested, IReadOnlyList<Reservation> reservations)
    {
        var inOrder = reservations.OrderBy(r => r.ReservedAt).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
        var held = inOrder.Where(r => r.Status == ReservationStatus.Held).ToList();
        var waiting = inOrder.Where(r => r.Status == ReservationStatus.Waitlisted).ToList();
        var given = new Dictionary<Guid, int>();
        var heldTotal = held.Sum(r => (long)r.Quantity);
        var left = (long)harvested;
        if (rule == AllocationRule.ProRata && heldTotal > harvested)
        {
            var shares = held
                .Select((r, i) => (r, i, Share: r.Quantity * (long)harvested / heldTotal, Remainder: r.Quantity * (long)harvested % heldTotal))
                .ToList();
            var over = harvested - shares.Sum(s => s.Share);
            var plusOne = shares.OrderByDescending(s => s.Remainder).ThenBy(s => s.i).Take((int)over).Select(s => s.r.Id).ToHashSet();
            foreach (var s in shares)
            {
                given[s.r.Id] = (int)s.Share + (plusOne.Contains(s.r.Id) ? 1 : 0);
            }

            left = 0;
        }
        else
        {
            left = Serve(held, left, given);
        }

        Serve(waiting, left, given);
        return given;
    }

    private static long Serve(IEnumerable<Reservation> inOrder, long left, Dictionary<Guid, int> given)
    {
        foreach (var reservation in inOrder)
        {
            var units = (int)Math.Min(reservation.Quantity, left);
            given[reservation.Id] = units;
            left -= units;
        }

        return left;
    }
}
