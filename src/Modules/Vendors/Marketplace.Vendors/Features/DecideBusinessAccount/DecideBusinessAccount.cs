using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;

namespace Marketplace.Vendors.Features.DecideBusinessAccount;

/// <summary>
/// An admin verifies or rejects a business account, with its audit entry; a verification tells
/// the accounts, through the outbox, to make its person a BulkBuyer.
/// </summary>
internal sealed class DecideBusinessAccountHandler(VendorsDbContext db, TimeProvider clock)
    : ICommandHandler<DecideBusinessAccountCommand, Result<BusinessAccountView>>
{
    public async ValueTask<Result<BusinessAccountView>> Handle(DecideBusinessAccountCommand command, CancellationToken cancellationToken)
    {
        var account = await db.BusinessAccounts.FindAsync([command.BusinessAccountId], cancellationToken);
        if (account is null)
        {
            return Error.NotFound("business_account.not_found", Bilingual.Pick("Không tìm thấy tài khoản doanh nghiệp.", "No such business account."));
        }

        var now = clock.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        var decided = account.Decide(command.Decision, reason, now);
        if (!decided.IsSuccess)
        {
            return decided.Error!;
        }

        db.AuditEntries.Add(new AuditEntry(
            Guid.NewGuid(), now, command.ActorUserId, command.ActorName, $"{command.Decision}BusinessAccount", "BusinessAccount", account.Id,
            $"{account.CompanyName} ({account.TaxCode})", reason, decided.Value.Before.ToString(), account.Status.ToString()));
        if (decided.Value.Raised is { } raised)
        {
            db.AddIntegrationEvent(raised);
        }

        return BusinessAccountViews.From(account);
    }
}
