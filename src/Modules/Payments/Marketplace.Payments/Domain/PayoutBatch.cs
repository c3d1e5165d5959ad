using Marketplace.Payments.Features.Payouts;
using Marketplace.SharedKernel;

namespace Marketplace.Payments.Domain;

internal enum PayoutMethod
{
    BankTransfer,
    StripeTransfer,
}

internal sealed record PayoutLine(
    Guid LineId,
    CooperativeId CooperativeId,
    string VendorName,
    long AmountVnd,
    PayoutMethod Method,
    string BankName,
    string AccountNumber,
    string AccountHolder,
    string? StripeAccountId)
{
    public string? StripeTransferId { get; init; }
}

/// <summary>One payout run: a line per cooperative with a positive balance, paid by the bank (CSV) or by a Stripe transfer.</summary>
internal sealed class PayoutBatch
{
    private PayoutBatch()
    {
    }

    public PayoutBatch(string number, IReadOnlyList<PayoutLine> lines, DateTimeOffset now, string createdBy)
    {
        Id = Guid.NewGuid();
        Number = number;
        Lines = lines.ToList();
        CreatedAt = now;
        CreatedBy = createdBy;
        Status = PayoutBatchStatus.Created;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    /// <summary>"CT-20261126-01" (chi trả): the batch's name on the bank's side.</summary>
    public string Number { get; private set; } = string.Empty;

    public List<PayoutLine> Lines { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public PayoutBatchStatus Status { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public Guid Version { get; private set; }

    public void Transferred(Guid lineId, string transferId)
    {
        Lines = Lines.Select(l => l.LineId == lineId ? l with { StripeTransferId = transferId } : l).ToList();
        Version = Guid.NewGuid();
    }

    public void MarkPaid(DateTimeOffset now)
    {
        Status = PayoutBatchStatus.Paid;
        PaidAt = now;
        Version = Guid.NewGuid();
    }
}
