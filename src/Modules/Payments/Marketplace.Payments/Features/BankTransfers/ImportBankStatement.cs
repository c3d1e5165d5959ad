using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Features.Settling;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.BankTransfers;

/// <summary>
/// Reads a bank statement exported as CSV with a header row naming a date, an amount and a
/// description column (in Vietnamese or English: "Ngày giao dịch", "Số tiền", "Nội dung" …) and
/// books each credit whose description carries a pending order's reference and whose amount is
/// the order's, and each a cooperative sent with the reference of its request to pay what it
/// owes. Everything else is listed with the reason. A line already booked is reported as such,
/// so importing the same statement twice books nothing twice.
/// </summary>
internal sealed partial class ImportBankStatementHandler(PaymentsDbContext db, PaymentBook book, ISender sender, TimeProvider clock)
    : ICommandHandler<ImportBankStatementCommand, Result<StatementImportResult>>
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly string[] DateHeaders = ["date", "ngay", "ngay giao dich", "transaction date", "ngay gd"];
    private static readonly string[] AmountHeaders = ["amount", "so tien", "credit", "so tien ghi co", "ghi co"];
    private static readonly string[] DescriptionHeaders = ["description", "noi dung", "mo ta", "dien giai", "noi dung giao dich", "details"];

    public async ValueTask<Result<StatementImportResult>> Handle(ImportBankStatementCommand command, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(command.File.Content.Span).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Invalid(Bilingual.Pick("Tệp sao kê phải được lưu dạng CSV mã hóa UTF-8.", "The statement must be a CSV file saved as UTF-8."));
        }

        // The separator (",", ";" or tab) is detected from the first lines, as banks export any of them.
        using var csv = CsvReader.Create(Encoding.UTF8.GetBytes(text), new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true });
        csv.ReadHeader();
        var header = csv.Headers;
        if (header.Count == 0)
        {
            return Invalid(Bilingual.Pick("Tệp sao kê trống.", "The statement is empty."));
        }

        var folded = header.Select(h => VietnameseText.Fold(h).Trim()).ToList();
        int Column(string[] names) => folded.FindIndex(h => names.Contains(h, StringComparer.Ordinal));
        var (date, amount, description) = (Column(DateHeaders), Column(AmountHeaders), Column(DescriptionHeaders));
        if (amount < 0 || description < 0)
        {
            return Invalid(Bilingual.Pick(
                $"Không tìm thấy cột số tiền và nội dung. Dòng tiêu đề cần có \"Ngày\", \"Số tiền\", \"Nội dung\"; "
                    + $"tệp có: {string.Join(", ", header)}.",
                $"No amount and description columns found. The header row needs \"Date\", \"Amount\", \"Description\"; "
                    + $"the file has: {string.Join(", ", header)}."));
        }

        var lines = new List<(int Line, string? Date, string Amount, string Memo)>();
        while (csv.Read())
        {
            lines.Add(((int)csv.LineNumber, date >= 0 ? csv.GetString(date) : null, csv.GetString(amount), csv.GetString(description)));
        }

        // Only the payments the statement names are loaded, whatever the number of orders.
        var references = lines.Select(l => ReferencePattern().Match(Normalize(l.Memo))).Where(m => m.Success).Select(m => m.Value).Distinct().ToList();
        var payments = await db.Payments.Where(p => references.Contains(p.Reference)).ToDictionaryAsync(p => p.Reference, cancellationToken);
        var outcomes = new List<StatementLineOutcome>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var (line, dateText, amountText, memo) in lines)
        {
            if (!TryParseAmount(amountText, out var value))
            {
                outcomes.Add(new StatementLineOutcome(
                    line, dateText, 0, memo, null, false,
                    Bilingual.Pick($"Số tiền không đọc được: \"{amountText}\".", $"Unreadable amount: \"{amountText}\".")));
                continue;
            }

            if (value <= 0)
            {
                outcomes.Add(new StatementLineOutcome(
                    line, dateText, value, memo, null, false, Bilingual.Pick("Không phải khoản tiền vào.", "Not a credit.")));
                continue;
            }

            if (Debts.FindReference(Normalize(memo)) is { Success: true } debt)
            {
                // Two real transfers alike (same day, amount and words) are two: the second is counted as such.
                var fingerprint = $"{dateText}|{value}|{memo}";
                var repeat = seen[fingerprint] = seen.GetValueOrDefault(fingerprint) + 1;
                outcomes.Add(await PayInAsync(command, line, dateText, value, memo, debt.Value, repeat, now, cancellationToken));
                continue;
            }

            // An order's reference first: the words around a deposit's could, run together, look like one.
            var reference = ReferencePattern().Match(Normalize(memo));
            // Every place that looks like a deposit's reference, overlapping ones too: the memo's
            // words run together ("SDT 0912345678 DT261205…" holds "DT091234…" first).
            var deposits = DepositPattern().Matches(Normalize(memo)).Select(m => m.Groups[1].Value).Distinct().ToList();
            if (!reference.Success && deposits.Count > 0)
            {
                var fingerprint = $"{dateText}|{value}|{memo}";
                var repeat = seen[fingerprint] = seen.GetValueOrDefault(fingerprint) + 1;
                outcomes.Add(await DepositAsync(command, line, dateText, value, memo, deposits, repeat, now, cancellationToken));
                continue;
            }

            if (!reference.Success)
            {
                outcomes.Add(new StatementLineOutcome(
                    line, dateText, value, memo, null, false,
                    Bilingual.Pick("Nội dung không có mã thanh toán.", "No payment reference in the description.")));
                continue;
            }

            if (!payments.TryGetValue(reference.Value, out var payment) && await OpenAsync(reference.Value, cancellationToken) is { } opened)
            {
                payments[opened.Reference] = payment = opened;
            }

            if (payment is null)
            {
                outcomes.Add(new StatementLineOutcome(
                    line, dateText, value, memo, null, false,
                    Bilingual.Pick($"Không có đơn hàng với mã {reference.Value}.", $"No order has the reference {reference.Value}.")));
                continue;
            }

            var refused = await MarkTransferReceivedHandler.ReceiveAsync(db, payment, value, now, cancellationToken);
            outcomes.Add(new StatementLineOutcome(line, dateText, value, memo, payment.OrderNumber, refused is null, refused?.Message));
            if (refused is null)
            {
                // Findable by the order, as one recorded by hand is.
                await sender.RecordAsync(
                    command.ActorEmail, MoneyAudit.TransferRecorded, "Order", payment.OrderId.Value, payment.OrderNumber,
                    $"{MoneyAudit.Dong(value)} ({command.File.FileName}, {line})", cancellationToken);
            }
        }

        var matched = outcomes.Where(o => o.Matched).ToList();
        if (matched.Count == 0)
        {
            return new StatementImportResult(outcomes.Count, 0, outcomes);
        }

        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.StatementImported, "Statement", Guid.NewGuid(), command.File.FileName,
            Bilingual.Pick(
                $"{outcomes.Count} dòng, {matched.Count} khớp: {MoneyAudit.Dong(matched.Sum(o => o.AmountVnd))}",
                $"{outcomes.Count} lines, {matched.Count} matched: {MoneyAudit.Dong(matched.Sum(o => o.AmountVnd))}"),
            cancellationToken);
        return new StatementImportResult(outcomes.Count, matched.Count, outcomes);
    }

    /// <summary>
    /// A cooperative paying what it owes: booked against its request once per statement line
    /// (its date, amount, description, and which repeat of such a line it is), so that importing
    /// the statement again books nothing twice.
    /// </summary>
    private async Task<StatementLineOutcome> PayInAsync(
        ImportBankStatementCommand command, int line, string? dateText, long value, string memo, string reference, int repeat, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var request = await db.PayIns.SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        if (request is null)
        {
            return new StatementLineOutcome(line, dateText, value, memo, null, false,
                Bilingual.Pick($"Không có yêu cầu nộp tiền với mã {reference}.", $"No request to pay has the reference {reference}."));
        }

        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{dateText}|{value}|{memo}|{repeat}")))[..32];
        var refused = await Debts.ReceiveAsync(db, request, value, $"payin:{reference}:{fingerprint}", now, cancellationToken);
        if (refused is null)
        {
            await sender.RecordAsync(
                command.ActorEmail, MoneyAudit.PayInRecorded, "PayIn", request.Id, $"{request.VendorName} {request.Reference}",
                $"{MoneyAudit.Dong(value)} ({command.File.FileName}, {line})", cancellationToken);
        }

        return new StatementLineOutcome(line, dateText, value, memo, reference, refused is null, refused?.Message);
    }

    /// <summary>
    /// A buyer paying a pre-order's deposit: Ordering counts it toward the reservation, once per
    /// statement line (as a cooperative's pay-in), and a deposit may come in several transfers.
    /// </summary>
    private async Task<StatementLineOutcome> DepositAsync(
        ImportBankStatementCommand command, int line, string? dateText, long value, string memo, IReadOnlyList<string> references, int repeat,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{dateText}|{value}|{memo}|{repeat}")))[..32];
        Result<DepositReceipt> received = default!;
        foreach (var reference in references)
        {
            received = await sender.Send(new RecordDepositTransferCommand(reference, value, $"deposit:{fingerprint}", now), cancellationToken);
            if (received.IsSuccess || received.Error!.Type != ErrorType.NotFound)
            {
                break; // the first that names a reservation decides
            }
        }

        if (!received.IsSuccess)
        {
            return new StatementLineOutcome(line, dateText, value, memo, references[^1], false, received.Error!.Message);
        }

        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.TransferRecorded, "Reservation", Guid.Empty, received.Value.ReservationNumber,
            $"{MoneyAudit.Dong(value)} ({command.File.FileName}, {line})", cancellationToken);
        return new StatementLineOutcome(line, dateText, value, memo, received.Value.ReservationNumber, true, null);
    }

    /// <summary>
    /// The payment of an order placed so recently that the OrderPlaced notification has not opened
    /// it yet: the reference is the order's number without its dashes.
    /// </summary>
    private async Task<Payment?> OpenAsync(string reference, CancellationToken cancellationToken)
    {
        var number = $"{reference[..3]}-{reference[3..9]}-{reference[9..]}";
        return await sender.Send(new FindOrderByNumberQuery(number), cancellationToken) is { } orderId
            ? await book.FindOrOpenAsync(orderId, cancellationToken)
            : null;
    }

    /// <summary>"1.250.000", "1,250,000", "1250000", "+1 250 000 VND": banks write amounts every way but with decimals.</summary>
    private static bool TryParseAmount(string? text, out long value)
    {
        var cleaned = new string((text ?? string.Empty).Where(c => char.IsDigit(c) || c == '-').ToArray());
        var decimals = DecimalsPattern().Match(text ?? string.Empty);
        if (decimals.Success && decimals.Groups[1].Value.Trim('0').Length > 0)
        {
            value = 0;
            return false; // part of a đồng: not a VND amount
        }

        if (decimals.Success)
        {
            cleaned = cleaned[..^decimals.Groups[1].Value.Length];
        }

        return long.TryParse(cleaned, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && cleaned.Length > 0;
    }

    private static string Normalize(string description) =>
        new(VietnameseText.Fold(description).ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    private static Error Invalid(string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [message] });

    /// <summary>"HTX" + the date (yyMMdd) + eight characters of Crockford's base32: an order number without its dashes.</summary>
    [GeneratedRegex("HTX[0-9]{6}[0-9A-HJKMNP-TV-Z]{8}")]
    private static partial Regex ReferencePattern();

    /// <summary>"DT" + the date (yyMMdd) + eight characters of Crockford's base32: a pre-order's reservation number without its dashes.</summary>
    [GeneratedRegex("(?=(DT[0-9]{6}[0-9A-HJKMNP-TV-Z]{8}))")]
    private static partial Regex DepositPattern();

    /// <summary>A decimal part of one or two digits after the last separator: "1.250.000,00" or "1250000.00".</summary>
    [GeneratedRegex(@"[.,]([0-9]{1,2})\s*(?:VND|đ|₫)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DecimalsPattern();
}
