using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.ListAuditEntries;

/// <summary>The audit log read back: a page of the newest entries, the kinds it holds, or every entry as a file.</summary>
internal sealed class ListAuditEntriesHandler(VendorsDbContext db, IStringLocalizer<VendorsText> text, TimeProvider clock)
    : IQueryHandler<ListAuditEntriesQuery, IReadOnlyList<AuditEntryView>>,
      IQueryHandler<ListAuditActionsQuery, IReadOnlyList<string>>,
      IQueryHandler<ExportAuditEntriesQuery, AuditExport>
{
    private const int ExportLimit = 100_000;

    public async ValueTask<IReadOnlyList<string>> Handle(ListAuditActionsQuery query, CancellationToken cancellationToken) =>
        await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);

    private const int Limit = 500;

    public async ValueTask<IReadOnlyList<AuditEntryView>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken) =>
        await Filtered(query.Action, query.SubjectType, query.SubjectId, query.From, query.To)
            .OrderByDescending(e => e.OccurredAt).Take(Limit).Select(AuditProjection.ToView).ToListAsync(cancellationToken);

    public async ValueTask<AuditExport> Handle(ExportAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = await Filtered(query.Action, query.SubjectType, query.SubjectId, query.From, query.To)
            .OrderByDescending(e => e.OccurredAt).Take(ExportLimit).Select(AuditProjection.ToView).ToListAsync(cancellationToken);
        string[] headings =
        [
            text["audit.export.at"], text["audit.export.actor"], text["audit.export.action"], text["audit.export.code"], text["audit.export.subjecttype"],
            text["audit.export.subject"], text["audit.export.subjectid"], text["audit.export.reason"], text["audit.export.before"], text["audit.export.after"],
        ];
        var rows = entries.Select(e => new object?[]
        {
            e.OccurredAt, e.ActorName, text["decision." + e.Action].Value, e.Action, e.SubjectType, e.SubjectName, e.SubjectId, e.Reason, e.Before, e.After,
        });
        var name = $"nhat-ky-{clock.GetUtcNow().ToOffset(VietnamTime.Offset):yyyy-MM-dd}";
        return query.Excel
            ? new AuditExport($"{name}.xlsx", TableExport.XlsxType, TableExport.Xlsx(text["admin.audit.title"], headings, rows))
            : new AuditExport($"{name}.csv", TableExport.CsvType, TableExport.Csv(headings, rows));
    }

    private IQueryable<AuditEntry> Filtered(string? action, string? subjectType, Guid? subjectId, DateTimeOffset? from, DateTimeOffset? to)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(action))
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(subjectType))
        {
            entries = entries.Where(e => e.SubjectType == subjectType);
        }

        if (subjectId is { } subject)
        {
            entries = entries.Where(e => e.SubjectId == subject);
        }

        if (from is { } start)
        {
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(e => e.OccurredAt < end);
        }

        return entries;
    }
}
