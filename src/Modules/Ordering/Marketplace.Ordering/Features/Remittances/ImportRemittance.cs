using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Remittances;

/// <summary>An admin imports a carrier's cash-on-delivery statement, as the carrier's portal exports it (Excel or CSV).</summary>
internal sealed record ImportRemittanceCommand(DeliveryCarrier Carrier, UploadedFile File, UserId ImportedBy)
    : ICommand<Result<RemittanceView>>, IRunsIn<OrderingTransaction>;

/// <summary>
/// Reads the statement's columns by their headings, in Vietnamese or English: the tracking code
/// (<c>Mã vận đơn</c>, <c>Mã đơn hàng</c>, <c>label_id</c> …), the cash paid over (<c>Tiền thu hộ</c>,
/// <c>COD</c> …), and whatever the carrier charged (<c>Phí vận chuyển</c>, <c>Phí bảo hiểm</c>,
/// <c>Phí hoàn</c> …, summed). Each line is matched to our parcel by the carrier's code: a delivered
/// part's cash is settled (and said when it is not what was collected at the door), a returned
/// part's charges are booked, and a line naming a parcel settled before, not yet delivered, or
/// unknown books nothing and says why. Importing the same statement twice books nothing twice.
/// Payments books what was settled, through the outbox.
/// </summary>
internal sealed class ImportRemittanceHandler(OrderingDbContext db, TimeProvider clock)
    : ICommandHandler<ImportRemittanceCommand, Result<RemittanceView>>
{
    public const int MaxLines = 20_000;

    private static readonly string[] CodeHeadings =
        ["ma van don", "ma don hang", "ma don ghtk", "ma vd", "ma van chuyen", "label", "label_id", "tracking code", "tracking number"];

    private static readonly string[] CashHeadings = ["tien thu ho", "thu ho", "cod", "tien cod", "pick_money", "cash collected", "cod amount"];

    private static readonly string[] ChargeHeadings =
    [
        "phi van chuyen", "phi giao hang", "phi ship", "cuoc phi", "phi bao hiem", "phi hoan", "phi chuyen hoan", "phi tra hang",
        "shipping fee", "insurance fee", "return fee",
    ];

    public async ValueTask<Result<RemittanceView>> Handle(ImportRemittanceCommand command, CancellationToken cancellationToken)
    {
        if (command.File.Content.Length == 0)
        {
            return Invalid(Bilingual.Pick("Tệp trống.", "The file is empty."));
        }

        if (command.File.Content.Length > UploadedFile.MaxDocumentBytes)
        {
            return Invalid(Bilingual.Pick("Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp.", "The file is larger than 5 MB; split it into several files."));
        }

        var sheets = Spreadsheet.Read(command.File.Content, MaxLines, 100);
        if (!sheets.IsSuccess)
        {
            return sheets.Error!;
        }

        // The sheet whose headings name a code and a cash column; carriers put a summary sheet before it.
        (IReadOnlyList<SheetRow> Rows, int Code, int Cash, int[] Charges)? table = null;
        foreach (var (_, lines) in sheets.Value)
        {
            foreach (var heading in lines.Take(10))
            {
                var folded = heading.Cells.Select(c => VietnameseText.Fold(c?.Trim() ?? string.Empty)).ToList();
                var (code, cash) = (folded.FindIndex(CodeHeadings.Contains), folded.FindIndex(CashHeadings.Contains));
                if (code >= 0 && cash >= 0)
                {
                    var charges = folded.Select((h, i) => (h, i)).Where(c => ChargeHeadings.Contains(c.h)).Select(c => c.i).ToArray();
                    table = ([.. lines.SkipWhile(l => l != heading).Skip(1).Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))], code, cash, charges);
                    break;
                }
            }

            if (table is not null)
            {
                break;
            }
        }

        if (table is not { } found)
        {
            return Invalid(Bilingual.Pick(
                "Không thấy cột mã vận đơn và tiền thu hộ. Dòng tiêu đề cần có \"Mã vận đơn\" và \"Tiền thu hộ\" (và các cột phí nếu có).",
                "No tracking code and cash columns found. The header row needs \"Mã vận đơn\" (tracking code) and \"Tiền thu hộ\" (COD), "
                    + "and the charges' columns if any."));
        }

        var now = clock.GetUtcNow();
        var remittance = new CodRemittance(command.Carrier, Path.GetFileName(command.File.FileName), command.ImportedBy, now);
        string? Cell(SheetRow row, int index) => index < row.Cells.Length && !string.IsNullOrWhiteSpace(row.Cells[index]) ? row.Cells[index]!.Trim() : null;
        var codes = found.Rows.Select(r => Cell(r, found.Code)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var shipments = await db.Shipments.Where(s => s.Carrier == command.Carrier && codes.Contains(s.TrackingCode))
            .ToDictionaryAsync(s => s.TrackingCode, StringComparer.Ordinal, cancellationToken);
        var partIds = shipments.Values.Select(s => s.PartId).ToList();
        var parts = await db.Parts.Where(p => partIds.Contains(p.Id))
            .Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new { Part = p, o.Number })
            .ToDictionaryAsync(p => p.Part.Id, cancellationToken);
        foreach (var row in found.Rows)
        {
            var code = Cell(row, found.Code);
            var cash = Amount(Cell(row, found.Cash));
            var charges = found.Charges.Select(i => Amount(Cell(row, i))).ToList();
            if (code is null || cash is null || charges.Any(c => c is null))
            {
                remittance.Add(new RemittanceLine(row.Line, code, cash ?? 0, 0, RemittanceOutcome.Unreadable, null, null, Bilingual.Pick(
                    "Thiếu mã vận đơn, hoặc số tiền không đọc được.", "No tracking code, or an amount that is not one.")));
                continue;
            }

            var charged = charges.Sum(c => c!.Value);
            if (!shipments.TryGetValue(code, out var shipment) || !parts.TryGetValue(shipment.PartId, out var owner))
            {
                remittance.Add(new RemittanceLine(row.Line, code, cash.Value, charged, RemittanceOutcome.Unknown, null, null, null));
                continue;
            }

            var part = owner.Part;
            var (outcome, note) = part.Status switch
            {
                _ when shipment.RemittedAt is not null => (RemittanceOutcome.AlreadySettled, null),
                PartStatus.Delivered when cash.Value != (part.CashCollectedVnd ?? 0) => (RemittanceOutcome.CashDiffers, Bilingual.Pick(
                    $"Giao hàng thu {part.CashCollectedVnd ?? 0:N0} ₫, hãng chuyển {cash.Value:N0} ₫.",
                    $"{part.CashCollectedVnd ?? 0:N0} ₫ collected at the door, {cash.Value:N0} ₫ paid over.")),
                PartStatus.Delivered => (RemittanceOutcome.Paid, (string?)null),
                PartStatus.Returned => (RemittanceOutcome.ReturnCharged, null),
                _ => (RemittanceOutcome.NotDelivered, Bilingual.Pick(
                    $"Phần đơn hàng đang ở trạng thái {StatusNames.Vietnamese(part.Status)}.", $"The part is {part.Status.ToString().ToLowerInvariant()}.")),
            };
            if (outcome is RemittanceOutcome.Paid or RemittanceOutcome.CashDiffers or RemittanceOutcome.ReturnCharged
                && shipment.Remit(remittance.Id, cash.Value, charged, now))
            {
                db.AddIntegrationEvent(new CarrierCashRemittedIntegrationEvent(
                    Guid.NewGuid(), now, part.OrderId, part.Id, part.CooperativeId, command.Carrier.BrandName(), shipment.TrackingCode,
                    outcome == RemittanceOutcome.ReturnCharged ? 0 : cash.Value, charged));
            }

            remittance.Add(new RemittanceLine(row.Line, code, cash.Value, charged, outcome, part.Id, owner.Number, note));
        }

        db.Remittances.Add(remittance);
        return RemittanceView.Of(remittance);
    }

    /// <summary>Đồng as carriers write them: "195.000", "195,000", "195000 ₫"; blank is 0; anything else is not an amount.</summary>
    internal static long? Amount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        text = text.Trim();

        // Cents written out ("195000.00", "1.950,00"): đồng have none.
        if (text.Length > 3 && text[^3] is '.' or ',' && text.EndsWith("00", StringComparison.Ordinal))
        {
            text = text[..^3];
        }

        var digits = text.Replace("₫", string.Empty, StringComparison.Ordinal).Replace("đ", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("VND", string.Empty, StringComparison.OrdinalIgnoreCase).Replace(".", string.Empty, StringComparison.Ordinal)
            .Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= 1_000_000_000_000 ? amount : null;
    }

    private static Error Invalid(string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [message] });
}
