using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;

namespace Marketplace.Vendors.Features.ApproveCooperative;

/// <summary>
/// Approves a pending cooperative. The admin review queue that sends it arrives with the vendor
/// onboarding work; for now the demo seed and the outbox tests use it.
/// </summary>
internal sealed record ApproveCooperativeCommand(Guid CooperativeId) : ICommand<Result<Done>>;

internal sealed class ApproveCooperativeHandler(VendorsDbContext db, TimeProvider clock)
    : ICommandHandler<ApproveCooperativeCommand, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(ApproveCooperativeCommand command, CancellationToken cancellationToken)
    {
        var cooperative = await db.Cooperatives.FindAsync([command.CooperativeId], cancellationToken);
        if (cooperative is null)
        {
            return Error.NotFound("cooperative.not_found", "No such cooperative.");
        }

        if (cooperative.Status != CooperativeStatus.Pending)
        {
            return Error.Rule("cooperative.not_pending", "Only a pending cooperative can be approved.");
        }

        db.AddIntegrationEvent(cooperative.Approve(clock.GetUtcNow()));
        return Done.Value;
    }
}
