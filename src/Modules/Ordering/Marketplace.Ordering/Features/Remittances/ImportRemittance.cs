using System.Globalization;
using System.Text.RegularExpressions;
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
internal sealed partial class ImportRemittanceHandler(OrderingDbContext db, TimeProvider clock)
    : ICommandHandler<ImportRemittanceCommand, Result<RemittanceView>>
{
    public const int MaxLines = 20_000;

    private const int Chunk = 500;

    // In the order they are trusted: "Mã đơn hàng" is as often the shop's own code as the carrier's.
    private static readonly string[] CodeHeadings =
        ["ma van don", "label_id", "ma don ghtk", "ma vd", "ma van chuyen", "tracking code", "tracking number", "label", "ma don hang"];

    private static readonly string[] PartnerHeadings = ["ma don doi tac", "ma don kh", "ma don khach hang", "ma don shop", "partner_id", "partner code"];

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
        (IReadOnlyList<SheetRow> Rows, int Code, int Partner, int Cash, int[] Charges)? table = null;
        foreach (var (_, lines) in sheets.Value)
        {
            foreach (var heading in lines.Take(10))
            {
                var folded = heading.Cells.Select(c => VietnameseText.Fold(c?.Trim() ?? string.Empty)).ToList();
                var (code, cash) = (First(folded, CodeHeadings), First(folded, CashHeadings));
                if (code >= 0 && cash >= 0)
                {
                    var charges = folded.Select((h, i) => (h, i)).Where(c => ChargeHeadings.Contains(c.h)).Select(c => c.i).ToArray();
                    table = (
                        [.. lines.SkipWhile(l => l != heading).Skip(1).Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))],
                        code, First(folded, PartnerHeadings), cash, charges);
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

        if (found.Rows.Count > MaxLines)
        {
            return Invalid(Bilingual.Pick(
                $"Bảng đối soát có hơn {MaxLines:N0} dòng; hãy chia thành nhiều tệp.", $"The statement has more than {MaxLines:N0} lines; split it."));
        }

        var now = clock.GetUtcNow();
        var name = Path.GetFileName(command.File.FileName);
        var remittance = new CodRemittance(command.Carrier, name.Length <= 200 ? name : name[..200], command.ImportedBy, now);
        string? Cell(SheetRow row, int index) =>
            index >= 0 && index < row.Cells.Length && !string.IsNullOrWhiteSpace(row.Cells[index]) ? row.Cells[index]!.Trim() : null;
        var known = await ShipmentsAsync(
            command.Carrier, [.. found.Rows.SelectMany(r => new[] { Cell(r, found.Code), Cell(r, found.Partner) }).OfType<string>()], cancellationToken);
        var partIds = known.Values.Select(s => s.PartId).Distinct().ToList();
        var parts = new Dictionary<OrderPartId, (OrderPart Part, string Number)>();
        foreach (var chunk in partIds.Chunk(Chunk))
        {
            foreach (var row in await db.Parts.Where(p => chunk.Contains(p.Id))
                .Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new { Part = p, o.Number })
                .ToListAsync(cancellationToken))
            {
                parts[row.Part.Id] = (row.Part, row.Number);
            }
        }

        foreach (var row in found.Rows)
        {
            // The carrier's code, or else our own code for the parcel, which the carrier keeps beside it.
            var code = Cell(row, found.Code) ?? Cell(row, found.Partner);
            var cash = Amount(Cell(row, found.Cash));
            var charges = found.Charges.Select(i => Amount(Cell(row, i))).ToList();
            if (code is null || cash is null || charges.Any(c => c is null))
            {
                remittance.Add(new RemittanceLine(row.Line, code, cash ?? 0, 0, RemittanceOutcome.Unreadable, null, null, Bilingual.Pick(
                    "Thiếu mã vận đơn, hoặc số tiền không đọc được (đồng không có phần lẻ).",
                    "No tracking code, or an amount that is not one (đồng have no fraction).")));
                continue;
            }

            var charged = charges.Sum(c => c!.Value);
            if ((known.GetValueOrDefault(code) ?? (Cell(row, found.Partner) is { } partner ? known.GetValueOrDefault(partner) : null)) is not { } shipment
                || !parts.TryGetValue(shipment.PartId, out var owner))
            {
                remittance.Add(new RemittanceLine(row.Line, code, cash.Value, charged, RemittanceOutcome.Unknown, null, null, null));
                continue;
            }

            var part = owner.Part;
            var (outcome, note) = part.Status switch
            {
                _ when shipment.RemittedAt is not null => (RemittanceOutcome.AlreadySettled, null),
                PartStatus.Delivered when cash.Value != (part.CashCollectedVnd ?? 0) => (RemittanceOutcome.CashDiffers, Bilingual.Pick(
                    $"Giao hàng thu {part.CashCollectedVnd ?? 0:N0} ₫, hãng chuyển {cash.Value:N0} ₫: chưa ghi sổ, cần làm rõ với hãng.",
                    $"{part.CashCollectedVnd ?? 0:N0} ₫ collected at the door, {cash.Value:N0} ₫ paid over: not booked, to take up with the carrier.")),
                PartStatus.Delivered => (RemittanceOutcome.Paid, (string?)null),
                PartStatus.Returned => (RemittanceOutcome.ReturnCharged, null),
                _ => (RemittanceOutcome.NotDelivered, Bilingual.Pick(
                    $"Phần đơn hàng đang ở trạng thái {StatusNames.Vietnamese(part.Status)}.", $"The part is {part.Status.ToString().ToLowerInvariant()}.")),
            };

            // Only what the carrier's statement and our book agree on is settled; a difference waits for the carrier's correction.
            if (outcome is RemittanceOutcome.Paid or RemittanceOutcome.ReturnCharged && shipment.Remit(remittance.Id, cash.Value, charged, now))
            {
                db.AddIntegrationEvent(new CarrierCashRemittedIntegrationEvent(
                    Guid.NewGuid(), now, part.OrderId, part.Id, part.CooperativeId, command.Carrier.BrandName(), shipment.TrackingCode,
                    outcome == RemittanceOutcome.ReturnCharged ? 0 : cash.Value, charged, Returned: outcome == RemittanceOutcome.ReturnCharged));
            }

            remittance.Add(new RemittanceLine(row.Line, shipment.TrackingCode, cash.Value, charged, outcome, part.Id, owner.Number, note));
        }

        db.Remittances.Add(remittance);
        return RemittanceView.Of(remittance);
    }

    /// <summary>The index of the first heading found, in the order of <paramref name="names"/> (the surest first).</summary>
    private static int First(List<string> headings, string[] names) =>
        names.Select(n => headings.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);

    /// <summary>
    /// The carrier's live parcels named by these codes, theirs or ours, asked in chunks (SQL Server takes
    /// 2,100 parameters a query); a cancelled booking's code settles nothing.
    /// </summary>
    private async Task<Dictionary<string, Shipment>> ShipmentsAsync(DeliveryCarrier carrier, List<string> codes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Shipment>(StringComparer.Ordinal);
        foreach (var chunk in codes.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            foreach (var shipment in await db.Shipments
                .Where(s => s.Carrier == carrier && !s.Cancelled && (chunk.Contains(s.TrackingCode) || chunk.Contains(s.PartnerCode)))
                .ToListAsync(cancellationToken))
            {
                found[shipment.TrackingCode] = shipment;
                found[shipment.PartnerCode] = shipment;
            }
        }

        return found;
    }

    /// <summary>
    /// Đồng as carriers write them: "195.000", "195,000", "195000 ₫", "195000.00", "1.950.000,00";
    /// blank is 0. A fraction that is not zero, or anything else, is not an amount (null).
    /// </summary>
    internal static long? Amount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var bare = text.Replace("₫", string.Empty, StringComparison.Ordinal).Replace("VND", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("đ", string.Empty, StringComparison.OrdinalIgnoreCase).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var match = AmountPattern().Match(bare);
        if (!match.Success || (match.Groups["frac"].Success && match.Groups["frac"].Value.Trim('0').Length > 0)
            || (match.Groups["sep"].Success && match.Groups["dec"].Success && match.Groups["sep"].Value == match.Groups["dec"].Value))
        {
            return null;
        }

        var digits = match.Groups["int"].Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= 1_000_000_000_000 ? amount : null;
    }

    // Whole đồng grouped by thousands ("1.950.000") or not ("1950000"), then perhaps a fraction of one or two digits.
    [GeneratedRegex(@"^(?<int>\d{1,3}(?:(?<sep>[.,])\d{3})(?:\k<sep>\d{3})*|\d+)(?:(?<dec>[.,])(?<frac>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    private static Error Invalid(string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [message] });
}
