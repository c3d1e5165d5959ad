using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Payments.Features.Reports;

/// <summary>
/// A cooperative's ledger for any span of days, as the document a bank asks for with a loan
/// application: the balance brought forward, every entry with the running balance, the balance
/// at the end. For its own people or an admin; CSV or an Excel workbook.
/// </summary>
internal sealed record ExportLedgerStatementQuery(
    CooperativeId CooperativeId, UserId ActorId, bool ActorIsAdmin, DateOnly From, DateOnly To, bool Excel) : IQuery<Result<ReportFile>>;

internal sealed class LedgerStatementHandler(PaymentsDbContext db, ISender sender, IStringLocalizer<PaymentsText> text)
    : IQueryHandler<ExportLedgerStatementQuery, Result<ReportFile>>
{
    public async ValueTask<Result<ReportFile>> Handle(ExportLedgerStatementQuery query, CancellationToken cancellationToken)
    {
        if (!query.ActorIsAdmin && await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return Error.NotFound("cooperative.not_found", Bilingual.Pick("Không tìm thấy hợp tác xã.", "No such cooperative."));
        }

        if (query.To < query.From || query.From.Year < 2000 || query.To.Year > 2100)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["to"] = [Bilingual.Pick("Khoảng ngày trong 2000–2100, ngày kết thúc sau ngày bắt đầu.", "Days within 2000–2100, the end after the start.")],
            });
        }

        var start = VietnamTime.StartOf(query.From);
        var end = VietnamTime.StartOf(query.To.AddDays(1));
        var mine = db.Ledger.AsNoTracking().Where(e => e.CooperativeId == query.CooperativeId);
        var opening = await mine.Where(e => e.At < start).SumAsync(e => e.AmountVnd, cancellationToken);
        var entries = await mine.Where(e => e.At >= start && e.At < end).ToListAsync(cancellationToken);
        var balance = opening;
        var rows = new List<object?[]> { new object?[] { null, text["statement.opening"].Value, null, null, null, opening } };
        foreach (var entry in entries.OrderBy(e => e.At).ThenBy(e => e.Kind))
        {
            balance += entry.AmountVnd;
            rows.Add([entry.At, text["ledgerkind." + entry.Kind].Value + (entry.Pending ? $" ({text["ledger.pending.mark"].Value})" : string.Empty),
                entry.OrderNumber, LedgerText.Render(entry.Description), entry.AmountVnd, balance]);
        }

        rows.Add([null, text["statement.closing"].Value, null, null, entries.Sum(e => e.AmountVnd), balance]);
        string[] headings =
        [
            text["payments.date"], text["ledger.kind"], text["payments.order"], text["payments.description"], text["payment.amount"],
            text["ledger.balance"],
        ];
        var name = $"so-cai-{query.From:yyyy-MM-dd}-{query.To:yyyy-MM-dd}";
        return query.Excel
            ? new ReportFile($"{name}.xlsx", TableExport.XlsxType, TableExport.Xlsx(text["ledger.title"], headings, rows))
            : new ReportFile($"{name}.csv", TableExport.CsvType, TableExport.Csv(headings, rows));
    }
}
