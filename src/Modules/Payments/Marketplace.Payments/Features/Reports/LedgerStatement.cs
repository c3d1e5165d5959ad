using System.Globalization;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Printing;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.Reports;

/// <summary>
/// A cooperative's ledger for any span of days, as the document a bank asks for with a loan
/// application: the balance brought forward, every entry with the running balance, the balance
/// at the end. For its own people or an admin; CSV, an Excel workbook, or a PDF to print and sign.
/// </summary>
internal sealed record ExportLedgerStatementQuery(
    CooperativeId CooperativeId, UserId ActorId, bool ActorIsAdmin, DateOnly From, DateOnly To, StatementFormat Format) : IQuery<Result<ReportFile>>;

internal enum StatementFormat
{
    Csv,
    Xlsx,
    Pdf,
}

internal static class StatementFormats
{
    /// <summary>"xlsx" or "pdf" as a query string says it; anything else is CSV.</summary>
    public static StatementFormat Parse(string? format) => format?.ToUpperInvariant() switch
    {
        "XLSX" => StatementFormat.Xlsx,
        "PDF" => StatementFormat.Pdf,
        _ => StatementFormat.Csv,
    };
}

internal sealed class LedgerStatementHandler(
    PaymentsDbContext db, ISender sender, IStringLocalizer<PaymentsText> text, TimeProvider clock, IOptions<PdfFontOptions> fonts)
    : IQueryHandler<ExportLedgerStatementQuery, Result<ReportFile>>
{
    public async ValueTask<Result<ReportFile>> Handle(ExportLedgerStatementQuery query, CancellationToken cancellationToken)
    {
        if (!query.ActorIsAdmin && await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        if (query.To < query.From || query.From.Year < 2000 || query.To.Year > 2100)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["to"] = [Bilingual.Pick("Khoảng ngày trong 2000–2100, ngày kết thúc sau ngày bắt đầu.", "Days within 2000–2100, the end after the start.")],
            });
        }

        if (query.Format == StatementFormat.Pdf && PdfFonts.Require(fonts.Value) is { } noFont)
        {
            return noFont;
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
        return query.Format switch
        {
            StatementFormat.Xlsx => new ReportFile($"{name}.xlsx", TableExport.XlsxType, TableExport.Xlsx(text["ledger.title"], headings, rows)),
            StatementFormat.Pdf => new ReportFile($"{name}.pdf", "application/pdf", await PdfAsync(query, headings, rows, cancellationToken)),
            _ => new ReportFile($"{name}.csv", TableExport.CsvType, TableExport.Csv(headings, rows)),
        };
    }

    /// <summary>The same rows printed: the cooperative and the span above them, the balances in bold, every page numbered.</summary>
    private async Task<byte[]> PdfAsync(ExportLedgerStatementQuery query, string[] headings, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture;
        var standings = await sender.Send(new GetCooperativeStandingsQuery([query.CooperativeId]), cancellationToken);
        var name = standings.Count > 0 ? standings[0].Name : string.Empty;
        string? Cell(object? value) => value switch
        {
            null => null,
            DateTimeOffset at => at.InVietnam().ToString("dd/MM/yyyy HH:mm", culture),
            long amount => Money.Dong(amount).Format(culture),
            _ => value.ToString(),
        };
        var table = new PdfTable(
            text["ledger.title"],
            [
                new PdfColumn(headings[0], 1.6), new PdfColumn(headings[1], 1.9), new PdfColumn(headings[2], 2.1), new PdfColumn(headings[3], 4),
                new PdfColumn(headings[4], 1.6, Figures: true), new PdfColumn(headings[5], 1.7, Figures: true),
            ],
            [.. rows.Select(r => r.Select(Cell).ToList())],
            new HashSet<int> { 0, rows.Count - 1 });
        return TablePdf.Render(
            new PdfReport(
                text["statement.title"],
                [
                    name,
                    text["statement.span", query.From.ToString("d", culture), query.To.ToString("d", culture)],
                    text["statement.printed", clock.Today().ToString("d", culture)],
                ],
                [table],
                text["statement.note"]),
            landscape: true);
    }
}
