using Marketplace.SharedKernel.Persistence;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.ApproveCooperative;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

/// <summary>
/// The seven cooperatives of the alliance's reports, registered and then approved through the
/// same command an admin will send, so their approvals reach the other modules by the outbox.
/// </summary>
internal sealed class VendorsDemoSeeder(VendorsDbContext db, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Cooperatives.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var (id, profile) in DemoCooperatives.All)
        {
            db.Cooperatives.Add(Cooperative.Register(id, profile, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (id, _) in DemoCooperatives.All)
        {
            var approved = await sender.Send(new ApproveCooperativeCommand(id), cancellationToken);
            if (!approved.IsSuccess)
            {
                throw new InvalidOperationException($"Demo cooperative {id} could not be approved: {approved.Error!.Code}");
            }
        }
    }
}
