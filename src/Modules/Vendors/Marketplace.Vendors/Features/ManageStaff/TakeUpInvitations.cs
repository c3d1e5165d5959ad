using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed class TakeUpInvitationsHandler(VendorsDbContext db) : ICommandHandler<TakeUpInvitationsCommand, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(TakeUpInvitationsCommand command, CancellationToken cancellationToken)
    {
        var email = CooperativeMember.NormalizeEmail(command.Email);
        foreach (var invitation in await db.Members.Where(m => m.UserId == null && m.Email == email).ToListAsync(cancellationToken))
        {
            invitation.TakeUp(command.Account);
        }

        return Done.Value;
    }
}
