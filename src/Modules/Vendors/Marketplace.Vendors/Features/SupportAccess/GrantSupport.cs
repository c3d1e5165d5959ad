using FluentValidation;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.ManageStaff;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.SupportAccess;

/// <summary>
/// Whether the support team may act for the cooperative now, until when, and everything done
/// under that leave: what the cooperative's people see on their staff page.
/// </summary>
internal sealed record SupportAccessView(DateTimeOffset? EndsAt, IReadOnlyList<AuditEntryView> History);

internal sealed record GetSupportAccessQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<SupportAccessView>>;

/// <summary>An owner lets the alliance's support team act for the cooperative for some days (1 to 30).</summary>
internal sealed record GrantSupportCommand(CooperativeId CooperativeId, UserId ActorId, string ActorName, int Days)
    : ICommand<Result<SupportAccessView>>, IRunsIn<VendorsTransaction>;

/// <summary>An owner ends the support team's leave now.</summary>
internal sealed record EndSupportCommand(CooperativeId CooperativeId, UserId ActorId, string ActorName)
    : ICommand<Result<SupportAccessView>>, IRunsIn<VendorsTransaction>;

internal sealed class GrantSupportValidator : AbstractValidator<GrantSupportCommand>
{
    public GrantSupportValidator() =>
        RuleFor(c => c.Days).InclusiveBetween(1, SupportGrant.MaxDays).WithName(_ => Bilingual.Pick("Số ngày", "Days"));
}

internal sealed class GrantSupportHandler(VendorsDbContext db, Membership membership, TimeProvider clock)
    : IQueryHandler<GetSupportAccessQuery, Result<SupportAccessView>>,
      ICommandHandler<GrantSupportCommand, Result<SupportAccessView>>,
      ICommandHandler<EndSupportCommand, Result<SupportAccessView>>
{
    public const string Granted = "GrantedSupport";
    public const string Ended = "EndedSupport";

    private const int HistoryShown = 100;

    public async ValueTask<Result<SupportAccessView>> Handle(GetSupportAccessQuery query, CancellationToken cancellationToken) =>
        await membership.RoleOfAsync(query.CooperativeId, query.ActorId, cancellationToken) is null
            ? MembershipQueries.NotAMember()
            : await ViewAsync(query.CooperativeId, [], cancellationToken);

    public async ValueTask<Result<SupportAccessView>> Handle(GrantSupportCommand command, CancellationToken cancellationToken)
    {
        if (await membership.RequireOwnerAsync(command.CooperativeId, command.ActorId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        var endsAt = now.AddDays(command.Days);
        var grant = await db.SupportGrants.SingleOrDefaultAsync(g => g.CooperativeId == command.CooperativeId, cancellationToken);
        if (grant is null)
        {
            db.SupportGrants.Add(new SupportGrant(Guid.NewGuid(), command.CooperativeId, command.ActorId, now, endsAt));
        }
        else
        {
            grant.Extend(command.ActorId, now, endsAt);
        }

        var entry = await AuditAsync(command.CooperativeId, command.ActorId, command.ActorName, Granted, now, endsAt, cancellationToken);
        return await ViewAsync(command.CooperativeId, [entry], cancellationToken, endsAt);
    }

    public async ValueTask<Result<SupportAccessView>> Handle(EndSupportCommand command, CancellationToken cancellationToken)
    {
        if (await membership.RequireOwnerAsync(command.CooperativeId, command.ActorId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        var grant = await db.SupportGrants.SingleOrDefaultAsync(g => g.CooperativeId == command.CooperativeId, cancellationToken);
        if (grant is null || !grant.IsRunning(now))
        {
            // Ending what is not running is what the owner wanted already: nothing to record.
            return await ViewAsync(command.CooperativeId, [], cancellationToken);
        }

        grant.End(now);
        var entry = await AuditAsync(command.CooperativeId, command.ActorId, command.ActorName, Ended, now, now, cancellationToken);
        return await ViewAsync(command.CooperativeId, [entry], cancellationToken, now);
    }

    private async Task<AuditEntry> AuditAsync(
        CooperativeId cooperativeId, UserId actor, string actorName, string action, DateTimeOffset now, DateTimeOffset endsAt,
        CancellationToken cancellationToken)
    {
        var name = await db.Cooperatives.AsNoTracking().Where(c => c.Id == cooperativeId).Select(c => c.Name).SingleAsync(cancellationToken);
        var entry = new AuditEntry(Guid.NewGuid(), now, actor, actorName, action, "Cooperative", cooperativeId.Value, name, null,
            string.Empty, endsAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>
    /// The leave and its history. A command's own entry and new end are not saved yet when it
    /// answers (the transaction saves after the handler), so they are passed in.
    /// </summary>
    private async Task<SupportAccessView> ViewAsync(
        CooperativeId cooperativeId, IReadOnlyList<AuditEntry> unsaved, CancellationToken cancellationToken, DateTimeOffset? newEnd = null)
    {
        var now = clock.GetUtcNow();
        var endsAt = newEnd ?? await db.SupportGrants.AsNoTracking()
            .Where(g => g.CooperativeId == cooperativeId)
            .Select(g => (DateTimeOffset?)g.EndsAt)
            .SingleOrDefaultAsync(cancellationToken);
        string[] actions = [SupportActs.Acted, Granted, Ended];
        var saved = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == "Cooperative" && e.SubjectId == cooperativeId.Value && actions.Contains(e.Action))
            .OrderByDescending(e => e.OccurredAt)
            .Take(HistoryShown)
            .Select(AuditProjection.ToView)
            .ToListAsync(cancellationToken);
        var fresh = unsaved.AsQueryable().Select(AuditProjection.ToView);
        return new SupportAccessView(endsAt > now ? endsAt : null, [.. fresh, .. saved]);
    }
}
