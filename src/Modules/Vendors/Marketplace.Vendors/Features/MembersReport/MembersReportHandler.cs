using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.MembersReport;

/// <summary>
/// Who joined, from the moments each was recorded: an account's opening (Accounts answers), a
/// cooperative's application and approval, a business buyer's registration and verification.
/// Cooperatives and business buyers are hundreds in a span; accounts may be many thousands, read as
/// their opening moments alone by the index on them. All are counted here by Vietnamese day (a
/// day the databases do not agree how to compute). A cooperative approved in the span may have
/// applied long before: its application counts in the span it fell in, never in the one compared.
/// </summary>
internal sealed class MembersReportHandler(VendorsDbContext db, ISender sender, IStringLocalizer<VendorsText> text)
    : IQueryHandler<GetMembersReportQuery, Result<MembersReport>>,
      IQueryHandler<ExportMembersReportQuery, Result<MembersReportFile>>
{
    /// <summary>How far past the span's end the report looks for certificates running out.</summary>
    public const int LookAheadDays = 60;

    public const int CooperativesShown = 200;

    private enum Joined
    {
        Account,
        CooperativeApplied,
        CooperativeApproved,
        BuyerRegistered,
        BuyerVerified,
    }

    public async ValueTask<Result<MembersReport>> Handle(GetMembersReportQuery query, CancellationToken cancellationToken)
    {
        if (ReportPeriods.Problems(query.From, query.To, query.Grain) is { Count: > 0 } problems)
        {
            return Error.Validation(problems);
        }

        var span = query.To.DayNumber - query.From.DayNumber + 1;
        var previousFrom = query.From.AddDays(-span);
        var since = VietnamTime.StartOf(previousFrom);
        var until = VietnamTime.StartOf(query.To.AddDays(1));
        var accounts = await sender.Send(new ListAccountsOpenedQuery(since, until), cancellationToken);
        var cooperatives = await db.Cooperatives.AsNoTracking()
            .Where(c => (c.CreatedAt >= since && c.CreatedAt < until) || (c.ApprovedAt >= since && c.ApprovedAt < until))
            .Select(c => new { c.Id, c.Name, c.Province, c.CreatedAt, c.ApprovedAt, c.Status })
            .ToListAsync(cancellationToken);
        var buyers = await db.BusinessAccounts.AsNoTracking()
            .Where(b => (b.RegisteredAt >= since && b.RegisteredAt < until) || (b.DecidedAt >= since && b.DecidedAt < until))
            .Select(b => new { b.RegisteredAt, b.DecidedAt, b.Status })
            .ToListAsync(cancellationToken);
        List<(DateOnly Day, Joined What)> events = [.. accounts.Select(at => (VietnamTime.DayOf(at), Joined.Account))
            .Concat(cooperatives.Select(c => (VietnamTime.DayOf(c.CreatedAt), Joined.CooperativeApplied)))
            .Concat(cooperatives.Where(c => c.ApprovedAt is not null).Select(c => (VietnamTime.DayOf(c.ApprovedAt!.Value), Joined.CooperativeApproved)))
            .Concat(buyers.Select(b => (VietnamTime.DayOf(b.RegisteredAt), Joined.BuyerRegistered)))
            .Concat(buyers.Where(b => b.Status == BusinessAccountStatus.Verified && b.DecidedAt is not null)
                .Select(b => (VietnamTime.DayOf(b.DecidedAt!.Value), Joined.BuyerVerified)))];
        var current = events.Where(e => e.Day >= query.From && e.Day <= query.To).ToList();
        var byPeriod = current.ToLookup(e => ReportPeriods.Start(e.Day, query.Grain));
        var periods = ReportPeriods.Of(query.From, query.To, query.Grain)
            .Select(start => new MemberPeriod(start, ReportPeriods.Label(start, query.Grain), Figures(byPeriod[start])))
            .ToList();

        bool InSpan(DateTimeOffset? at) => at is { } moment && VietnamTime.DayOf(moment) >= query.From && VietnamTime.DayOf(moment) <= query.To;
        var joined = cooperatives.Where(c => InSpan(c.CreatedAt) || InSpan(c.ApprovedAt)).ToList();
        var provinces = joined
            .GroupBy(c => c.Province)
            .Select(g => new ProvinceMembers(g.Key, g.Count(c => InSpan(c.CreatedAt)), g.Count(c => InSpan(c.ApprovedAt))))
            .OrderByDescending(p => p.Approved)
            .ThenByDescending(p => p.Applied)
            .ThenBy(p => p.Province, StringComparer.Ordinal)
            .ToList();
        var listed = joined
            .OrderByDescending(c => c.ApprovedAt ?? c.CreatedAt)
            .Take(CooperativesShown)
            .Select(c => new JoinedCooperative(
                c.Id, c.Name, c.Province, VietnamTime.DayOf(c.CreatedAt), c.ApprovedAt is { } approved ? VietnamTime.DayOf(approved) : null, c.Status))
            .ToList();

        var expiringUntil = query.To.AddDays(LookAheadDays);
        var expiring = await db.Certificates.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Verified && c.ExpiresOn >= query.From && c.ExpiresOn <= expiringUntil)
            .Join(db.Cooperatives, c => c.CooperativeId, v => v.Id, (c, v) =>
                new ExpiringCertificate(c.CooperativeId, v.Name, c.Kind, c.OcopStars, c.Number, c.ExpiresOn))
            .ToListAsync(cancellationToken);
        var previous = Figures(events.Where(e => e.Day >= previousFrom && e.Day < query.From));
        return new MembersReport(
            query.From, query.To, query.Grain, Figures(current), previous, periods, provinces, listed, expiringUntil,
            [.. expiring.OrderBy(c => c.ExpiresOn).ThenBy(c => c.Cooperative, StringComparer.Ordinal)]);
    }

    public async ValueTask<Result<MembersReportFile>> Handle(ExportMembersReportQuery query, CancellationToken cancellationToken)
    {
        var result = await Handle(new GetMembersReportQuery(query.From, query.To, query.Grain), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var report = result.Value;
        string[] figures =
        [
            text["membersreport.accounts"], text["membersreport.applied"], text["membersreport.approved"],
            text["membersreport.buyers"], text["membersreport.verified"],
        ];
        var sheets = new List<(string Sheet, IReadOnlyList<string> Headings, IEnumerable<object?[]> Rows)>
        {
            (text["membersreport.byperiod"], [text["membersreport.period"], .. figures],
                report.Periods.Select(p => new object?[]
                {
                    p.Label, p.Figures.Accounts, p.Figures.CooperativesApplied, p.Figures.CooperativesApproved, p.Figures.BuyersRegistered,
                    p.Figures.BuyersVerified,
                })),
            (text["membersreport.byprovince"], [text["membersreport.province"], text["membersreport.applied"], text["membersreport.approved"]],
                report.Provinces.Select(p => new object?[] { p.Province, p.Applied, p.Approved })),
            (text["membersreport.cooperatives"],
                [text["field.name"], text["membersreport.province"], text["membersreport.appliedon"], text["membersreport.approvedon"], text["field.status"]],
                report.Cooperatives.Select(c => new object?[] { c.Name, c.Province, c.AppliedOn, c.ApprovedOn, text["status." + c.Status].Value })),
            (text["membersreport.expiring"], [text["field.name"], text["certificates.kind"], text["certificates.number"], text["membersreport.expireson"]],
                report.Expiring.Select(c => new object?[]
                {
                    c.Cooperative, text["cert." + c.Kind].Value + (c.OcopStars is { } stars ? $" {stars}★" : string.Empty), c.Number, c.ExpiresOn,
                })),
        };
        var name = $"thanh-vien-moi-{query.From:yyyy-MM-dd}-{query.To:yyyy-MM-dd}";
        return query.Excel
            ? new MembersReportFile($"{name}.xlsx", TableExport.XlsxType, TableExport.Workbook(sheets))
            : new MembersReportFile($"{name}.csv", TableExport.CsvType, TableExport.Csv(text["membersreport.title"].Value, sheets));
    }

    private static MemberFigures Figures(IEnumerable<(DateOnly Day, Joined What)> events)
    {
        var counts = events.GroupBy(e => e.What).ToDictionary(g => g.Key, g => g.Count());
        return new MemberFigures(
            counts.GetValueOrDefault(Joined.Account),
            counts.GetValueOrDefault(Joined.CooperativeApplied),
            counts.GetValueOrDefault(Joined.CooperativeApproved),
            counts.GetValueOrDefault(Joined.BuyerRegistered),
            counts.GetValueOrDefault(Joined.BuyerVerified));
    }
}
