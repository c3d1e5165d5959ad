using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.DecideCooperative;
using Marketplace.Vendors.Features.SetShippingTerms;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

/// <summary>
/// The demo cooperatives, applied for and then decided through the same command an admin
/// sends, so their approvals reach the other modules by the outbox and stand in the audit log.
/// </summary>
internal sealed class VendorsDemoSeeder(VendorsDbContext db, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    public const string Actor = "Dữ liệu mẫu";

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Cooperatives.AnyAsync(cancellationToken))
        {
            return;
        }

        var all = DemoCooperatives.Approved.Append(DemoCooperatives.Pending).Append(DemoCooperatives.Rejected).ToList();
        foreach (var demo in all)
        {
            var cooperative = Cooperative.Apply(
                demo.Id, demo.OwnerEmail, demo.Application, VietnameseText.Slugify(demo.Application.LegalName), clock.GetUtcNow());
            cooperative.PresentStorefront(demo.Tagline, demo.StoryEnglish);
            db.Cooperatives.Add(cooperative);
            db.Members.Add(new CooperativeMember(demo.Id, demo.OwnerEmail, DemoPeople.IdOf(demo.OwnerEmail), MemberRole.Owner, clock.GetUtcNow()));
        }

        // The alliance's support person, let help the second cooperative for its first month.
        var now = clock.GetUtcNow();
        db.SupportPeople.Add(new SupportPerson(DemoPeople.IdOf(DemoPeople.SupportEmail), DemoPeople.SupportEmail, DemoPeople.SupportName, now));
        var helped = DemoCooperatives.Approved[1];
        db.SupportGrants.Add(new SupportGrant(Guid.NewGuid(), helped.Id, DemoPeople.IdOf(helped.OwnerEmail), now, now.AddDays(SupportGrant.MaxDays)));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var demo in DemoCooperatives.Approved)
        {
            await DecideAsync(demo.Id, CooperativeDecision.Approve, null, cancellationToken);
        }

        await DecideAsync(DemoCooperatives.Rejected.Id, CooperativeDecision.Reject, DemoCooperatives.RejectionReason, cancellationToken);
        await SeedShippingTermsAsync(cancellationToken);
    }

    /// <summary>
    /// Most deliver themselves for 30.000 ₫, free from 500.000 ₫; Suối Giàng ships far for 40.000 ₫.
    /// Thuận Phong also sends by Giao Hàng Nhanh (cheaper for a light parcel nearby); Đồng Din
    /// delivers itself in Đắk Lắk for 15.000 ₫ and sends farther by Giao Hàng Nhanh or Giao Hàng Tiết Kiệm.
    /// </summary>
    private async Task SeedShippingTermsAsync(CancellationToken cancellationToken)
    {
        foreach (var demo in DemoCooperatives.Approved)
        {
            var (fee, freeFrom, own, carriers) = demo.Application.LegalName switch
            {
                "HTX Nông nghiệp kinh doanh tổng hợp Đồng Din" =>
                    (15_000L, 200_000L, OwnDelivery.InProvince, new[] { DeliveryCarrier.Ghn, DeliveryCarrier.Ghtk }),
                "HTX Thuận Phong" => (Cooperative.DefaultShippingFeeVnd, 500_000L, OwnDelivery.Everywhere, [DeliveryCarrier.Ghn]),
                "HTX Suối Giàng" => (40_000L, 1_000_000L, OwnDelivery.Everywhere, []),
                _ => (Cooperative.DefaultShippingFeeVnd, 500_000L, OwnDelivery.Everywhere, []),
            };
            var set = await sender.Send(
                new SetShippingTermsCommand(demo.Id, DemoPeople.IdOf(demo.OwnerEmail), fee, freeFrom, own, carriers), cancellationToken);
            Ensure(set.IsSuccess, demo.Application.LegalName, set.Error);
        }
    }

    internal static void Ensure(bool success, string what, Error? error)
    {
        if (!success)
        {
            throw new InvalidOperationException($"Demo data {what}: {error!.Code}");
        }
    }

    private async Task DecideAsync(CooperativeId id, CooperativeDecision decision, string? reason, CancellationToken cancellationToken)
    {
        var decided = await sender.Send(new DecideCooperativeCommand(id, decision, reason, UserId.None, Actor), cancellationToken);
        Ensure(decided.IsSuccess, id.ToString(), decided.Error);
    }
}
