using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Marketplace.Payments.BankTransfer;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Settling;

/// <summary>
/// What a cooperative owes the alliance is its available balance below zero: the commission on
/// its cash sales, less what its later prepaid sales netted. A request to pay names the debt and
/// a reference for the transfer; a transfer that brings the available balance back to zero or
/// above settles it, and so do later sales that do.
/// </summary>
internal static partial class Debts
{
    public const long MaxTransferVnd = 10_000_000_000;

    /// <summary>Each cooperative's available balance (what a payout would take), with its name.</summary>
    public static async Task<Dictionary<CooperativeId, (long Available, string Name)>> AvailableAsync(
        PaymentsDbContext db, CooperativeId? only, DateTimeOffset? before, CancellationToken cancellationToken)
    {
        var entries = db.Ledger.AsNoTracking().Where(e => !e.Pending);
        if (only is { } cooperativeId)
        {
            entries = entries.Where(e => e.CooperativeId == cooperativeId);
        }

        if (before is { } moment)
        {
            entries = entries.Where(e => e.At < moment);
        }

        return await entries.GroupBy(e => e.CooperativeId)
            .Select(g => new { g.Key, Available = g.Sum(e => e.AmountVnd), Name = g.Max(e => e.VendorName) })
            .ToDictionaryAsync(g => g.Key, g => (g.Available, g.Name ?? string.Empty), cancellationToken);
    }

    public static PayInRequest Ask(
        PaymentsDbContext db, CooperativeId cooperativeId, string vendorName, long owedVnd, MoneyRules rules, DateTimeOffset now, string askedBy)
    {
        var request = new PayInRequest(cooperativeId, vendorName, owedVnd, NewReference(now), now, DueBy(now, rules.GraceDays), askedBy);
        db.PayIns.Add(request);
        Notify(db, request, DebtNotice.Requested, owedVnd, now);
        return request;
    }

    /// <summary>
    /// Books a transfer from the cooperative against its request, once per <paramref name="sourceKey"/>
    /// (a statement line imported twice is booked once), and settles the request when the cooperative
    /// no longer owes anything. Says why not otherwise.
    /// </summary>
    public static async Task<Error?> ReceiveAsync(
        PaymentsDbContext db, PayInRequest request, long amountVnd, string sourceKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (amountVnd is <= 0 or > MaxTransferVnd)
        {
            return Error.Rule("payin.amount", Bilingual.Pick(
                "Số tiền nộp phải từ 1 ₫ đến 10.000.000.000 ₫.", "The amount paid must be 1 ₫ to 10,000,000,000 ₫."));
        }

        // Once settled, a request takes no more: a transfer recorded by hand and then met again
        // in the statement is not booked twice (a real extra transfer is sent back, or reversed).
        if (request.Status == PayInStatus.Settled)
        {
            return Error.Conflict("payin.already_settled", Bilingual.Pick(
                $"Yêu cầu {request.Reference} đã được thanh toán xong.", $"Request {request.Reference} is already paid."));
        }

        if (await db.Ledger.AnyAsync(e => e.SourceKey == sourceKey, cancellationToken))
        {
            return Error.Rule("payin.already_booked", Bilingual.Pick("Khoản chuyển này đã được ghi nhận trước đó.", "This transfer was already booked."));
        }

        db.Ledger.Add(new LedgerEntry(request.CooperativeId, request.VendorName, LedgerEntryKind.PayIn, amountVnd, sourceKey,
            LedgerText.PayIn(request.Reference), now));
        request.Received(amountVnd);

        // Saved (inside the command's transaction) so that the balance below counts it, and any
        // other line of the same statement booked before it.
        await db.SaveChangesAsync(cancellationToken);
        if (request.Status == PayInStatus.Open)
        {
            var available = (await AvailableAsync(db, request.CooperativeId, null, cancellationToken)).GetValueOrDefault(request.CooperativeId).Available;
            if (available >= 0)
            {
                Settle(db, request, now);
            }
        }

        return null;
    }

    public static void Settle(PaymentsDbContext db, PayInRequest request, DateTimeOffset now)
    {
        request.Settle(now);
        Notify(db, request, DebtNotice.Settled, 0, now);
    }

    public static void Notify(PaymentsDbContext db, PayInRequest request, DebtNotice notice, long owedVnd, DateTimeOffset now) =>
        db.AddIntegrationEvent(
            new CooperativeDebtIntegrationEvent(Guid.NewGuid(), now, request.CooperativeId, notice, owedVnd, request.Reference, request.DueBy));

    public static PayInView View(PayInRequest r, long owedVnd, PaymentsOptions bank)
    {
        var toPay = owedVnd > 0 ? owedVnd : Math.Max(1, r.AmountVnd - r.PaidVnd);
        return new PayInView(
            r.Id, r.CooperativeId, r.VendorName, Money.Dong(r.AmountVnd), Money.Dong(r.PaidVnd), Money.Dong(Math.Max(0, owedVnd)), r.Reference, r.CreatedAt,
            r.DueBy, r.AskedBy, r.Status, r.SettledAt, r.SalesPaused, bank.BankName, bank.AccountNumber, bank.AccountHolder,
            VietQr.Payload(bank.BankBin, bank.AccountNumber, toPay, r.Reference));
    }

    /// <summary>
    /// The end of the Vietnamese day <paramref name="graceDays"/> from now: "pay by 14/12" means
    /// all of the 14th in Vietnam, not the time of day the request happened to be made.
    /// </summary>
    public static DateTimeOffset DueBy(DateTimeOffset now, int graceDays)
    {
        var last = DateOnly.FromDateTime(now.AddDays(graceDays).ToOffset(VietnamTime.Offset).DateTime);
        return VietnamTime.StartOf(last.AddDays(1)).ToUniversalTime();
    }

    /// <summary>The reference a transfer's description carries, found in a statement line however the bank wrote it.</summary>
    public static Match FindReference(string foldedUpperAlphanumerics) => ReferencePattern().Match(foldedUpperAlphanumerics);

    /// <summary>"CONGNO" (công nợ, a debt) + the date in Vietnam (yyMMdd) + four characters of Crockford's base32.</summary>
    private static string NewReference(DateTimeOffset now)
    {
        const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        Span<char> tail = stackalloc char[4];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"CONGNO{now.ToOffset(VietnamTime.Offset).ToString("yyMMdd", CultureInfo.InvariantCulture)}{tail}";
    }

    [GeneratedRegex("CONGNO[0-9]{6}[0-9A-HJKMNP-TV-Z]{4}")]
    private static partial Regex ReferencePattern();
}
