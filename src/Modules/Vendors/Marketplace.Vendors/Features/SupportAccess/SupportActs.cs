using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Vendors.Features.SupportAccess;

/// <summary>
/// The times, in this request, that a support person was let act for a cooperative
/// (<see cref="Membership.RoleOfAsync"/> answered Support). The audit behaviour reads them back.
/// </summary>
internal sealed class SupportActs
{
    /// <summary>The audit log's action for a change a support person made for a cooperative.</summary>
    public const string Acted = "ActedForCooperative";

    private readonly List<(CooperativeId Cooperative, UserId Person)> noted = [];

    public int Depth { get; set; }

    public void Note(CooperativeId cooperative, UserId person) => noted.Add((cooperative, person));

    public int Mark() => noted.Count;

    /// <summary>What was noted since <paramref name="mark"/>, forgotten from here on.</summary>
    public IReadOnlyList<(CooperativeId Cooperative, UserId Person)> TakeSince(int mark)
    {
        var taken = noted.Skip(mark).Distinct().ToList();
        noted.RemoveRange(mark, noted.Count - mark);
        return taken;
    }
}

/// <summary>
/// Every command that a support person was let through on a cooperative's behalf, and that
/// succeeded, is written to the audit log as "by X for cooperative Y: what". It is done here,
/// around every command, because the permission is answered in one place (Membership) whichever
/// module asks: a new feature is audited without knowing support exists. The outermost command
/// is the one recorded (a command that sends others is one thing the person did), inside its
/// transaction; a command refused or failed changed nothing and is not recorded.
/// </summary>
internal sealed class SupportAuditBehavior<TMessage, TResponse>(IServiceProvider services)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool IsCommand = typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage));

    private static readonly string What = typeof(TMessage).Name.EndsWith("Command", StringComparison.Ordinal)
        ? typeof(TMessage).Name[..^"Command".Length]
        : typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var acts = IsCommand ? services.GetService<SupportActs>() : null;
        if (acts is null || acts.Depth > 0)
        {
            return await next(message, cancellationToken);
        }

        var mark = acts.Mark();
        acts.Depth++;
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        finally
        {
            acts.Depth--;
        }

        var done = acts.TakeSince(mark);
        if (done.Count > 0 && response is not IResultOutcome { IsSuccess: false })
        {
            await RecordAsync(done, cancellationToken);
        }

        return response;
    }

    /// <summary>
    /// One entry per cooperative helped, sent as the audit log's own command: its unit of work
    /// saves it with a Vendors command's change, joins another module's open transaction on the
    /// request's shared connection, or (after a command that owns its transaction) saves it at
    /// once — the change and its record are kept together. Not cancelled by a closed page.
    /// </summary>
    private async Task RecordAsync(IReadOnlyList<(CooperativeId Cooperative, UserId Person)> done, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VendorsDbContext>();
        var sender = services.GetRequiredService<ISender>();
        foreach (var (cooperativeId, person) in done)
        {
            var cooperative = await db.Cooperatives.AsNoTracking()
                .Where(c => c.Id == cooperativeId).Select(c => c.Name).SingleAsync(cancellationToken);
            var supporter = await db.SupportPeople.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == person, cancellationToken);
            var signature = supporter is null ? person.ToString() : SupportTeam.Signature(supporter);
            var recorded = await sender.Send(
                new RecordAuditCommand(signature, SupportActs.Acted, "Cooperative", cooperativeId.Value, cooperative, What, person), CancellationToken.None);
            if (!recorded.IsSuccess)
            {
                throw new InvalidOperationException($"The audit entry of {What} for {cooperativeId} was refused: {recorded.Error!.Message}");
            }
        }
    }
}
