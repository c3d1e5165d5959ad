using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.EditStorefront;

internal sealed class EditStorefrontHandler(VendorsDbContext db, Membership membership, TimeProvider clock)
    : ICommandHandler<EditStorefrontCommand, Result<StorefrontSettings>>
{
    public async ValueTask<Result<StorefrontSettings>> Handle(EditStorefrontCommand command, CancellationToken cancellationToken)
    {
        var (cooperative, role) = await membership.FindManagedAsync(command.CooperativeId, command.ActorId, cancellationToken);
        if (cooperative is null)
        {
            return MembershipQueries.NotAMember();
        }

        var name = command.Name.Trim();
        var slug = string.IsNullOrWhiteSpace(command.Slug) ? VietnameseText.Slugify(name) : command.Slug.Trim();
        if (await db.Cooperatives.AnyAsync(c => c.Slug == slug && c.Id != cooperative.Id, cancellationToken))
        {
            return Error.FieldConflict("storefront.slug_taken", nameof(command.Slug), Bilingual.Pick(
                $"Địa chỉ gian hàng \"{slug}\" đã có hợp tác xã khác dùng; hãy chọn địa chỉ khác.",
                $"The storefront address \"{slug}\" is taken by another cooperative; choose another."));
        }

        var profile = new StorefrontProfile(
            name, command.Tagline.Trim(), command.Story.Trim(), string.IsNullOrWhiteSpace(command.StoryEnglish) ? null : command.StoryEnglish.Trim(),
            command.ContactPerson.Trim(), PhoneNumber.Normalize(command.Phone)!, command.Email.Trim(), command.Province,
            command.Commune.Trim(), command.Address.Trim());
        var edited = cooperative.EditStorefront(profile, slug, clock.GetUtcNow());
        if (!edited.IsSuccess)
        {
            return edited.Error!;
        }

        db.AddIntegrationEvent(edited.Value);
        return StorefrontViews.Settings(cooperative, role);
    }
}
