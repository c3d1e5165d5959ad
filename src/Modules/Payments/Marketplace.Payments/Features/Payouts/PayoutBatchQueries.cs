using System.Globalization;
using CsvHelper;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Payouts;

internal sealed class PayoutBatchQueries(PaymentsDbContext db)
    : IQueryHandler<ListPayoutBatchesQuery, IReadOnlyList<PayoutBatchView>>,
      IQueryHandler<GetPayoutBatchQuery, Result<PayoutBatchView>>,
      IQueryHandler<ExportPayoutBatchQuery, Result<byte[]>>
{
    public async ValueTask<IReadOnlyList<PayoutBatchView>> Handle(ListPayoutBatchesQuery query, CancellationToken cancellationToken)
    {
        var batches = await db.PayoutBatches.AsNoTracking().ToListAsync(cancellationToken);
        return batches.OrderByDescending(b => b.CreatedAt).Select(PayoutViews.View).ToList();
    }

    public async ValueTask<Result<PayoutBatchView>> Handle(GetPayoutBatchQuery query, CancellationToken cancellationToken)
    {
        var batch = await db.PayoutBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == query.BatchId, cancellationToken);
        return batch is null ? NotFound() : PayoutViews.View(batch);
    }

    /// <summary>
    /// The bank lines as a CSV for the bank's bulk-transfer upload: account, holder, bank, amount
    /// in đồng, and a description that names the batch. UTF-8 with a byte-order mark, so that a
    /// spreadsheet opens the Vietnamese names correctly. A field a spreadsheet would run as a formula
    /// is escaped: the validator refuses such names now, but accounts set before it may hold one.
    /// </summary>
    public async ValueTask<Result<byte[]>> Handle(ExportPayoutBatchQuery query, CancellationToken cancellationToken)
    {
        var batch = await db.PayoutBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == query.BatchId, cancellationToken);
        if (batch is null)
        {
            return NotFound();
        }

        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var heading in new[] { "so_tai_khoan", "chu_tai_khoan", "ngan_hang", "so_tien", "noi_dung" })
            {
                csv.WriteField(heading);
            }

            csv.EndRecord();
            foreach (var line in batch.Lines.Where(l => l.Method == PayoutMethod.BankTransfer))
            {
                csv.WriteField(line.AccountNumber);
                csv.WriteField(line.AccountHolder);
                csv.WriteField(line.BankName);
                csv.WriteField(line.AmountVnd.ToString(CultureInfo.InvariantCulture));
                csv.WriteField($"{batch.Number} {VietnameseText.RemoveDiacritics(line.VendorName)}");
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }

    public static Error NotFound() => Error.NotFound("payout.not_found", Bilingual.Pick("Không tìm thấy đợt chi trả.", "No such payout batch."));
}
