using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Payouts;

/// <summary>Any of the cooperative's people may read where its money goes; only an owner may change it.</summary>
internal sealed class PayoutAccountsHandler(PaymentsDbContext db, ISender sender)
    : IQueryHandler<GetPayoutAccountQuery, Result<PayoutAccountView?>>,
      ICommandHandler<SetPayoutAccountCommand, Result<PayoutAccountView>>
{
    public async ValueTask<Result<PayoutAccountView?>> Handle(GetPayoutAccountQuery query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return NotFound();
        }

        var account = await db.PayoutAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.CooperativeId == query.CooperativeId, cancellationToken);
        return account is null ? (PayoutAccountView?)null : View(account);
    }

    public async ValueTask<Result<PayoutAccountView>> Handle(SetPayoutAccountCommand command, CancellationToken cancellationToken)
    {
        var role = await sender.Send(new GetVendorStaffRoleQuery(command.CooperativeId, command.ActorId), cancellationToken);
        if (role is null)
        {
            return NotFound();
        }

        if (role != StaffRole.Owner)
        {
            return Error.Forbidden("payout_account.owner_only", Bilingual.Pick(
                "Chỉ chủ hợp tác xã được đổi tài khoản nhận tiền.", "Only an owner may change where the money goes."));
        }

        var account = await db.PayoutAccounts.SingleOrDefaultAsync(a => a.CooperativeId == command.CooperativeId, cancellationToken);
        if (account is null)
        {
            account = new PayoutAccount(command.CooperativeId);
            db.PayoutAccounts.Add(account);
        }

        account.Set(
            command.BankName.Trim(), new string(command.AccountNumber.Where(char.IsAsciiLetterOrDigit).ToArray()), command.AccountHolder.Trim(),
            command.Country.Trim().ToUpperInvariant(), string.IsNullOrWhiteSpace(command.StripeAccountId) ? null : command.StripeAccountId.Trim());
        return View(account);
    }

    public static PayoutAccountView View(PayoutAccount a) =>
        new(a.CooperativeId, a.BankName, a.AccountNumber, a.AccountHolder, a.Country, a.StripeAccountId, a.PaidByStripe);

    private static Error NotFound() => CooperativeErrors.NotFound;
}
