using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.RegisterBusinessAccount;

internal sealed class RegisterBusinessAccountHandler(VendorsDbContext db, TimeProvider clock)
    : ICommandHandler<RegisterBusinessAccountCommand, Result<BusinessAccountView>>
{
    public async ValueTask<Result<BusinessAccountView>> Handle(RegisterBusinessAccountCommand command, CancellationToken cancellationToken)
    {
        if (await db.BusinessAccounts.AnyAsync(a => a.ActiveAccountId == command.Account, cancellationToken))
        {
            return Error.Conflict("business_account.exists", Bilingual.Pick(
                "Tài khoản của bạn đã có một doanh nghiệp đang chờ xét hoặc đã được xác minh.",
                "Your account already has a business waiting for review or verified."));
        }

        var account = BusinessAccount.Register(
            Guid.NewGuid(), command.Account, command.AccountEmail.Trim(), command.CompanyName.Trim(), TaxCode.Normalize(command.TaxCode)!,
            command.Address.Trim(),
            command.ContactPerson.Trim(), PhoneNumber.Normalize(command.Phone)!, clock.GetUtcNow());
        db.BusinessAccounts.Add(account);
        return BusinessAccountViews.From(account);
    }
}
