using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;

namespace Marketplace.Vendors.Features.DecideCooperative;

/// <summary>
/// Records an admin's decision with its audit entry, and queues, in the same transaction, what
/// the others must learn: the other modules (approved, suspended) and the applicant (a mail).
/// </summary>
internal sealed class DecideCooperativeHandler(VendorsDbContext db, TimeProvider clock)
    : ICommandHandler<DecideCooperativeCommand, Result<CooperativeDecided>>
{
    public async ValueTask<Result<CooperativeDecided>> Handle(DecideCooperativeCommand command, CancellationToken cancellationToken)
    {
        var cooperative = await db.Cooperatives.FindAsync([command.CooperativeId], cancellationToken);
        if (cooperative is null)
        {
            return CooperativeErrors.NotFound;
        }

        var now = clock.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        var decided = cooperative.Decide(command.Decision, reason, now);
        if (!decided.IsSuccess)
        {
            return Error.Rule(
                "cooperative.decision_not_allowed",
                Bilingual.Pick(
                    $"Hồ sơ đang ở trạng thái {StatusNames.Vietnamese(cooperative.Status)}: "
                        + $"không thể {DecisionNames.Vietnamese(command.Decision)}.",
                    $"The cooperative is {StatusNames.English(cooperative.Status)}: it cannot be {DecisionNames.EnglishPast(command.Decision)}."));
        }

        var outcome = decided.Value;
        db.AuditEntries.Add(new AuditEntry(
            Guid.NewGuid(), now, command.ActorUserId, command.ActorName, command.Decision.ToString(), "Cooperative",
            cooperative.Id.Value, cooperative.LegalName, reason, outcome.Before.ToString(), outcome.After.ToString()));
        if (outcome.Raised is not null)
        {
            db.AddIntegrationEvent(outcome.Raised);
        }

        db.AddIntegrationEvent(new CooperativeDecisionMailRequested(Guid.NewGuid(), now, cooperative.Id, command.Decision, reason));
        return new CooperativeDecided(cooperative.Id, outcome.Before.ToString(), outcome.After.ToString());
    }
}
